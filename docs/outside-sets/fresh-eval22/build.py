#!/usr/bin/env python3
"""Build fresh-eval22 from the hand-written sources in src/.

Writes lint_sentences.jsonl, lint_drafts.jsonl and triage_mails.jsonl next to this file.
Items are shuffled with a fixed seed (per file and language) before ids are assigned,
so an id says nothing about the label or the domain.
"""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 22022
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]


def load_modules():
    mods = []
    for path in sorted(glob.glob(os.path.join(HERE, "src", "d*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def ordered(labels, vocab):
    return [r for r in vocab if r in labels]


def collect(mods):
    sents, drafts, mails = [], [], []
    for m in mods:
        for lang, text, labels in m.SENTENCES:
            sents.append({"lang": lang, "domain": m.DOMAIN, "text": text,
                          "labels": ordered(labels, SENT_RULES)})
        for d in m.DRAFTS:
            drafts.append({"lang": d["lang"], "domain": m.DOMAIN, "subject": d["subject"],
                           "text": d["text"], "labels": ordered(d["labels"], DRAFT_RULES)})
        for t in m.MAILS:
            mails.append({"lang": t["lang"], "domain": m.DOMAIN, "subject": t["subject"],
                          "body": t["body"], "urgency": t["urgency"], "emotion": t["emotion"],
                          "terse": bool(t["terse"])})
    return sents, drafts, mails


def assign(items, prefix, salt):
    out = []
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        random.Random(f"{SEED}-{salt}-{lang}").shuffle(part)
        for i, x in enumerate(part, 1):
            out.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return out


def write(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(items)} items")


def main():
    sents, drafts, mails = collect(load_modules())
    write("lint_sentences.jsonl", assign(sents, "s", "sent"))
    write("lint_drafts.jsonl", assign(drafts, "d", "draft"))
    write("triage_mails.jsonl", assign(mails, "t", "mail"))


if __name__ == "__main__":
    main()
