#!/usr/bin/env python3
"""Build the three fresh-eval44 .jsonl files from the sources in src/.

Items are shuffled with a fixed seed per file and language before ids are given,
so an id says nothing about an item's labels or domain.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_en  # noqa: E402

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive"}
ORDER = list(CODES.values()) + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
SEED = 4404


def sort_labels(labels):
    return sorted(set(labels), key=ORDER.index)


def sentences(mod, lang):
    out = []
    for domain, items in mod.SENTENCES.items():
        for text, codes in items:
            labels = [CODES[c] for c in codes.split(",") if c]
            out.append({"lang": lang, "domain": domain, "text": text, "labels": sort_labels(labels)})
    return out


def drafts(mod, lang):
    return [{"lang": lang, "domain": d["domain"], "subject": d["subject"], "text": d["text"],
             "labels": sort_labels(d["labels"])} for d in mod.DRAFTS]


def mails(items, lang):
    return [{"lang": lang, "domain": m["domain"], "subject": m["subject"], "body": m["body"],
             "urgency": m["urgency"], "emotion": m["emotion"], "terse": m["terse"]} for m in items]


def number(items, prefix, lang, salt):
    rng = random.Random(f"{SEED}-{prefix}-{lang}-{salt}")
    items = list(items)
    rng.shuffle(items)
    out = []
    for i, x in enumerate(items, 1):
        out.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    s = number(sentences(sentences_ja, "ja"), "s", "ja", 1) + number(sentences(sentences_en, "en"), "s", "en", 1)
    d = number(drafts(drafts_ja, "ja"), "d", "ja", 2) + number(drafts(drafts_en, "en"), "d", "en", 2)
    t = (number(mails(mails_ja_1.MAILS + mails_ja_2.MAILS, "ja"), "t", "ja", 3)
         + number(mails(mails_en.MAILS, "en"), "t", "en", 3))
    write("lint_sentences.jsonl", s)
    write("lint_drafts.jsonl", d)
    write("triage_mails.jsonl", t)


if __name__ == "__main__":
    main()
