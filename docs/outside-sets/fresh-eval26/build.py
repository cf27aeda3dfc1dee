#!/usr/bin/env python3
"""Build lint_sentences.jsonl, lint_drafts.jsonl and triage_mails.jsonl from src/*.py."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DOMAINS = ["poolcare", "testkit", "clintrial", "kito", "gascyl", "magsub",
           "proofread", "colo", "schooltrip", "adopt", "randoseru", "fablab"]
SEED = 26


def collect(attr):
    out = []
    for dom in DOMAINS:
        mod = importlib.import_module(f"src.{dom}")
        for x in getattr(mod, attr):
            y = dict(x)
            y["domain"] = mod.DOMAIN
            out.append(y)
    return out


def emit(items, prefix, fields, path):
    rng = random.Random(SEED)
    lines = []
    for lang in ("ja", "en"):
        group = [x for x in items if x["lang"] == lang]
        rng.shuffle(group)
        for i, x in enumerate(group, 1):
            row = {"id": f"{prefix}-{lang}-{i:03d}"}
            for f in fields:
                row[f] = x[f]
            lines.append(row)
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for row in lines:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(lines)


def main():
    n1 = emit(collect("SENTS"), "s", ["lang", "domain", "text", "labels"], "lint_sentences.jsonl")
    n2 = emit(collect("DRAFTS"), "d", ["lang", "domain", "subject", "text", "labels"], "lint_drafts.jsonl")
    n3 = emit(collect("MAILS"), "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"],
              "triage_mails.jsonl")
    print(f"wrote {n1} sentences, {n2} drafts, {n3} mails")


if __name__ == "__main__":
    main()
