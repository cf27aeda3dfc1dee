#!/usr/bin/env python3
"""Build the three fresh-eval29 .jsonl files from src/ (deterministic)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sentences_ja, sentences_en, drafts_ja, drafts_en, triage_ja_a, triage_ja_b, triage_ja_c, triage_en  # noqa: E402
from common import DOMAINS  # noqa: E402


def flatten(lang, *modules):
    out = []
    for m in modules:
        for dom, items in m.DATA.items():
            assert dom in DOMAINS, dom
            for it in items:
                x = {"lang": lang, "domain": dom}
                x.update(it)
                out.append(x)
    return out


def number(items, prefix, lang, seed, keys):
    rnd = random.Random(seed)
    items = list(items)
    rnd.shuffle(items)
    res = []
    for i, x in enumerate(items, 1):
        o = {"id": f"{prefix}-{lang}-{i:03d}"}
        for k in keys:
            o[k] = x[k]
        res.append(o)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    sk = ["lang", "domain", "text", "labels"]
    dk = ["lang", "domain", "subject", "text", "labels"]
    tk = ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]
    sents = (number(flatten("ja", sentences_ja), "s", "ja", 2901, sk)
             + number(flatten("en", sentences_en), "s", "en", 2902, sk))
    drafts = (number(flatten("ja", drafts_ja), "d", "ja", 2903, dk)
              + number(flatten("en", drafts_en), "d", "en", 2904, dk))
    mails = (number(flatten("ja", triage_ja_a, triage_ja_b, triage_ja_c), "t", "ja", 2905, tk)
             + number(flatten("en", triage_en), "t", "en", 2906, tk))
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)
    print(f"wrote {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails")


if __name__ == "__main__":
    main()
