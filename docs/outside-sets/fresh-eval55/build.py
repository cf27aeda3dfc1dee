#!/usr/bin/env python3
"""Build the three fresh-eval55 .jsonl files from src/*.py.

Items are shuffled per file and language with a fixed seed, so ids do not reveal
labels or domains. Deterministic: running it twice gives identical files.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sent_ja, sent_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_ja_3, mails_en  # noqa: E402

SEED = 55


def flatten(*mods):
    out = []
    for m in mods:
        for dom, items in m.DATA.items():
            for it in items:
                out.append((dom, it))
    return out


def shuffled(items, salt):
    rng = random.Random(f"{SEED}-{salt}")
    items = list(items)
    rng.shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rows = []
    for lang, mods in (("ja", (sent_ja,)), ("en", (sent_en,))):
        for i, (dom, it) in enumerate(shuffled(flatten(*mods), "s-" + lang), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom,
                         "text": it["text"], "labels": it["labels"]})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, mods in (("ja", (drafts_ja,)), ("en", (drafts_en,))):
        for i, (dom, it) in enumerate(shuffled(flatten(*mods), "d-" + lang), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": dom,
                         "subject": it["subject"], "text": it["text"], "labels": it["labels"]})
    write("lint_drafts.jsonl", rows)

    rows = []
    for lang, mods in (("ja", (mails_ja_1, mails_ja_2, mails_ja_3)), ("en", (mails_en,))):
        for i, (dom, it) in enumerate(shuffled(flatten(*mods), "t-" + lang), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": dom,
                         "subject": it["subject"], "body": it["body"],
                         "urgency": it["urgency"], "emotion": it["emotion"],
                         "terse": it["terse"]})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
