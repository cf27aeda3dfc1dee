#!/usr/bin/env python3
"""Build the fresh-eval56 .jsonl files from the sources in src/.

Items are shuffled with a fixed seed before ids are assigned, so an id says nothing
about an item's labels or domain.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en
import triage_ja_a, triage_ja_b, triage_ja_c, triage_en

CODE = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
        "U": "unknown_without_followup", "D": "dismissive"}
ORDER = list(CODE.values())
SEED = 56


def sentence_items(mod, lang):
    out = []
    for domain, rows in mod.SENTS.items():
        for text, codes in rows:
            labels = sorted({CODE[c] for c in codes}, key=ORDER.index)
            out.append({"lang": lang, "domain": domain, "text": text, "labels": labels})
    return out


def draft_items(mod, lang):
    return [{"lang": lang, "domain": d["domain"], "subject": d["subject"], "text": d["text"],
             "labels": list(d["labels"])} for d in mod.DRAFTS]


def mail_items(mods, lang):
    out = []
    for mod in mods:
        for domain, subject, body, urgency, emotion, terse in mod.MAILS:
            out.append({"lang": lang, "domain": domain, "subject": subject, "body": body,
                        "urgency": urgency, "emotion": emotion, "terse": terse})
    return out


def assign(items, prefix, lang, rng):
    items = list(items)
    rng.shuffle(items)
    res = []
    for i, x in enumerate(items, 1):
        res.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rng = random.Random(SEED)
    sents = assign(sentence_items(sentences_ja, "ja"), "s", "ja", rng) + \
            assign(sentence_items(sentences_en, "en"), "s", "en", rng)
    drafts = assign(draft_items(drafts_ja, "ja"), "d", "ja", rng) + \
             assign(draft_items(drafts_en, "en"), "d", "en", rng)
    mails = assign(mail_items([triage_ja_a, triage_ja_b, triage_ja_c], "ja"), "t", "ja", rng) + \
            assign(mail_items([triage_en], "en"), "t", "en", rng)
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
