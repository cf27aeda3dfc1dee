#!/usr/bin/env python3
"""Build fresh-eval64 (fe64) from the domain source files in src/.

Every src/dNN_*.py module defines DOMAIN, MEANING, SENTENCES, DRAFTS, MAILS.
Items are shuffled per file and language with a fixed seed (6402) so that the
ids (s-ja-001, d-en-001, t-ja-001, ...) carry no information about labels,
domains or the order in which items were written.

usage: python3 build.py
"""
import glob
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 6402


def load_modules():
    mods = []
    for path in sorted(glob.glob(os.path.join(SRC, "d[0-9][0-9]_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def collect(mods, attr):
    out = []
    for m in mods:
        for item in getattr(m, attr):
            x = dict(item)
            x["domain"] = m.DOMAIN
            out.append(x)
    return out


def assign(items, prefix, keys, rng):
    rows = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            row = {"id": f"{prefix}-{lang}-{i:03d}"}
            for k in keys:
                row[k] = x[k]
            rows.append(row)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    import sys
    sys.path.insert(0, SRC)
    mods = load_modules()
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
    with open(os.path.join(HERE, "domains.json"), "w", encoding="utf-8") as f:
        json.dump({m.DOMAIN: m.MEANING for m in mods}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails "
          f"from {len(mods)} domains (seed {SEED})")


if __name__ == "__main__":
    main()
