#!/usr/bin/env python3
"""Build the fresh-eval17 .jsonl files from src/. Deterministic (fixed seed)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en
import triage_ja_a, triage_ja_b, triage_ja_c, triage_en_a, triage_en_b, triage_en_c

CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive", "apology_incomplete",
         "placeholder_left", "purpose_not_upfront"]
SEED = 17017


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def shuffled(items, salt):
    items = list(items)
    random.Random(f"{SEED}-{salt}").shuffle(items)
    return items


def sentences():
    out = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        items = [(d, t, codes) for d, lst in mod.SENTS.items() for t, codes in lst]
        for i, (d, t, codes) in enumerate(shuffled(items, "s" + lang), 1):
            labels = sorted({CODES[c] for c in codes}, key=ORDER.index)
            out.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": d, "text": t, "labels": labels})
    return out


def drafts():
    out = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        items = [(d, x) for d, lst in mod.DRAFTS.items() for x in lst]
        for i, (d, x) in enumerate(shuffled(items, "d" + lang), 1):
            out.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": x["subject"],
                        "text": x["text"], "labels": sorted(set(x["labels"]), key=ORDER.index)})
    return out


def mails():
    out = []
    for lang, mods in (("ja", (triage_ja_a, triage_ja_b, triage_ja_c)),
                       ("en", (triage_en_a, triage_en_b, triage_en_c))):
        items = [(d, m) for mod in mods for d, lst in mod.MAILS.items() for m in lst]
        for i, (d, m) in enumerate(shuffled(items, "t" + lang), 1):
            out.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": m["subject"],
                        "body": m["body"], "urgency": m["urgency"], "emotion": m["emotion"],
                        "terse": bool(m["terse"])})
    return out


if __name__ == "__main__":
    s, d, t = sentences(), drafts(), mails()
    write("lint_sentences.jsonl", s)
    write("lint_drafts.jsonl", d)
    write("triage_mails.jsonl", t)
    print(f"wrote {len(s)} sentences, {len(d)} drafts, {len(t)} mails")
