#!/usr/bin/env python3
"""Build the three fresh-eval32 .jsonl files from src/*.py (fixed-seed shuffle)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sentences_ja import SENTENCES_JA
from sentences_en import SENTENCES_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from triage_ja import TRIAGE_JA
from triage_en import TRIAGE_EN

CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive",
         "apology_incomplete", "placeholder_left", "purpose_not_upfront"]
SEED = 32032


def flat(d):
    return [(dom, x) for dom, xs in d.items() for x in xs]


def shuffled(items, salt):
    rng = random.Random(f"{SEED}-{salt}")
    items = list(items)
    rng.shuffle(items)
    return items


def sort_labels(labels):
    return sorted(set(labels), key=ORDER.index)


def sentences():
    out = []
    for lang, src in (("ja", SENTENCES_JA), ("en", SENTENCES_EN)):
        for i, (dom, (text, codes)) in enumerate(shuffled(flat(src), "s" + lang), 1):
            out.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom, "text": text,
                        "labels": sort_labels(CODES[c] for c in codes)})
    return out


def drafts():
    out = []
    for lang, src in (("ja", DRAFTS_JA), ("en", DRAFTS_EN)):
        for i, (dom, d) in enumerate(shuffled(flat(src), "d" + lang), 1):
            out.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": dom,
                        "subject": d["subject"], "text": d["text"],
                        "labels": sort_labels(d["labels"])})
    return out


def triage():
    out = []
    for lang, src in (("ja", TRIAGE_JA), ("en", TRIAGE_EN)):
        for i, (dom, t) in enumerate(shuffled(flat(src), "t" + lang), 1):
            out.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": dom,
                        "subject": t["subject"], "body": t["body"],
                        "urgency": t["urgency"], "emotion": t["emotion"],
                        "terse": bool(t["terse"])})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)}")


if __name__ == "__main__":
    write("lint_sentences.jsonl", sentences())
    write("lint_drafts.jsonl", drafts())
    write("triage_mails.jsonl", triage())
