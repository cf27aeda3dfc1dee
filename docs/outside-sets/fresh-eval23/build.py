#!/usr/bin/env python3
"""Build the fresh-eval23 JSONL files from the sources in src/.

Items are shuffled with a fixed seed (per file and language) before ids are
assigned, so an id says nothing about an item's labels or domain.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from sentences_ja import SENTENCES_JA
from sentences_en import SENTENCES_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from mails_ja_1 import MAILS_JA_1
from mails_ja_2 import MAILS_JA_2
from mails_ja_3 import MAILS_JA_3
from mails_en import MAILS_EN

CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup", "D": "dismissive"}
ORDER = list(CODES.values())
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"a": "angry", "x": "anxious", "n": "neutral", "p": "positive"}
SEED = 2323


def sent_items(src, lang):
    out = []
    for dom, rows in src.items():
        for code, text in rows:
            labels = sorted({CODES[c] for c in code}, key=ORDER.index)
            out.append({"lang": lang, "domain": dom, "text": text, "labels": labels})
    return out


def draft_items(src, lang):
    return [{"lang": lang, "domain": d, "subject": s, "text": t, "labels": list(l)}
            for d, l, s, t in src]


def mail_items(src, lang):
    return [{"lang": lang, "domain": d, "subject": s, "body": b, "urgency": URG[u],
             "emotion": EMO[e], "terse": bool(t)} for d, u, e, t, s, b in src]


def finish(items, prefix, lang, salt):
    rnd = random.Random(f"{SEED}-{prefix}-{lang}-{salt}")
    items = list(items)
    rnd.shuffle(items)
    res = []
    for i, x in enumerate(items, 1):
        res.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    sents = finish(sent_items(SENTENCES_JA, "ja"), "s", "ja", 1) + \
            finish(sent_items(SENTENCES_EN, "en"), "s", "en", 1)
    drafts = finish(draft_items(DRAFTS_JA, "ja"), "d", "ja", 2) + \
             finish(draft_items(DRAFTS_EN, "en"), "d", "en", 2)
    mails = finish(mail_items(MAILS_JA_1 + MAILS_JA_2 + MAILS_JA_3, "ja"), "t", "ja", 3) + \
            finish(mail_items(MAILS_EN, "en"), "t", "en", 3)
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)


if __name__ == "__main__":
    main()
