#!/usr/bin/env python3
"""Sanity checks for fresh-eval36 (does not run the product)."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("KIT", "/work/fe36-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = "".join(s.split()).lower()
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def texts(x):
    return [x.get(k, "") for k in ("subject", "text", "body") if x.get(k)]


def main():
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))
    allitems = s + d + t

    ids = [x["id"] for x in allitems]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")

    def count(items, lang, n):
        got = sum(1 for x in items if x["lang"] == lang)
        if got != n:
            err(f"{items[0]['id'][0]}-{lang}: {got} items, want {n}")

    count(s, "ja", 160); count(s, "en", 80)
    count(d, "ja", 40); count(d, "en", 20)
    count(t, "ja", 120); count(t, "en", 60)

    for x in s:
        assert set(x) == {"id", "lang", "domain", "text", "labels"}, x["id"]
        bad = set(x["labels"]) - set(SENT)
        if bad or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']} bad labels {x['labels']}")
    for x in d:
        assert set(x) == {"id", "lang", "domain", "subject", "text", "labels"}, x["id"]
        bad = set(x["labels"]) - set(DRAFT)
        if bad:
            err(f"{x['id']} bad labels {x['labels']}")
    for x in t:
        assert set(x) == {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}, x["id"]
        if x["urgency"] not in ("high", "normal", "low"):
            err(f"{x['id']} urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            err(f"{x['id']} emotion {x['emotion']}")
        if not isinstance(x["terse"], bool):
            err(f"{x['id']} terse not bool")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in blob:
                    err(f"{x['id']} high mail uses banned word {w!r}")

    # id prefix matches lang
    for x in allitems:
        if f"-{x['lang']}-" not in x["id"]:
            err(f"{x['id']} id/lang mismatch")

    # domains: 12, each used in both languages in every file
    doms = Counter((x["domain"], x["lang"]) for x in allitems)
    names = sorted({x["domain"] for x in allitems})
    if len(names) != 12:
        err(f"{len(names)} domains: {names}")
    for n in names:
        for lang in ("ja", "en"):
            if not doms[(n, lang)]:
                err(f"domain {n} unused in {lang}")

    # near copies of the kit examples
    kit = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            for x in load(os.path.join(KIT, fn)):
                kit += [grams(v) for v in texts(x)]
    for x in allitems:
        for v in texts(x):
            if len(v) < 8:
                continue
            g = grams(v)
            for k in kit:
                if jacc(g, k) >= 0.6:
                    err(f"{x['id']} near-copy of a kit example (J>=0.6)")
    # near duplicates inside the set (same file)
    for items in (s, d, t):
        gs = [(x["id"], grams(" ".join(texts(x)))) for x in items]
        for i in range(len(gs)):
            if len(gs[i][1]) < 6:
                continue
            for j in range(i + 1, len(gs)):
                if len(gs[j][1]) >= 6 and jacc(gs[i][1], gs[j][1]) >= 0.6:
                    err(f"near-duplicate pair {gs[i][0]} / {gs[j][0]}")

    # report
    for lang in ("ja", "en"):
        it = [x for x in s if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(1 for x in it if not x["labels"])
        print(f"sentences {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) "
              + " ".join(f"{k}={c[k]}" for k in SENT))
        lo, hi = (16, 26) if lang == "ja" else (8, 12)
        for k in SENT:
            if not lo <= c[k] <= hi:
                err(f"sentences {lang} {k}={c[k]} outside {lo}-{hi}")
    for lang in ("ja", "en"):
        it = [x for x in d if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(1 for x in it if not x["labels"])
        print(f"drafts {lang}: n={len(it)} clean={clean} "
              + " ".join(f"{k}={c[k]}" for k in DRAFT if c[k]))
    for lang in ("ja", "en"):
        it = [x for x in t if x["lang"] == lang]
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        ter = sum(x["terse"] for x in it)
        print(f"triage {lang}: n={len(it)} urgency={dict(u)} emotion={dict(e)} terse={ter}")

    if errors:
        print("\nERRORS:")
        for e_ in errors:
            print("  " + e_)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
