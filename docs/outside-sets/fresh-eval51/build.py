#!/usr/bin/env python3
"""Build the three fresh-eval51 files from the per-domain sources in src/.

Items are shuffled with a fixed seed (per file and language) before ids are given,
so an id says nothing about an item's domain or labels.
"""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

DOMAINS = ["gps_tracker", "kitchen_equip", "sewing_factory", "music_festival", "paint_store",
           "hifi_audio", "vocational_school", "holiday_feast", "adventure_park", "boiler_service",
           "access_control", "architect"]
SEED = 5151


def collect(attr):
    out = []
    for name in DOMAINS:
        mod = importlib.import_module(name)
        assert mod.DOMAIN == name, name
        for item in getattr(mod, attr):
            x = dict(item)
            x["domain"] = name
            out.append(x)
    return out


def write(fname, items, prefix, keys):
    rng = random.Random(f"{SEED}-{fname}")
    rows = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            row = {"id": f"{prefix}-{lang}-{i:03d}"}
            for k in keys:
                row[k] = x[k]
            rows.append(row)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{fname}: {len(rows)} lines")


def main():
    write("lint_sentences.jsonl", collect("SENTENCES"), "s",
          ["lang", "domain", "text", "labels"])
    write("lint_drafts.jsonl", collect("DRAFTS"), "d",
          ["lang", "domain", "subject", "text", "labels"])
    write("triage_mails.jsonl", collect("MAILS"), "t",
          ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"])


if __name__ == "__main__":
    main()
