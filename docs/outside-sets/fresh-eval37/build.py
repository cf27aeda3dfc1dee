#!/usr/bin/env python3
"""Build the fresh-eval37 JSONL files from the sources in src/.

Items are shuffled per language with a fixed seed before ids are assigned, so an
id says nothing about an item's labels or domain.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from sentences_ja import SENTENCES_JA
from sentences_en import SENTENCES_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from triage_ja_a import MAILS_JA_A
from triage_ja_b import MAILS_JA_B
from triage_ja_c import MAILS_JA_C
from triage_en import MAILS_EN

CODES = {
    "C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
    "U": "unknown_without_followup", "D": "dismissive",
    "A": "apology_incomplete", "P": "placeholder_left", "N": "purpose_not_upfront",
}
ORDER = list(CODES.values())
SEED = 37037


def labels(code):
    out = {CODES[c] for c in code}
    return sorted(out, key=ORDER.index)


def shuffled(items, salt):
    items = list(items)
    random.Random(f"{SEED}-{salt}").shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    # sentences
    rows = []
    for lang, src in (("ja", SENTENCES_JA), ("en", SENTENCES_EN)):
        flat = [(dom, t, c) for dom, lst in src.items() for t, c in lst]
        for i, (dom, t, c) in enumerate(shuffled(flat, "s-" + lang), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom,
                         "text": t, "labels": labels(c)})
    write("lint_sentences.jsonl", rows)

    # drafts
    rows = []
    for lang, src in (("ja", DRAFTS_JA), ("en", DRAFTS_EN)):
        for i, (dom, subj, text, c) in enumerate(shuffled(src, "d-" + lang), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": dom,
                         "subject": subj, "text": text, "labels": labels(c)})
    write("lint_drafts.jsonl", rows)

    # triage
    rows = []
    for lang, src in (("ja", MAILS_JA_A + MAILS_JA_B + MAILS_JA_C), ("en", MAILS_EN)):
        for i, x in enumerate(shuffled(src, "t-" + lang), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": x["domain"],
                         "subject": x["subject"], "body": x["body"], "urgency": x["urgency"],
                         "emotion": x["emotion"], "terse": x["terse"]})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
