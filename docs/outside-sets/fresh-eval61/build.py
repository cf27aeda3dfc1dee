#!/usr/bin/env python3
"""Build the three fresh-eval61 .jsonl files from src/<domain>.py.

Items are shuffled with a fixed seed (per file) before ids are assigned, so an id
says nothing about its label or domain.
"""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

DOMAINS = ["visitnurse", "cruise", "refrig", "isocert", "carseat", "occhealth",
           "benefits", "powertools", "qrpay", "unicoop", "restoration", "telerad"]
SEED = 6161


def collect(attr):
    out = []
    for dom in DOMAINS:
        mod = importlib.import_module(dom)
        assert mod.DOMAIN == dom, dom
        for it in getattr(mod, attr):
            x = dict(it)
            x["domain"] = dom
            out.append(x)
    return out


def assign(items, prefix, key_order):
    rng = random.Random(f"{SEED}-{prefix}")
    res = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            y = {"id": f"{prefix}-{lang}-{i:03d}"}
            for k in key_order:
                y[k] = x[k]
            res.append(y)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)}")


def main():
    write("lint_sentences.jsonl",
          assign(collect("SENTENCES"), "s", ["lang", "domain", "text", "labels"]))
    write("lint_drafts.jsonl",
          assign(collect("DRAFTS"), "d", ["lang", "domain", "subject", "text", "labels"]))
    write("triage_mails.jsonl",
          assign(collect("MAILS"), "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]))


if __name__ == "__main__":
    main()
