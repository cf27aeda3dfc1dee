#!/usr/bin/env python3
"""Build the three fresh-eval33 jsonl files from src/*.py (fixed-seed shuffle)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en
import mails_ja_1, mails_ja_2, mails_ja_3, mails_ja_4, mails_en

CODE = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
        "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive", "apology_incomplete",
         "purpose_not_upfront", "placeholder_left"]
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"A": "angry", "X": "anxious", "N": "neutral", "P": "positive"}
SEED = 3307


def ordered(labels):
    return sorted(set(labels), key=ORDER.index)


def assign(items, prefix, lang, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    out = []
    for i, x in enumerate(items, 1):
        y = {"id": f"{prefix}-{lang}-{i:03d}", "lang": lang}
        y.update(x)
        out.append(y)
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    sents = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        items = [{"domain": d, "text": t, "labels": ordered(CODE[c] for c in codes)}
                 for d, codes, t in mod.S]
        sents += assign(items, "s", lang, SEED + len(lang))
    drafts = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        items = [{"domain": x["domain"], "subject": x["subject"], "text": x["text"],
                  "labels": ordered(x["labels"])} for x in mod.DRAFTS]
        drafts += assign(items, "d", lang, SEED + 10 + len(lang))
    mails = []
    ja = mails_ja_1.M + mails_ja_2.M + mails_ja_3.M + mails_ja_4.M
    for lang, src in (("ja", ja), ("en", mails_en.M)):
        items = [{"domain": d, "subject": s, "body": b, "urgency": URG[u], "emotion": EMO[e],
                  "terse": t == "T"} for d, u, e, t, s, b in src]
        mails += assign(items, "t", lang, SEED + 20 + len(lang))
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
