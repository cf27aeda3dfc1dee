#!/usr/bin/env python3
"""Build the three fresh-eval35 jsonl files from the sources in src/.
Items are shuffled with a fixed seed (per file and language) before ids are assigned,
so ids carry no information about labels or domains."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from sent_ja import SENT_JA
from sent_en import SENT_EN
from drafts_ja import DRAFTS_JA
from drafts_en import DRAFTS_EN
from triage_ja1 import TRIAGE_JA1
from triage_ja2 import TRIAGE_JA2
from triage_ja3 import TRIAGE_JA3
from triage_en import TRIAGE_EN

SEED = 3501


def flatten(by_domain):
    out = []
    for dom, items in by_domain.items():
        for it in items:
            out.append({"domain": dom, **it})
    return out


def assign(items, prefix, lang, seed):
    items = [dict(x) for x in items]
    random.Random(seed).shuffle(items)
    out = []
    for i, x in enumerate(items, 1):
        row = {"id": f"{prefix}-{lang}-{i:03d}", "lang": lang}
        row.update(x)
        out.append(row)
    return out


def write(name, rows, keys):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    sents = (assign(flatten(SENT_JA), "s", "ja", SEED + 1)
             + assign(flatten(SENT_EN), "s", "en", SEED + 2))
    drafts = (assign(DRAFTS_JA, "d", "ja", SEED + 3)
              + assign(DRAFTS_EN, "d", "en", SEED + 4))
    mails = (assign(TRIAGE_JA1 + TRIAGE_JA2 + TRIAGE_JA3, "t", "ja", SEED + 5)
             + assign(TRIAGE_EN, "t", "en", SEED + 6))
    write("lint_sentences.jsonl", sents, ["id", "lang", "domain", "text", "labels"])
    write("lint_drafts.jsonl", drafts, ["id", "lang", "domain", "subject", "text", "labels"])
    write("triage_mails.jsonl", mails, ["id", "lang", "domain", "subject", "body",
                                        "urgency", "emotion", "terse"])


if __name__ == "__main__":
    main()
