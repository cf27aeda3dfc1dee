#!/usr/bin/env python3
"""Build the three fresh-eval63 jsonl files from the per-domain sources in src/.

Each src/<domain>.py defines DOMAIN and three lists of dicts: S (reply sentences),
D (reply drafts) and M (incoming mails). Items are pooled, shuffled with a fixed seed
(6302) so that ids reveal neither domain nor label, and numbered per language.
"""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 6302
sys.path.insert(0, SRC)


def load_domains():
    mods = []
    for path in sorted(glob.glob(os.path.join(SRC, "*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        if name.startswith("_"):
            continue
        mods.append(importlib.import_module(name))
    return mods


def pool(mods, attr):
    items = []
    for mod in mods:
        for it in getattr(mod, attr):
            x = dict(it)
            x["domain"] = mod.DOMAIN
            items.append(x)
    return items


def number(items, prefix, rng, keys):
    rng.shuffle(items)
    counters = {}
    out = []
    for it in items:
        lang = it["lang"]
        counters[lang] = counters.get(lang, 0) + 1
        rec = {"id": f"{prefix}-{lang}-{counters[lang]:03d}"}
        for k in keys:
            rec[k] = it[k]
        out.append(rec)
    return out


def write(name, recs):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(recs)} lines")


def main():
    mods = load_domains()
    rng = random.Random(SEED)
    write("lint_sentences.jsonl",
          number(pool(mods, "S"), "s", rng, ["lang", "domain", "text", "labels"]))
    write("lint_drafts.jsonl",
          number(pool(mods, "D"), "d", rng, ["lang", "domain", "subject", "text", "labels"]))
    write("triage_mails.jsonl",
          number(pool(mods, "M"), "t", rng,
                 ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]))


if __name__ == "__main__":
    main()
