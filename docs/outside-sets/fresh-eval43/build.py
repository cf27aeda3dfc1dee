#!/usr/bin/env python3
"""Build the fresh-eval43 files from src/d*.py (one module per domain).

Each module defines DOMAIN and six lists:
  SJ/SE  sentences  (text, codes)
  DJ/DE  drafts     (subject, text, codes)
  MJ/ME  mails      (subject, body, urgency, emotion, terse)
codes: one letter per label (see CODES). Items are shuffled with a fixed seed
per file and language before ids are given, so ids say nothing about labels.
"""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = {"C": "condescending", "V": "vague", "I": "imperative",
         "R": "request_without_reason", "U": "unknown_without_followup",
         "D": "dismissive", "A": "apology_incomplete", "P": "placeholder_left",
         "N": "purpose_not_upfront"}
ORDER = list(CODES.values())
SEED = 4343


def labels(codes):
    out = {CODES[c] for c in codes}
    return [l for l in ORDER if l in out]


def load_modules():
    mods = []
    for p in sorted(glob.glob(os.path.join(HERE, "src", "d*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(m)
        mods.append(m)
    return mods


def collect(mods):
    sents, drafts, mails = [], [], []
    for m in mods:
        for lang, S, D, M in (("ja", m.SJ, m.DJ, m.MJ), ("en", m.SE, m.DE, m.ME)):
            for text, codes in S:
                sents.append({"lang": lang, "domain": m.DOMAIN, "text": text, "labels": labels(codes)})
            for subject, text, codes in D:
                drafts.append({"lang": lang, "domain": m.DOMAIN, "subject": subject,
                               "text": text, "labels": labels(codes)})
            for subject, body, urg, emo, terse in M:
                mails.append({"lang": lang, "domain": m.DOMAIN, "subject": subject, "body": body,
                              "urgency": urg, "emotion": emo, "terse": terse})
    return sents, drafts, mails


def with_ids(items, prefix, salt):
    out = []
    for lang in ("ja", "en"):
        it = [x for x in items if x["lang"] == lang]
        random.Random(f"{SEED}-{salt}-{lang}").shuffle(it)
        for i, x in enumerate(it, 1):
            out.append({"id": f"{prefix}-{lang}-{i:03d}", **x})
    return out


def write(name, items):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print(f"wrote {name}: {len(items)}")


def main():
    sents, drafts, mails = collect(load_modules())
    write("lint_sentences.jsonl", with_ids(sents, "s", "sent"))
    write("lint_drafts.jsonl", with_ids(drafts, "d", "draft"))
    write("triage_mails.jsonl", with_ids(mails, "t", "mail"))


if __name__ == "__main__":
    main()
