#!/usr/bin/env python3
"""Build the fresh-eval60 files from the per-domain sources in src/.

Each src/dNN_<domain>.py defines DOMAIN, SENTENCES, DRAFTS and MAILS as lists of tuples:
  SENTENCES: (lang, text, labels)
  DRAFTS:    (lang, subject, text, labels)
  MAILS:     (lang, subject, body, urgency, emotion, terse)
Items are shuffled with a fixed seed (per file and language) so that ids reveal neither
domain nor label, then numbered s-ja-001…, d-en-001…, t-ja-001….
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6060


def load_sources():
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "d*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def number(items, prefix, salt):
    out = []
    for lang in ("ja", "en"):
        group = [x for x in items if x["lang"] == lang]
        random.Random(f"{SEED}-{salt}-{lang}").shuffle(group)
        for i, x in enumerate(group, 1):
            out.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    sents, drafts, mails = [], [], []
    for m in load_sources():
        d = m.DOMAIN
        for lang, text, labels in m.SENTENCES:
            sents.append({"lang": lang, "domain": d, "text": text, "labels": list(labels)})
        for lang, subject, text, labels in m.DRAFTS:
            drafts.append({"lang": lang, "domain": d, "subject": subject, "text": text,
                           "labels": list(labels)})
        for lang, subject, body, urgency, emotion, terse in m.MAILS:
            mails.append({"lang": lang, "domain": d, "subject": subject, "body": body,
                          "urgency": urgency, "emotion": emotion, "terse": terse})
    write("lint_sentences.jsonl", number(sents, "s", "sent"))
    write("lint_drafts.jsonl", number(drafts, "d", "draft"))
    write("triage_mails.jsonl", number(mails, "t", "mail"))
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
