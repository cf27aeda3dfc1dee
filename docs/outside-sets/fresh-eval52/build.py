#!/usr/bin/env python3
"""Build fresh-eval52's three .jsonl files from the per-domain sources in src/.

Items are shuffled with a fixed seed before ids are assigned, so an id says nothing
about the label or the domain. Run: python3 build.py
"""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
SEED = 52


def collect():
    sents, drafts, mails = [], [], []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "d[0-9][0-9]_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for bucket, items in ((sents, mod.SENTS), (drafts, mod.DRAFTS), (mails, mod.MAILS)):
            for it in items:
                bucket.append(dict(it, domain=mod.DOMAIN))
    return sents, drafts, mails


def assign(items, prefix, keys, seed):
    rng = random.Random(seed)
    out = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for n, x in enumerate(part, 1):
            row = {"id": f"{prefix}-{lang}-{n:03d}"}
            row.update({k: x[k] for k in keys})
            out.append(row)
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    sents, drafts, mails = collect()
    write("lint_sentences.jsonl",
          assign(sents, "s", ["lang", "domain", "text", "labels"], SEED))
    write("lint_drafts.jsonl",
          assign(drafts, "d", ["lang", "domain", "subject", "text", "labels"], SEED + 1))
    write("triage_mails.jsonl",
          assign(mails, "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"], SEED + 2))


if __name__ == "__main__":
    main()
