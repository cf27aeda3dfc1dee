#!/usr/bin/env python3
"""Build the fresh-eval19 jsonl files from src/<domain>.py (deterministic)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
DOMAINS = ["coffee", "datarec", "signage", "shred", "lash", "dance",
           "pen", "linen", "scaffold", "rehearsal", "mealkit", "costume"]
SEED = 19


def load():
    sents, drafts, mails = [], [], []
    for d in DOMAINS:
        m = importlib.import_module(f"src.{d}")
        for lang, text, labels in m.SENTENCES:
            sents.append({"lang": lang, "domain": m.DOMAIN, "text": text, "labels": list(labels)})
        for x in m.DRAFTS:
            drafts.append({"lang": x["lang"], "domain": m.DOMAIN, "subject": x["subject"],
                           "text": x["text"], "labels": list(x["labels"])})
        for x in m.MAILS:
            mails.append({"lang": x["lang"], "domain": m.DOMAIN, "subject": x["subject"],
                          "body": x["body"], "urgency": x["urgency"], "emotion": x["emotion"],
                          "terse": bool(x["terse"])})
    return sents, drafts, mails


def assign(items, prefix, keys_first):
    rnd = random.Random(SEED)
    out = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        rnd.shuffle(part)
        for i, x in enumerate(part, 1):
            y = {"id": f"{prefix}-{lang}-{i:03d}"}
            for k in keys_first:
                y[k] = x[k]
            out.append(y)
    return out


def write(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")


def main():
    sents, drafts, mails = load()
    write("lint_sentences.jsonl", assign(sents, "s", ["lang", "domain", "text", "labels"]))
    write("lint_drafts.jsonl", assign(drafts, "d", ["lang", "domain", "subject", "text", "labels"]))
    write("triage_mails.jsonl", assign(mails, "t", ["lang", "domain", "subject", "body",
                                                     "urgency", "emotion", "terse"]))
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
