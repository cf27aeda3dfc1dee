#!/usr/bin/env python3
"""Generate the fresh-eval16 .jsonl files from the hand-written sources in this folder.

usage: python3 src/build.py   (writes ../lint_sentences.jsonl, ../lint_drafts.jsonl, ../triage_mails.jsonl)
Order within each language is shuffled with a fixed seed so that ids do not reveal labels.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja1, mails_ja2, mails_en  # noqa: E402
from pairs import MAIL_PAIRS  # noqa: E402

RULE = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
        "U": "unknown_without_followup", "D": "dismissive", "A": "apology_incomplete",
        "P": "purpose_not_upfront", "H": "placeholder_left"}
URG = {"h": "high", "n": "normal", "l": "low"}
EMO = {"ang": "angry", "anx": "anxious", "neu": "neutral", "pos": "positive"}


def labels(codes):
    return sorted({RULE[c] for c in codes.split()})


def shuffled(items, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows = []
    for lang, src, seed in (("ja", sentences_ja.S, 1601), ("en", sentences_en.S, 1602)):
        for i, (dom, codes, text) in enumerate(shuffled(src, seed), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom, "text": text,
                         "labels": labels(codes)})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, src, seed in (("ja", drafts_ja.D, 1611), ("en", drafts_en.D, 1612)):
        for i, (dom, codes, subject, text) in enumerate(shuffled(src, seed), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": dom, "subject": subject,
                         "text": text, "labels": labels(codes)})
    write("lint_drafts.jsonl", rows)

    rows = []
    for lang, src, seed in (("ja", mails_ja1.M + mails_ja2.M, 1621), ("en", mails_en.M, 1622)):
        for i, (dom, u, e, t, subject, body) in enumerate(shuffled(src, seed), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": dom, "subject": subject,
                         "body": body, "urgency": URG[u], "emotion": EMO[e], "terse": bool(t)})
    en_domain = {r["subject"]: r["domain"] for r in rows if r["lang"] == "en"}
    keys = {(r["lang"], r["domain"], r["subject"]) for r in rows}
    pair_of = {}
    for n, (en_subj, ja_subj) in enumerate(sorted(MAIL_PAIRS.items()), 1):
        dom = en_domain[en_subj]
        assert ("ja", dom, ja_subj) in keys, ja_subj
        pair_of[("en", dom, en_subj)] = pair_of[("ja", dom, ja_subj)] = f"tp-{n:03d}"
    for r in rows:
        key = (r["lang"], r["domain"], r["subject"])
        if key in pair_of:
            r["pair"] = pair_of[key]
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
