#!/usr/bin/env python3
"""Build the three fresh-eval50 .jsonl files from src/*.py (deterministic)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja, mails_en

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive", "A": "apology_incomplete",
         "P": "placeholder_left", "Q": "purpose_not_upfront"}
ORDER = list(CODES.values())
URG = {"h": "high", "n": "normal", "l": "low"}
EMO = {"a": "angry", "x": "anxious", "n": "neutral", "p": "positive"}
SEED = 20250650


def labels(codes):
    return sorted({CODES[c] for c in codes}, key=ORDER.index)


def shuffled(items, tag):
    rnd = random.Random(f"{SEED}-{tag}")
    items = list(items)
    rnd.shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rows = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        items = [(d, t, c) for d, lst in mod.S.items() for t, c in lst]
        for i, (d, t, c) in enumerate(shuffled(items, "s" + lang), 1):
            rows.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": d, "text": t, "labels": labels(c)})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        for i, (d, s, t, c) in enumerate(shuffled(mod.D, "d" + lang), 1):
            rows.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "text": t, "labels": labels(c)})
    write("lint_drafts.jsonl", rows)

    rows = []
    for lang, mod in (("ja", mails_ja), ("en", mails_en)):
        for i, (d, s, b, u, e, t) in enumerate(shuffled(mod.M, "t" + lang), 1):
            rows.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": d, "subject": s, "body": b,
                         "urgency": URG[u], "emotion": EMO[e], "terse": bool(t)})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
