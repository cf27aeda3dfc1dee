#!/usr/bin/env python3
"""Verify the fresh-eval26 files: counts, ids, vocabularies, banned words, near-copies of the kit examples."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe26-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately",
          "as soon as possible"]
errors = []


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def err(msg):
    errors.append(msg)


def grams(t):
    t = re.sub(r"\s+", " ", t)
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
ids = [x["id"] for x in S + D + T]
if len(ids) != len(set(ids)):
    err("duplicate ids")
for items, pre in ((S, "s"), (D, "d"), (T, "t")):
    for lang in ("ja", "en"):
        got = [x["id"] for x in items if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if sorted(got) != want:
            err(f"{pre}-{lang}: ids not a contiguous run")

# counts
def want(items, lang, n, what):
    k = sum(1 for x in items if x["lang"] == lang)
    if k != n:
        err(f"{what} {lang}: {k} != {n}")

want(S, "ja", 160, "sentences"); want(S, "en", 80, "sentences")
want(D, "ja", 40, "drafts"); want(D, "en", 20, "drafts")
want(T, "ja", 120, "mails"); want(T, "en", 60, "mails")

# fields and vocabularies
for x in S:
    if set(x) != {"id", "lang", "domain", "text", "labels"}: err(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= SENT: err(f"{x['id']}: bad label {x['labels']}")
    if len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]): err(f"{x['id']}: labels {x['labels']}")
for x in D:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}: err(f"{x['id']}: fields")
    if not set(x["labels"]) <= DRAFT: err(f"{x['id']}: bad label {x['labels']}")
for x in T:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}: err(f"{x['id']}: fields")
    if x["urgency"] not in ("high", "normal", "low"): err(f"{x['id']}: urgency")
    if x["emotion"] not in ("angry", "anxious", "neutral", "positive"): err(f"{x['id']}: emotion")
    if not isinstance(x["terse"], bool): err(f"{x['id']}: terse")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in txt:
                err(f"{x['id']}: banned word {w!r} in a high mail")

# domains: 12, each in both languages in every file
doms = Counter((x["domain"], x["lang"]) for x in S + D + T)
names = {d for d, _ in doms}
if len(names) != 12: err(f"{len(names)} domains")
for n in names:
    for items, what in ((S, "sentences"), (D, "drafts"), (T, "mails")):
        for lang in ("ja", "en"):
            if not any(x["domain"] == n and x["lang"] == lang for x in items):
                err(f"domain {n} missing in {what} {lang}")

# near-copies of kit examples, and near-duplicates inside the set
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    for x in load(p):
        for k in ("text", "body", "subject"):
            if x.get(k) and len(x[k]) > 8:
                kit.append(grams(x[k]))
ours = []
for x in S + D + T:
    for k in ("text", "body"):
        if k in x:
            ours.append((x["id"], grams(x[k])))
for i, g in ours:
    for kg in kit:
        if jacc(g, kg) >= 0.6:
            err(f"{i}: near-copy of a kit example")
for a in range(len(ours)):
    for b in range(a + 1, len(ours)):
        if jacc(ours[a][1], ours[b][1]) >= 0.6:
            err(f"{ours[a][0]} ~ {ours[b][0]}: near-duplicate inside the set")

# report
def table(items, vocab, title):
    print(title)
    for lang in ("ja", "en"):
        it = [x for x in items if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(1 for x in it if not x["labels"])
        two = sum(1 for x in it if len(x["labels"]) == 2)
        print(f"  {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) two-label={two} "
              + " ".join(f"{l}={c[l]}" for l in vocab if c[l]))

table(S, sorted(SENT), "lint_sentences")
table(D, sorted(DRAFT), "lint_drafts")
print("triage_mails")
for lang in ("ja", "en"):
    it = [x for x in T if x["lang"] == lang]
    u = Counter(x["urgency"] for x in it); e = Counter(x["emotion"] for x in it)
    print(f"  {lang}: n={len(it)} urgency high={u['high']} normal={u['normal']} low={u['low']} | "
          f"angry={e['angry']} anxious={e['anxious']} neutral={e['neutral']} positive={e['positive']} | "
          f"terse={sum(x['terse'] for x in it)}")
print("domains:", ", ".join(sorted(names)))

# soft targets from the brief (warnings, not errors)
for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
    c = Counter(l for x in S if x["lang"] == lang for l in x["labels"])
    for l in sorted(SENT):
        if not lo <= c[l] <= hi:
            print(f"  WARNING sentences {lang} {l}={c[l]} outside {lo}-{hi}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
