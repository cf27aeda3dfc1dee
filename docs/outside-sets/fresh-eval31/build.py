#!/usr/bin/env python3
"""Build the three fresh-eval31 jsonl files from src/*.py (fixed-seed shuffle)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import sent_ja, sent_en, drafts_ja, drafts_en, triage_ja_a, triage_ja_b, triage_en  # noqa: E402

SEED = 31031


def flat_sentences(mod, lang):
    out = []
    for dom, items in mod.SENTENCES.items():
        for it in items:
            out.append({"lang": lang, "domain": dom, "text": it["text"], "labels": sorted(set(it["labels"]))})
    return out


def assign(items, prefix, lang, rng, keys):
    rng.shuffle(items)
    res = []
    for i, it in enumerate(items, 1):
        row = {"id": f"{prefix}-{lang}-{i:03d}", "lang": lang}
        for k in keys:
            row[k] = it[k]
        res.append(row)
    return res


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rng = random.Random(SEED)
    sk = ["domain", "text", "labels"]
    rows = assign(flat_sentences(sent_ja, "ja"), "s", "ja", rng, sk) + \
        assign(flat_sentences(sent_en, "en"), "s", "en", rng, sk)
    write("lint_sentences.jsonl", rows)

    dk = ["domain", "subject", "text", "labels"]
    dj = [dict(d, labels=sorted(set(d["labels"]))) for d in drafts_ja.DRAFTS]
    de = [dict(d, labels=sorted(set(d["labels"]))) for d in drafts_en.DRAFTS]
    rows = assign(dj, "d", "ja", rng, dk) + assign(de, "d", "en", rng, dk)
    write("lint_drafts.jsonl", rows)

    tk = ["domain", "subject", "body", "urgency", "emotion", "terse"]
    tj = list(triage_ja_a.MAILS) + list(triage_ja_b.MAILS)
    te = list(triage_en.MAILS)
    rows = assign(tj, "t", "ja", rng, tk) + assign(te, "t", "en", rng, tk)
    write("triage_mails.jsonl", rows)


if __name__ == "__main__":
    main()
