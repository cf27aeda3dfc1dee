#!/usr/bin/env python3
"""Build the three fresh-eval58 .jsonl files from the sources in src/.

Items are shuffled with a fixed seed (per file and language) before ids are assigned,
so an id says nothing about an item's labels or domain.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_en  # noqa: E402

SEED = 58


def flatten(by_domain, lang, kind):
    out = []
    for domain, items in by_domain.items():
        for it in items:
            if kind == "s":
                text, labels = it
                out.append({"lang": lang, "domain": domain, "text": text, "labels": list(labels)})
            elif kind == "d":
                out.append({"lang": lang, "domain": domain, "subject": it["subject"],
                            "text": it["text"], "labels": list(it["labels"])})
            else:
                out.append({"lang": lang, "domain": domain, "subject": it["subject"],
                            "body": it["body"], "urgency": it["urgency"],
                            "emotion": it["emotion"], "terse": bool(it["terse"])})
    return out


def assign(items, prefix, lang, seed):
    rng = random.Random(seed)
    items = list(items)
    rng.shuffle(items)
    res = []
    for i, x in enumerate(items, 1):
        y = {"id": f"{prefix}-{lang}-{i:03d}"}
        y.update(x)
        res.append(y)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    s = (assign(flatten(sentences_ja.SENTENCES, "ja", "s"), "s", "ja", SEED + 1)
         + assign(flatten(sentences_en.SENTENCES, "en", "s"), "s", "en", SEED + 2))
    d = (assign(flatten(drafts_ja.DRAFTS, "ja", "d"), "d", "ja", SEED + 3)
         + assign(flatten(drafts_en.DRAFTS, "en", "d"), "d", "en", SEED + 4))
    mj = {}
    for part in (mails_ja_1.MAILS, mails_ja_2.MAILS):
        for k, v in part.items():
            mj.setdefault(k, []).extend(v)
    t = (assign(flatten(mj, "ja", "t"), "t", "ja", SEED + 5)
         + assign(flatten(mails_en.MAILS, "en", "t"), "t", "en", SEED + 6))
    write("lint_sentences.jsonl", s)
    write("lint_drafts.jsonl", d)
    write("triage_mails.jsonl", t)


if __name__ == "__main__":
    main()
