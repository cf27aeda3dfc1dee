#!/usr/bin/env python3
"""Build the three fresh-eval39 JSONL files from src/*.py.

Items are shuffled with a fixed seed inside each (file, language) before ids are
assigned, so ids reveal neither domain nor label.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en  # noqa: E402
import mails_ja_a, mails_ja_b, mails_ja_c, mails_en  # noqa: E402

SEED = 39


def flatten(by_domain, lang):
    out = []
    for domain, items in by_domain.items():
        for it in items:
            x = {"lang": lang, "domain": domain}
            x.update(it)
            out.append(x)
    return out


def number(items, prefix, lang, rng):
    items = list(items)
    rng.shuffle(items)
    res = []
    for i, it in enumerate(items, 1):
        d = {"id": f"{prefix}-{lang}-{i:03d}"}
        d.update(it)
        res.append(d)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rng = random.Random(SEED)
    sents = (number(flatten(sentences_ja.SENTENCES, "ja"), "s", "ja", rng)
             + number(flatten(sentences_en.SENTENCES, "en"), "s", "en", rng))
    sents = [{k: x[k] for k in ("id", "lang", "domain", "text", "labels")} for x in sents]
    drafts = (number(flatten(drafts_ja.DRAFTS, "ja"), "d", "ja", rng)
              + number(flatten(drafts_en.DRAFTS, "en"), "d", "en", rng))
    drafts = [{k: x[k] for k in ("id", "lang", "domain", "subject", "text", "labels")} for x in drafts]
    ja_mails = {}
    for mod in (mails_ja_a, mails_ja_b, mails_ja_c):
        ja_mails.update(mod.MAILS)
    mails = (number(flatten(ja_mails, "ja"), "t", "ja", rng)
             + number(flatten(mails_en.MAILS, "en"), "t", "en", rng))
    mails = [{k: x[k] for k in ("id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse")}
             for x in mails]
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)


if __name__ == "__main__":
    main()
