#!/usr/bin/env python3
"""Build the three fresh-eval28 .jsonl files from the sources in src/."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from domains import DOMAINS
from sentences_ja import SENT_JA
from sentences_en import SENT_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from mails_ja_1 import MAILS_JA_1
from mails_ja_2 import MAILS_JA_2
from mails_en import MAILS_EN

CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive", "apology_incomplete",
         "placeholder_left", "purpose_not_upfront"]
SEED = 2828


def sort_labels(labels):
    return sorted(set(labels), key=ORDER.index)


def shuffled(items, salt):
    rnd = random.Random(f"{SEED}-{salt}")
    items = list(items)
    rnd.shuffle(items)
    return items


def sentences():
    out = []
    for lang, src in (("ja", SENT_JA), ("en", SENT_EN)):
        items = []
        for dom, rows in src.items():
            assert dom in DOMAINS, dom
            for text, codes in rows:
                items.append({"lang": lang, "domain": dom, "text": text,
                              "labels": sort_labels(CODES[c] for c in codes.split())})
        for i, x in enumerate(shuffled(items, "s-" + lang), 1):
            out.append({"id": f"s-{lang}-{i:03d}", **x})
    return out


def drafts():
    out = []
    for lang, src in (("ja", DRAFTS_JA), ("en", DRAFTS_EN)):
        items = []
        for dom, subject, text, labels in src:
            assert dom in DOMAINS, dom
            items.append({"lang": lang, "domain": dom, "subject": subject, "text": text,
                          "labels": sort_labels(labels)})
        for i, x in enumerate(shuffled(items, "d-" + lang), 1):
            out.append({"id": f"d-{lang}-{i:03d}", **x})
    return out


def mails():
    out = []
    for lang, srcs in (("ja", (MAILS_JA_1, MAILS_JA_2)), ("en", (MAILS_EN,))):
        items = []
        for src in srcs:
            for dom, rows in src.items():
                assert dom in DOMAINS, dom
                for m in rows:
                    items.append({"lang": lang, "domain": dom, "subject": m["subject"],
                                  "body": m["body"], "urgency": m["urgency"],
                                  "emotion": m["emotion"], "terse": bool(m["terse"])})
        for i, x in enumerate(shuffled(items, "t-" + lang), 1):
            out.append({"id": f"t-{lang}-{i:03d}", **x})
    return out


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


if __name__ == "__main__":
    write("lint_sentences.jsonl", sentences())
    write("lint_drafts.jsonl", drafts())
    write("triage_mails.jsonl", mails())
