#!/usr/bin/env python3
"""Build the fresh-eval62 sets from src/*.py (one module per business domain).

Each module defines DOMAIN, MEANING and three lists:
  S: (lang, text, labels)                                  -> lint_sentences.jsonl
  D: (lang, subject, text, labels)                         -> lint_drafts.jsonl
  M: (lang, subject, body, urgency, emotion, terse)        -> triage_mails.jsonl
Items are shuffled with a fixed seed so that ids do not reveal labels or domains.
"""
import importlib.util, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SEED = 6202


def load_modules():
    mods = []
    for fn in sorted(os.listdir(SRC)):
        if fn.endswith(".py") and not fn.startswith("_"):
            spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(SRC, fn))
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            mods.append(m)
    return mods


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def assign(items, prefix, rng):
    out = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rng.shuffle(part)
        for i, x in enumerate(part, 1):
            out.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return out


def main():
    rng = random.Random(SEED)
    sents, drafts, mails = [], [], []
    for m in load_modules():
        d = m.DOMAIN
        for lang, text, labels in m.S:
            sents.append({"lang": lang, "domain": d, "text": text, "labels": list(labels)})
        for lang, subject, text, labels in m.D:
            drafts.append({"lang": lang, "domain": d, "subject": subject, "text": text, "labels": list(labels)})
        for lang, subject, body, urg, emo, terse in m.M:
            mails.append({"lang": lang, "domain": d, "subject": subject, "body": body,
                          "urgency": urg, "emotion": emo, "terse": terse})
    write("lint_sentences.jsonl", assign(sents, "s", rng))
    write("lint_drafts.jsonl", assign(drafts, "d", rng))
    write("triage_mails.jsonl", assign(mails, "t", rng))
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    sys.exit(main())
