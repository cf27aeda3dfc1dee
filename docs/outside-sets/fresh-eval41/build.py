#!/usr/bin/env python3
"""Build fresh-eval41 from src/: writes lint_sentences.jsonl, lint_drafts.jsonl, triage_mails.jsonl.
Items are shuffled with a fixed seed per file and language, so ids do not reveal labels or domains."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from domains import labels  # noqa: E402
from sentences_ja import SENT_JA  # noqa: E402
from sentences_en import SENT_EN  # noqa: E402
from drafts_ja import DRAFTS_JA  # noqa: E402
from drafts_en import DRAFTS_EN  # noqa: E402
from triage_ja import TRIAGE_JA  # noqa: E402
from triage_en import TRIAGE_EN  # noqa: E402

SEED = 4141


def shuffled(items, tag):
    items = list(items)
    random.Random(f"{SEED}-{tag}").shuffle(items)
    return items


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)}")


def sentences():
    rows = []
    for lang, src in (("ja", SENT_JA), ("en", SENT_EN)):
        items = [(dom, text, code) for dom, lst in src.items() for text, code in lst]
        for n, (dom, text, code) in enumerate(shuffled(items, "s" + lang), 1):
            rows.append({"id": f"s-{lang}-{n:03d}", "lang": lang, "domain": dom,
                         "text": text, "labels": labels(code)})
    return rows


def drafts():
    rows = []
    for lang, src in (("ja", DRAFTS_JA), ("en", DRAFTS_EN)):
        for n, d in enumerate(shuffled(src, "d" + lang), 1):
            rows.append({"id": f"d-{lang}-{n:03d}", "lang": lang, "domain": d["domain"],
                         "subject": d["subject"], "text": d["text"], "labels": labels(d["labels"])})
    return rows


def mails():
    rows = []
    for lang, src in (("ja", TRIAGE_JA), ("en", TRIAGE_EN)):
        for n, m in enumerate(shuffled(src, "t" + lang), 1):
            rows.append({"id": f"t-{lang}-{n:03d}", "lang": lang, "domain": m["domain"],
                         "subject": m["subject"], "body": m["body"], "urgency": m["urgency"],
                         "emotion": m["emotion"], "terse": m["terse"]})
    return rows


if __name__ == "__main__":
    write("lint_sentences.jsonl", sentences())
    write("lint_drafts.jsonl", drafts())
    write("triage_mails.jsonl", mails())
