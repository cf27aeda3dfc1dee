#!/usr/bin/env python3
"""Build the fresh-eval20 files from the per-domain sources in src/.

Writes lint_sentences.jsonl, lint_drafts.jsonl and triage_mails.jsonl next to this
script.  Items are shuffled with a fixed seed within each language before ids are
given, so an id says nothing about an item's labels or domain.
"""
import glob
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 20


def load_domains():
    sys.path.insert(0, SRC)
    mods = []
    for path in sorted(glob.glob(os.path.join(SRC, "d_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mods.append(importlib.import_module(name))
    return mods


def collect(mods, attr):
    out = []
    for m in mods:
        for item in getattr(m, attr):
            x = dict(item)
            x["domain"] = m.DOMAIN
            out.append(x)
    return out


def assign(items, prefix, fields, rng):
    rows = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            row = {"id": f"{prefix}-{lang}-{i:03d}"}
            for f in fields:
                row[f] = x[f]
            rows.append(row)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    mods = load_domains()
    rng = random.Random(SEED)
    sents = assign(collect(mods, "SENTENCES"), "s",
                   ["lang", "domain", "text", "labels"], rng)
    drafts = assign(collect(mods, "DRAFTS"), "d",
                    ["lang", "domain", "subject", "text", "labels"], rng)
    mails = assign(collect(mods, "MAILS"), "t",
                   ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"], rng)
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)


if __name__ == "__main__":
    main()
