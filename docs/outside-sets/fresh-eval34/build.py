#!/usr/bin/env python3
"""Build the three fresh-eval34 .jsonl files from src/*.py (fixed-seed shuffle)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_en  # noqa: E402

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive",
         "apology_incomplete", "placeholder_left", "purpose_not_upfront"]
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"ang": "angry", "anx": "anxious", "neu": "neutral", "pos": "positive"}
SEED = 34


def sort_labels(ls):
    return sorted(set(ls), key=ORDER.index)


def sentences(mod, lang):
    out = []
    for dom, items in mod.ITEMS.items():
        for text, codes in items:
            out.append({"lang": lang, "domain": dom, "text": text,
                        "labels": sort_labels(CODES[c] for c in codes)})
    return out


def drafts(mod, lang):
    out = []
    for dom, items in mod.ITEMS.items():
        for d in items:
            out.append({"lang": lang, "domain": dom, "subject": d["subject"], "text": d["text"],
                        "labels": sort_labels(d["labels"])})
    return out


def mails(mods, lang):
    out = []
    for mod in mods:
        for dom, items in mod.ITEMS.items():
            for subj, body, u, e, terse in items:
                out.append({"lang": lang, "domain": dom, "subject": subj, "body": body,
                            "urgency": URG[u], "emotion": EMO[e], "terse": bool(terse)})
    return out


def number(items, prefix, lang, salt):
    rnd = random.Random(f"{SEED}-{prefix}-{lang}-{salt}")
    items = list(items)
    rnd.shuffle(items)
    res = []
    for i, x in enumerate(items, 1):
        res.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    s = number(sentences(sentences_ja, "ja"), "s", "ja", 1) + number(sentences(sentences_en, "en"), "s", "en", 1)
    d = number(drafts(drafts_ja, "ja"), "d", "ja", 2) + number(drafts(drafts_en, "en"), "d", "en", 2)
    t = number(mails([mails_ja_1, mails_ja_2], "ja"), "t", "ja", 3) + number(mails([mails_en], "en"), "t", "en", 3)
    write("lint_sentences.jsonl", s)
    write("lint_drafts.jsonl", d)
    write("triage_mails.jsonl", t)


if __name__ == "__main__":
    main()
