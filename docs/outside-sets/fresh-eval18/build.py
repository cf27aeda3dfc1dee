#!/usr/bin/env python3
"""Build fresh-eval18 jsonl files from src/*.py (deterministic: fixed shuffle seed)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja_a, mails_ja_b, mails_ja_c, mails_en
from domains import DOMAINS

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive", "AI": "apology_incomplete",
         "PL": "placeholder_left", "PNU": "purpose_not_upfront"}
ORDER = list(CODES.values())
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"A": "angry", "X": "anxious", "N": "neutral", "P": "positive"}
SEED = 1818


def labels(code):
    out = [CODES[c] for c in code.split()]
    assert len(out) == len(set(out)), code
    return sorted(out, key=ORDER.index)


def shuffled(items, tag):
    items = list(items)
    random.Random(f"{SEED}-{tag}").shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows = []
    for lang, src in (("ja", sentences_ja.L), ("en", sentences_en.L)):
        for n, (dom, text, code) in enumerate(shuffled(src, "s" + lang), 1):
            assert dom in DOMAINS, dom
            rows.append({"id": f"s-{lang}-{n:03d}", "lang": lang, "domain": dom, "text": text,
                         "labels": labels(code)})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, src in (("ja", drafts_ja.L), ("en", drafts_en.L)):
        for n, (dom, subj, text, code) in enumerate(shuffled(src, "d" + lang), 1):
            assert dom in DOMAINS, dom
            rows.append({"id": f"d-{lang}-{n:03d}", "lang": lang, "domain": dom, "subject": subj,
                         "text": text, "labels": labels(code)})
    write("lint_drafts.jsonl", rows)

    rows = []
    ja = mails_ja_a.L + mails_ja_b.L + mails_ja_c.L
    for lang, src in (("ja", ja), ("en", mails_en.L)):
        for n, (dom, subj, body, code) in enumerate(shuffled(src, "t" + lang), 1):
            assert dom in DOMAINS, dom
            parts = code.split()
            assert len(parts) in (2, 3) and (len(parts) == 2 or parts[2] == "T"), code
            rows.append({"id": f"t-{lang}-{n:03d}", "lang": lang, "domain": dom, "subject": subj,
                         "body": body, "urgency": URG[parts[0]], "emotion": EMO[parts[1]],
                         "terse": len(parts) == 3})
    write("triage_mails.jsonl", rows)
    print("built")


if __name__ == "__main__":
    main()
