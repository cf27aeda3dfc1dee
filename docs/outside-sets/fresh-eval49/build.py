#!/usr/bin/env python3
"""Build the three fresh-eval49 .jsonl files from src/*.py (deterministic)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en  # noqa: E402
import triage_ja_1, triage_ja_2, triage_ja_3, triage_en  # noqa: E402

SEED = 4949


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
    rows = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        for n, (dom, text, labels) in enumerate(shuffled(mod.ITEMS, "s" + lang), 1):
            rows.append({"id": f"s-{lang}-{n:03d}", "lang": lang, "domain": dom,
                         "text": text, "labels": list(labels)})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        for n, d in enumerate(shuffled(mod.ITEMS, "d" + lang), 1):
            rows.append({"id": f"d-{lang}-{n:03d}", "lang": lang, "domain": d["domain"],
                         "subject": d["subject"], "text": d["text"], "labels": list(d["labels"])})
    write("lint_drafts.jsonl", rows)

    rows = []
    ja = triage_ja_1.ITEMS + triage_ja_2.ITEMS + triage_ja_3.ITEMS
    for lang, items in (("ja", ja), ("en", triage_en.ITEMS)):
        for n, (dom, subj, body, urg, emo, terse) in enumerate(shuffled(items, "t" + lang), 1):
            rows.append({"id": f"t-{lang}-{n:03d}", "lang": lang, "domain": dom,
                         "subject": subj, "body": body, "urgency": urg,
                         "emotion": emo, "terse": terse})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
