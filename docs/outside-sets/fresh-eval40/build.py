#!/usr/bin/env python3
"""Build the three fresh-eval40 jsonl files from src/*.py (deterministic)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, triage_ja_1, triage_ja_2, triage_ja_3, triage_en

CODES = {"c": "condescending", "v": "vague", "i": "imperative", "r": "request_without_reason",
         "u": "unknown_without_followup", "d": "dismissive", "A": "apology_incomplete",
         "P": "placeholder_left", "U": "purpose_not_upfront"}
ORDER = list(CODES.values())
SEED = 4040


def labels(code):
    out = {CODES[c] for c in code.split(",") if c}
    return [l for l in ORDER if l in out]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def shuffled(items, salt):
    items = list(items)
    random.Random(f"{SEED}-{salt}").shuffle(items)
    return items


def main():
    rows = []
    for lang, mod in (("ja", sentences_ja), ("en", sentences_en)):
        items = [(d, t, l) for d, v in mod.DATA.items() for t, l in v]
        for n, (d, t, l) in enumerate(shuffled(items, "s" + lang), 1):
            rows.append({"id": f"s-{lang}-{n:03d}", "lang": lang, "domain": d, "text": t, "labels": labels(l)})
    write("lint_sentences.jsonl", rows)

    rows = []
    for lang, mod in (("ja", drafts_ja), ("en", drafts_en)):
        for n, x in enumerate(shuffled(mod.D, "d" + lang), 1):
            rows.append({"id": f"d-{lang}-{n:03d}", "lang": lang, "domain": x["domain"],
                         "subject": x["subject"], "text": x["text"], "labels": labels(x["labels"])})
    write("lint_drafts.jsonl", rows)

    rows = []
    ja = triage_ja_1.M + triage_ja_2.M + triage_ja_3.M
    for lang, items in (("ja", ja), ("en", triage_en.M)):
        for n, (d, u, e, t, s, b) in enumerate(shuffled(items, "t" + lang), 1):
            rows.append({"id": f"t-{lang}-{n:03d}", "lang": lang, "domain": d, "subject": s,
                         "body": b.strip("\n") + "\n", "urgency": u, "emotion": e, "terse": t})
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
