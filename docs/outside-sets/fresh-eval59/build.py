#!/usr/bin/env python3
"""Build the fresh-eval59 jsonl files from the sources in src/.

Items are shuffled with a fixed seed (per file and language) so that ids do not reveal labels.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en, triage_ja_1, triage_ja_2, triage_en  # noqa: E402

SEED = 5959


def shuffled(items, tag):
    items = [dict(x) for x in items]
    random.Random(f"{SEED}-{tag}").shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rows = []
    for lang, items in (("ja", sentences_ja.ITEMS), ("en", sentences_en.ITEMS)):
        for i, x in enumerate(shuffled(items, "s-" + lang), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": x["domain"],
                         "text": x["text"], "labels": x["labels"]})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, items in (("ja", drafts_ja.ITEMS), ("en", drafts_en.ITEMS)):
        for i, x in enumerate(shuffled(items, "d-" + lang), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": x["domain"],
                         "subject": x["subject"], "text": x["text"], "labels": x["labels"]})
    write("lint_drafts.jsonl", rows)

    rows = []
    for lang, items in (("ja", triage_ja_1.ITEMS + triage_ja_2.ITEMS), ("en", triage_en.ITEMS)):
        for i, x in enumerate(shuffled(items, "t-" + lang), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": x["domain"],
                         "subject": x["subject"], "body": x["body"], "urgency": x["urgency"],
                         "emotion": x["emotion"], "terse": x["terse"]})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
