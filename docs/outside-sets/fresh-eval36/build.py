#!/usr/bin/env python3
"""Build the three fresh-eval36 jsonl files from src/*.py (fixed-seed shuffle)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

DOMAINS = ["milk", "handyman", "fortune", "karting", "asbestos", "mattress",
           "artsupply", "themepark", "daiko", "organizing", "tennis", "guards"]


def collect(attr):
    out = []
    for name in DOMAINS:
        mod = importlib.import_module(name)
        for item in getattr(mod, attr):
            x = dict(item)
            x["domain"] = mod.DOMAIN
            out.append(x)
    return out


def number(items, prefix, keys, seed):
    rng = random.Random(seed)
    rows = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            row = {"id": f"{prefix}-{lang}-{i:03d}"}
            row.update({k: x[k] for k in keys})
            rows.append(row)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)}")


def main():
    write("lint_sentences.jsonl",
          number(collect("SENTENCES"), "s", ["lang", "domain", "text", "labels"], 3601))
    write("lint_drafts.jsonl",
          number(collect("DRAFTS"), "d", ["lang", "domain", "subject", "text", "labels"], 3602))
    write("triage_mails.jsonl",
          number(collect("MAILS"), "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"], 3603))


if __name__ == "__main__":
    main()
