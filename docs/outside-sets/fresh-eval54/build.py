#!/usr/bin/env python3
"""Build the fresh-eval54 jsonl files from src/*.py (deterministic: fixed-seed shuffle)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sent_ja import SENT_JA
from sent_en import SENT_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from mails_ja import MAILS_JA
from mails_en import MAILS_EN

CODE = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
        "U": "unknown_without_followup", "D": "dismissive"}
ORDER = ["condescending", "vague", "imperative", "request_without_reason",
         "unknown_without_followup", "dismissive"]
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"A": "angry", "X": "anxious", "N": "neutral", "P": "positive"}
SEED = 5454


def shuffled(items, salt):
    rnd = random.Random(f"{SEED}-{salt}")
    items = list(items)
    rnd.shuffle(items)
    return items


def sentences(table, lang):
    rows = []
    for dom, lst in table.items():
        for text, codes in lst:
            labels = sorted({CODE[c] for c in codes}, key=ORDER.index)
            rows.append({"lang": lang, "domain": dom, "text": text, "labels": labels})
    out = []
    for i, r in enumerate(shuffled(rows, "s-" + lang), 1):
        out.append({"id": f"s-{lang}-{i:03d}", **r})
    return out


def drafts(table, lang):
    rows = [{"lang": lang, "domain": d, "subject": s, "text": t, "labels": list(l)} for d, s, t, l in table]
    return [{"id": f"d-{lang}-{i:03d}", **r} for i, r in enumerate(shuffled(rows, "d-" + lang), 1)]


def mails(table, lang):
    rows = [{"lang": lang, "domain": d, "subject": s, "body": b, "urgency": URG[u],
             "emotion": EMO[e], "terse": bool(t)} for d, s, b, u, e, t in table]
    return [{"id": f"t-{lang}-{i:03d}", **r} for i, r in enumerate(shuffled(rows, "t-" + lang), 1)]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


if __name__ == "__main__":
    write("lint_sentences.jsonl", sentences(SENT_JA, "ja") + sentences(SENT_EN, "en"))
    write("lint_drafts.jsonl", drafts(DRAFTS_JA, "ja") + drafts(DRAFTS_EN, "en"))
    write("triage_mails.jsonl", mails(MAILS_JA, "ja") + mails(MAILS_EN, "en"))
