#!/usr/bin/env python3
"""Build the three fresh-eval38 .jsonl files from src/*.py.

Items are shuffled per file and language with a fixed seed, so ids do not reveal labels or domains.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences, drafts, mails_ja, mails_en  # noqa: E402

SEED = 3817
URG = {"H": "high", "N": "normal", "L": "low"}
EMO = {"A": "angry", "X": "anxious", "N": "neutral", "P": "positive"}


def sentence_items():
    out = []
    for lang, table in (("ja", sentences.JA), ("en", sentences.EN)):
        for dom, rows in table.items():
            for text, codes in rows:
                out.append({"lang": lang, "domain": dom, "text": text,
                            "labels": [sentences.CODES[c] for c in codes.split()]})
    return out


def draft_items():
    out = []
    for lang, table in (("ja", drafts.JA), ("en", drafts.EN)):
        for dom, rows in table.items():
            for labels, subject, text in rows:
                out.append({"lang": lang, "domain": dom, "subject": subject,
                            "text": text, "labels": labels.split()})
    return out


def mail_items():
    out = []
    for lang, table in (("ja", mails_ja.JA), ("en", mails_en.EN)):
        for dom, rows in table.items():
            for u, e, terse, subject, body in rows:
                out.append({"lang": lang, "domain": dom, "subject": subject, "body": body,
                            "urgency": URG[u], "emotion": EMO[e], "terse": bool(terse)})
    return out


def write(name, prefix, items, keys):
    rng = random.Random(f"{SEED}-{name}")
    lines = []
    for lang in ("ja", "en"):
        group = [x for x in items if x["lang"] == lang]
        rng.shuffle(group)
        for i, x in enumerate(group, 1):
            obj = {"id": f"{prefix}-{lang}-{i:03d}"}
            obj.update({k: x[k] for k in keys})
            lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {name}: {len(lines)} lines")


def main():
    write("lint_sentences.jsonl", "s", sentence_items(), ["lang", "domain", "text", "labels"])
    write("lint_drafts.jsonl", "d", draft_items(), ["lang", "domain", "subject", "text", "labels"])
    write("triage_mails.jsonl", "t", mail_items(),
          ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"])


if __name__ == "__main__":
    main()
