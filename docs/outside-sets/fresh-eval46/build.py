#!/usr/bin/env python3
"""Build the three fresh-eval46 .jsonl files from the sources in src/.

Items are shuffled per file and language with a fixed seed, so ids do not reveal labels.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en, mails_ja_1, mails_ja_2, mails_en  # noqa: E402

CODES = {"C": "condescending", "V": "vague", "I": "imperative", "R": "request_without_reason",
         "U": "unknown_without_followup", "D": "dismissive"}
ORDER = list(CODES.values())
SEED = 46


def sent_items(src, lang):
    out = []
    for dom, rows in src.items():
        for text, codes in rows:
            labels = sorted({CODES[c] for c in codes}, key=ORDER.index)
            out.append({"lang": lang, "domain": dom, "text": text, "labels": labels})
    return out


def draft_items(src, lang):
    out = []
    for dom, rows in src.items():
        for subject, text, labels in rows:
            out.append({"lang": lang, "domain": dom, "subject": subject, "text": text, "labels": list(labels)})
    return out


def mail_items(srcs, lang):
    out = []
    for src in srcs:
        for dom, rows in src.items():
            for urg, emo, terse, subject, body in rows:
                out.append({"lang": lang, "domain": dom, "subject": subject, "body": body,
                            "urgency": urg, "emotion": emo, "terse": terse})
    return out


def finish(items, prefix, lang, rng):
    rng.shuffle(items)
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
    rng = random.Random(SEED)
    sents = finish(sent_items(sentences_ja.SENTENCES, "ja"), "s", "ja", rng) + \
        finish(sent_items(sentences_en.SENTENCES, "en"), "s", "en", rng)
    drafts = finish(draft_items(drafts_ja.DRAFTS, "ja"), "d", "ja", rng) + \
        finish(draft_items(drafts_en.DRAFTS, "en"), "d", "en", rng)
    mails = finish(mail_items([mails_ja_1.MAILS, mails_ja_2.MAILS], "ja"), "t", "ja", rng) + \
        finish(mail_items([mails_en.MAILS], "en"), "t", "en", rng)
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)


if __name__ == "__main__":
    main()
