#!/usr/bin/env python3
"""Build the three fresh-eval25 jsonl files from src/d*.py (deterministic)."""
import glob, importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))


def load_domains():
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "d[0-9][0-9]_*.py"))):
        mods.append(importlib.import_module(os.path.basename(path)[:-3]))
    return mods


def build():
    mods = load_domains()
    sents, drafts, mails = [], [], []
    for mod in mods:
        for x in mod.SENTS:
            sents.append(dict(x, domain=mod.DOMAIN))
        for x in mod.DRAFTS:
            drafts.append(dict(x, domain=mod.DOMAIN))
        for x in mod.MAILS:
            mails.append(dict(x, domain=mod.DOMAIN))
    rng = random.Random(20250125)
    out = {}
    for name, items, prefix, keys in [
        ("lint_sentences.jsonl", sents, "s", ["lang", "domain", "text", "labels"]),
        ("lint_drafts.jsonl", drafts, "d", ["lang", "domain", "subject", "text", "labels"]),
        ("triage_mails.jsonl", mails, "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]),
    ]:
        rows = []
        for lang in ("ja", "en"):
            part = [x for x in items if x["lang"] == lang]
            rng.shuffle(part)
            for i, x in enumerate(part, 1):
                row = {"id": f"{prefix}-{lang}-{i:03d}"}
                row.update({k: x[k] for k in keys})
                rows.append(row)
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        out[name] = rows
    return out, mods


if __name__ == "__main__":
    out, mods = build()
    for k, v in out.items():
        print(k, len(v))
