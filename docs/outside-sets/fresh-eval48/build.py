#!/usr/bin/env python3
"""Build the three fresh-eval48 .jsonl files from src/ (fixed-seed shuffle so ids don't reveal labels)."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import sentences_ja, sentences_en, drafts_ja, drafts_en, triage_ja_a, triage_ja_b, triage_en  # noqa: E402

SEED = 4848


def flatten(by_domain, lang):
    out = []
    for domain, items in by_domain.items():
        for it in items:
            out.append(dict(lang=lang, domain=domain, **it))
    return out


def number(items, prefix, lang, rng, keys):
    items = list(items)
    rng.shuffle(items)
    rows = []
    for i, it in enumerate(items, 1):
        row = {"id": f"{prefix}-{lang}-{i:03d}"}
        for k in keys:
            row[k] = it[k]
        rows.append(row)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(rows)} lines")


def main():
    rng = random.Random(SEED)
    sk = ["lang", "domain", "text", "labels"]
    dk = ["lang", "domain", "subject", "text", "labels"]
    tk = ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"]
    sents = (number(flatten(sentences_ja.SENTENCES, "ja"), "s", "ja", rng, sk)
             + number(flatten(sentences_en.SENTENCES, "en"), "s", "en", rng, sk))
    drafts = (number(flatten(drafts_ja.DRAFTS, "ja"), "d", "ja", rng, dk)
              + number(flatten(drafts_en.DRAFTS, "en"), "d", "en", rng, dk))
    ja_mails = flatten(triage_ja_a.MAILS, "ja") + flatten(triage_ja_b.MAILS, "ja")
    mails = (number(ja_mails, "t", "ja", rng, tk)
             + number(flatten(triage_en.MAILS, "en"), "t", "en", rng, tk))
    write("lint_sentences.jsonl", sents)
    write("lint_drafts.jsonl", drafts)
    write("triage_mails.jsonl", mails)


if __name__ == "__main__":
    main()
