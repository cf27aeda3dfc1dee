#!/usr/bin/env python3
"""Build the three fresh-eval53 jsonl files from src/*.py (one module per domain)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
DOMAINS = ["freelance", "points", "corptrain", "alumni", "speech", "moulding",
           "plush", "lawfirm", "furusato", "cartransport", "villa", "videoprod"]
SEED = 5353


def collect(attr):
    out = []
    for d in DOMAINS:
        mod = importlib.import_module(d)
        for x in getattr(mod, attr):
            y = dict(x)
            y["domain"] = mod.DOMAIN
            out.append(y)
    return out


def number(items, prefix, keys):
    rng = random.Random(SEED)
    res = []
    for lang in ("ja", "en"):
        it = [x for x in items if x["lang"] == lang]
        rng.shuffle(it)
        for i, x in enumerate(it, 1):
            o = {"id": f"{prefix}-{lang}-{i:03d}"}
            for k in keys:
                o[k] = x[k]
            res.append(o)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)}")


def main():
    write("lint_sentences.jsonl", number(collect("SENTENCES"), "s", ["lang", "domain", "text", "labels"]))
    write("lint_drafts.jsonl", number(collect("DRAFTS"), "d", ["lang", "domain", "subject", "text", "labels"]))
    write("triage_mails.jsonl", number(collect("MAILS"), "t",
                                       ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]))


if __name__ == "__main__":
    main()
