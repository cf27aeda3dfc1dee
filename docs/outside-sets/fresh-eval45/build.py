#!/usr/bin/env python3
"""Build the three fresh-eval45 .jsonl files from src/*.py (one module per domain)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

DOMAINS = ["lens", "koi", "archmodel", "incense", "washi", "dogtraining",
           "ice", "prefab", "turf", "transcription", "timing", "conveyor"]
SEED = 4545


def collect(attr):
    out = []
    for name in DOMAINS:
        mod = importlib.import_module(name)
        for item in getattr(mod, attr):
            x = dict(item)
            x["domain"] = mod.DOMAIN
            out.append(x)
    return out


def number(items, prefix, fields, seed):
    rng = random.Random(seed)
    res = []
    for lang in ("ja", "en"):
        group = [x for x in items if x["lang"] == lang]
        rng.shuffle(group)
        for i, x in enumerate(group, 1):
            y = {"id": f"{prefix}-{lang}-{i:03d}"}
            for f in fields:
                y[f] = x[f]
            res.append(y)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    write("lint_sentences.jsonl", number(collect("SENTENCES"), "s",
          ["lang", "domain", "text", "labels"], SEED))
    write("lint_drafts.jsonl", number(collect("DRAFTS"), "d",
          ["lang", "domain", "subject", "text", "labels"], SEED + 1))
    write("triage_mails.jsonl", number(collect("MAILS"), "t",
          ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"], SEED + 2))


if __name__ == "__main__":
    main()
