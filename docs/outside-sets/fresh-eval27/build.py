#!/usr/bin/env python3
"""Build the three fresh-eval27 jsonl files from src/*.py (fixed-seed shuffle)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sent_ja, sent_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_en

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive", "A": "apology_incomplete",
         "P": "placeholder_left", "N": "purpose_not_upfront"}
ORDER = list(CODES)


def labels(codes):
    return [CODES[c] for c in sorted(set(codes), key=ORDER.index)]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def assign(items, prefix, lang, seed):
    rng = random.Random(seed)
    rng.shuffle(items)
    out = []
    for i, it in enumerate(items, 1):
        out.append(dict({"id": f"{prefix}-{lang}-{i:03d}", "lang": lang}, **it))
    return out


def main():
    sents = []
    for lang, mod, seed in (("ja", sent_ja, 2701), ("en", sent_en, 2702)):
        items = [{"domain": d, "text": t, "labels": labels(c)} for d, l in mod.S.items() for t, c in l]
        sents += assign(items, "s", lang, seed)
    write("lint_sentences.jsonl", sents)

    drafts = []
    for lang, mod, seed in (("ja", drafts_ja, 2703), ("en", drafts_en, 2704)):
        items = [{"domain": d, "subject": s, "text": t, "labels": labels(c)} for d, l in mod.D.items() for s, t, c in l]
        drafts += assign(items, "d", lang, seed)
    write("lint_drafts.jsonl", drafts)

    mails = []
    ja = dict(mails_ja_1.M); ja.update(mails_ja_2.M)
    for lang, M, seed in (("ja", ja, 2705), ("en", mails_en.M, 2706)):
        items = [{"domain": d, "subject": s, "body": b, "urgency": u, "emotion": e, "terse": t}
                 for d, l in M.items() for u, e, t, s, b in l]
        mails += assign(items, "t", lang, seed)
    write("triage_mails.jsonl", mails)
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
