#!/usr/bin/env python3
"""Sanity checks for fresh-eval34 (counts, ids, vocabularies, banned words, near-copies)."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = sys.argv[1] if len(sys.argv) > 1 else "/work/fe34-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", "", t.lower())
    return {t[i:i + 3] for i in range(max(1, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


def in_range(what, n, lo, hi):
    ok = lo <= n <= hi
    print(f"  {what:40s} {n:4d}  (want {lo}-{hi}){'' if ok else '  <-- OUT OF RANGE'}")
    if not ok:
        err(f"{what}={n} not in {lo}-{hi}")


s, d, t = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")

# ids
ids = [x["id"] for x in s + d + t]
if len(ids) != len(set(ids)):
    err("duplicate ids: %s" % [i for i, c in Counter(ids).items() if c > 1])
for rows, pre in ((s, "s"), (d, "d"), (t, "t")):
    for lang in ("ja", "en"):
        got = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            err(f"{pre}-{lang} ids not consecutive")

# fields and vocabularies
for x in s:
    if set(x) != {"id", "lang", "domain", "text", "labels"}:
        err(f"{x['id']} fields {sorted(x)}")
    if not set(x["labels"]) <= set(SENT) or len(x["labels"]) > 2:
        err(f"{x['id']} bad labels {x['labels']}")
for x in d:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        err(f"{x['id']} fields {sorted(x)}")
    if not set(x["labels"]) <= set(DRAFT):
        err(f"{x['id']} bad labels {x['labels']}")
for x in t:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        err(f"{x['id']} fields {sorted(x)}")
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        err(f"{x['id']} bad triage values")

# domains: 12, each in both languages, in every file
doms = {}
for name, rows in (("sentences", s), ("drafts", d), ("mails", t)):
    for lang in ("ja", "en"):
        doms[(name, lang)] = {x["domain"] for x in rows if x["lang"] == lang}
alld = set().union(*doms.values())
print(f"domains ({len(alld)}): {sorted(alld)}")
if len(alld) != 12:
    err("expected 12 domains")
for k, v in doms.items():
    if v != alld:
        err(f"{k} misses domains {sorted(alld - v)}")

print("lint_sentences")
for lang, n, (lo, hi) in (("ja", 160, (16, 26)), ("en", 80, (8, 12))):
    rows = [x for x in s if x["lang"] == lang]
    in_range(f"{lang} sentences", len(rows), n, n)
    clean = sum(not x["labels"] for x in rows)
    in_range(f"{lang} clean", clean, int(n * 0.35), int(n * 0.45))
    c = Counter(l for x in rows for l in x["labels"])
    for lab in SENT:
        in_range(f"{lang} {lab}", c[lab], lo, hi)

print("lint_drafts")
for lang, n in (("ja", 40), ("en", 20)):
    rows = [x for x in d if x["lang"] == lang]
    in_range(f"{lang} drafts", len(rows), n, n)
    in_range(f"{lang} clean drafts", sum(not x["labels"] for x in rows), n // 2, n // 2)
    c = Counter(l for x in rows for l in x["labels"])
    for lab in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        in_range(f"{lang} {lab}", c[lab], 3, 8)
    in_range(f"{lang} sentence-label drafts", sum(1 for x in rows if set(x["labels"]) & set(SENT)), 1, 4)

print("triage_mails")
for lang, n, hnl in (("ja", 120, (36, 60, 24)), ("en", 60, (18, 30, 12))):
    rows = [x for x in t if x["lang"] == lang]
    in_range(f"{lang} mails", len(rows), n, n)
    u = Counter(x["urgency"] for x in rows)
    for k, want in zip(("high", "normal", "low"), hnl):
        in_range(f"{lang} urgency={k}", u[k], want - 2, want + 2)
    e = Counter(x["emotion"] for x in rows)
    in_range(f"{lang} emotion=angry", e["angry"], int(n * 0.17), int(n * 0.23))
    in_range(f"{lang} emotion=anxious", e["anxious"], int(n * 0.17), int(n * 0.23))
    in_range(f"{lang} emotion=positive", e["positive"], int(n * 0.06), int(n * 0.10))
    in_range(f"{lang} terse", sum(x["terse"] for x in rows), int(n * 0.08), int(n * 0.12))

# banned words in high mails
for x in t:
    if x["urgency"] == "high":
        blob = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in blob:
                err(f"{x['id']} (high) contains banned word {w!r}")

# near-copies of kit examples
ex = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    for l in open(p, encoding="utf-8"):
        if l.strip():
            o = json.loads(l)
            for k in ("text", "body", "subject"):
                if o.get(k):
                    ex.append((o["id"], grams(o[k])))
worst = 0.0
for x in s + d + t:
    for k in ("text", "body", "subject"):
        if k not in x:
            continue
        g = grams(x[k])
        for eid, eg in ex:
            j = jacc(g, eg)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{x['id']}.{k} near-copies kit example {eid} (J={j:.2f})")
print(f"max 3-gram Jaccard against kit examples: {worst:.2f} ({len(ex)} example fields)")

# near-duplicates inside the set
texts = [(x["id"], grams(x.get("text") or x.get("body"))) for x in s + d + t]
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        if jacc(texts[i][1], texts[j][1]) >= 0.6:
            err(f"near-duplicate inside set: {texts[i][0]} / {texts[j][0]}")

print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
