#!/usr/bin/env python3
"""Build the three fresh-eval47 .jsonl files from src/*.py.

Items are shuffled with a fixed seed inside each (file, language) so that ids
(s-ja-001, d-en-001, t-ja-001, ...) do not reveal labels or domains.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en  # noqa: E402
import triage_ja_a, triage_ja_b, triage_en  # noqa: E402

CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive",
         "apology_incomplete", "placeholder_left", "purpose_not_upfront"]
SEED = 4747


def sort_labels(labels):
    return sorted(set(labels), key=ORDER.index)


def shuffled(items, tag):
    items = list(items)
    random.Random(f"{SEED}-{tag}").shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rows = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        for i, (dom, text, codes) in enumerate(shuffled(mod.ITEMS, "s" + lang), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom, "text": text,
                         "labels": sort_labels(CODES[c] for c in codes.split())})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        for i, d in enumerate(shuffled(mod.ITEMS, "d" + lang), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": d["domain"],
                         "subject": d["subject"], "text": d["text"], "labels": sort_labels(d["labels"])})
    write("lint_drafts.jsonl", rows)

    rows = []
    for lang, items in (("ja", triage_ja_a.ITEMS + triage_ja_b.ITEMS), ("en", triage_en.ITEMS)):
        for i, t in enumerate(shuffled(items, "t" + lang), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": t["domain"],
                         "subject": t["subject"], "body": t["body"], "urgency": t["urgency"],
                         "emotion": t["emotion"], "terse": bool(t["terse"])})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
