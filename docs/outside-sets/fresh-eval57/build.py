#!/usr/bin/env python3
"""Build the three fresh-eval57 .jsonl files from the sources in src/.

Items are shuffled per language with a fixed seed before ids are given, so an id says
nothing about an item's domain or labels.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from sent_ja import SENT_JA          # noqa: E402
from sent_en import SENT_EN          # noqa: E402
from drafts_ja import DRAFTS_JA      # noqa: E402
from drafts_en import DRAFTS_EN      # noqa: E402
from triage_ja_a import TRIAGE_JA_A  # noqa: E402
from triage_ja_b import TRIAGE_JA_B  # noqa: E402
from triage_en import TRIAGE_EN      # noqa: E402

SEED = 5757


def flatten(by_domain, lang):
    out = []
    for dom, items in by_domain.items():
        for it in items:
            x = dict(it)
            x["lang"] = lang
            x["domain"] = dom
            out.append(x)
    return out


def assign(items, prefix, lang, seed, keys):
    rng = random.Random(f"{seed}-{prefix}-{lang}")
    items = list(items)
    rng.shuffle(items)
    rows = []
    for i, x in enumerate(items, 1):
        row = {"id": f"{prefix}-{lang}-{i:03d}"}
        for k in keys:
            row[k] = x[k]
        rows.append(row)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    skeys = ["lang", "domain", "text", "labels"]
    dkeys = ["lang", "domain", "subject", "text", "labels"]
    tkeys = ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]
    tja = dict(TRIAGE_JA_A)
    tja.update(TRIAGE_JA_B)
    write("lint_sentences.jsonl",
          assign(flatten(SENT_JA, "ja"), "s", "ja", SEED, skeys)
          + assign(flatten(SENT_EN, "en"), "s", "en", SEED, skeys))
    write("lint_drafts.jsonl",
          assign(flatten(DRAFTS_JA, "ja"), "d", "ja", SEED, dkeys)
          + assign(flatten(DRAFTS_EN, "en"), "d", "en", SEED, dkeys))
    write("triage_mails.jsonl",
          assign(flatten(tja, "ja"), "t", "ja", SEED, tkeys)
          + assign(flatten(TRIAGE_EN, "en"), "t", "en", SEED, tkeys))


if __name__ == "__main__":
    main()
