#!/usr/bin/env python3
"""Build the three fresh-eval24 .jsonl files from src/*.py (deterministic)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

DOMAINS = ["conference", "machining", "wastecol", "marathon", "certexam", "firesafety",
           "dorm", "packaging", "cosmeoem", "icerink", "boardgame", "butcher"]
SEED = 2424


def collect():
    sents, drafts, mails = [], [], []
    for name in DOMAINS:
        mod = importlib.import_module(name)
        assert mod.DOMAIN == name
        for x in mod.SENTS:
            sents.append(dict(x, domain=name))
        for x in mod.DRAFTS:
            drafts.append(dict(x, domain=name))
        for x in mod.MAILS:
            mails.append(dict(x, domain=name))
    return sents, drafts, mails


def number(items, prefix, keys):
    rnd = random.Random(SEED + len(items) + len(prefix))
    out = []
    for lang in ("ja", "en"):
        it = [x for x in items if x["lang"] == lang]
        rnd.shuffle(it)
        for n, x in enumerate(it, 1):
            d = {"id": f"{prefix}-{lang}-{n:03d}"}
            d.update({k: x[k] for k in keys})
            out.append(d)
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    sents, drafts, mails = collect()
    write("lint_sentences.jsonl", number(sents, "s", ["lang", "domain", "text", "labels"]))
    write("lint_drafts.jsonl", number(drafts, "d", ["lang", "domain", "subject", "text", "labels"]))
    write("triage_mails.jsonl", number(mails, "t", ["lang", "domain", "subject", "body",
                                                   "urgency", "emotion", "terse"]))
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
