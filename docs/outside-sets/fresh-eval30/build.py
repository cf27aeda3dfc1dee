#!/usr/bin/env python3
"""Build fresh-eval29b jsonl files from src/*.py (fixed-seed shuffle so ids don't reveal labels)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sent_ja_a, sent_ja_b, sent_en, drafts_ja, drafts_en, mails_ja_a, mails_ja_b, mails_en

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive"}


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def shuffled(items, seed):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def main():
    sents = []
    for lang, src, seed in (("ja", sent_ja_a.S + sent_ja_b.S, 2901), ("en", sent_en.S, 2902)):
        for i, (dom, text, codes) in enumerate(shuffled(src, seed), 1):
            sents.append({"id": f"s-{lang}-{i:03d}", "lang": lang, "domain": dom, "text": text,
                          "labels": [CODES[c] for c in codes]})
    drafts = []
    for lang, src, seed in (("ja", drafts_ja.D, 2903), ("en", drafts_en.D, 2904)):
        for i, (dom, subj, text, labels) in enumerate(shuffled(src, seed), 1):
            drafts.append({"id": f"d-{lang}-{i:03d}", "lang": lang, "domain": dom, "subject": subj,
                           "text": text, "labels": list(labels)})
    mails = []
    for lang, src, seed in (("ja", mails_ja_a.M + mails_ja_b.M, 2905), ("en", mails_en.M, 2906)):
        for i, (dom, subj, body, urg, emo, terse) in enumerate(shuffled(src, seed), 1):
            mails.append({"id": f"t-{lang}-{i:03d}", "lang": lang, "domain": dom, "subject": subj,
                          "body": body, "urgency": urg, "emotion": emo, "terse": terse})
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
