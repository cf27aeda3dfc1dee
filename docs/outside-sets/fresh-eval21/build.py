#!/usr/bin/env python3
"""Build the fresh-eval21 JSONL files from the per-domain sources in src/.

Items are shuffled per language with a fixed seed so that ids reveal neither domain
nor label; ids are then assigned in order (s-ja-001, d-en-001, t-ja-001, ...).
"""
import glob, importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)
SEED = 21


def load_domains():
    mods = []
    for path in sorted(glob.glob(os.path.join(SRC, "d[0-9][0-9]_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


def build():
    mods = load_domains()
    files = {
        "lint_sentences.jsonl": ("s", "SENTENCES", ["lang", "domain", "text", "labels"]),
        "lint_drafts.jsonl": ("d", "DRAFTS", ["lang", "domain", "subject", "text", "labels"]),
        "triage_mails.jsonl": ("t", "MAILS", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]),
    }
    for fname, (prefix, attr, keys) in files.items():
        items = []
        for mod in mods:
            for x in getattr(mod, attr):
                y = dict(x)
                y["domain"] = mod.DOMAIN
                items.append(y)
        out = []
        for lang in ("ja", "en"):
            sub = [x for x in items if x["lang"] == lang]
            random.Random(f"{SEED}-{fname}-{lang}").shuffle(sub)
            for i, x in enumerate(sub, 1):
                rec = {"id": f"{prefix}-{lang}-{i:03d}"}
                for k in keys:
                    rec[k] = x[k]
                out.append(rec)
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for rec in out:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{fname}: {len(out)} items")


if __name__ == "__main__":
    build()
