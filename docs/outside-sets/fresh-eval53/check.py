#!/usr/bin/env python3
"""Verify fresh-eval53: counts, ids, vocabularies, banned words in high mails, no near-copies of kit examples."""
import glob, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe53-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = "".join(s.split())
    return {s[i:i + 3] for i in range(len(s) - 2)}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def expect(cond, msg):
    if not cond:
        problems.append(msg)


def between(n, lo, hi, what):
    expect(lo <= n <= hi, f"{what}: {n} not in [{lo},{hi}]")


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))

ids = [x["id"] for x in sents + drafts + mails]
expect(len(ids) == len(set(ids)), "duplicate ids")
for rows, pre in ((sents, "s"), (drafts, "d"), (mails, "t")):
    for lang in ("ja", "en"):
        got = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        expect(got == want, f"{pre}-{lang} ids not consecutive")

print("== lint_sentences")
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    expect(len(it) == n, f"sentences {lang}: {len(it)} != {n}")
    clean = sum(not x["labels"] for x in it)
    c = Counter(l for x in it for l in x["labels"])
    doubles = sum(len(x["labels"]) > 1 for x in it)
    print(f"  {lang}: {len(it)} items, {clean} clean ({clean/len(it):.0%}), {doubles} with two labels")
    for l in SENT:
        print(f"    {l:26s} {c[l]}")
        between(c[l], lo, hi, f"sentences {lang} {l}")
    between(clean / len(it), 0.36, 0.44, f"sentences {lang} clean share")
for x in sents:
    expect(set(x["labels"]) <= set(SENT), f"{x['id']} bad label")
    expect(len(x["labels"]) <= 2 and len(set(x["labels"])) == len(x["labels"]), f"{x['id']} label count")
    expect(set(x) == {"id", "lang", "domain", "text", "labels"}, f"{x['id']} keys")

print("== lint_drafts")
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    expect(len(it) == n, f"drafts {lang}: {len(it)} != {n}")
    clean = sum(not x["labels"] for x in it)
    c = Counter(l for x in it for l in x["labels"])
    print(f"  {lang}: {len(it)} drafts, {clean} clean")
    for l in DRAFT:
        if c[l]:
            print(f"    {l:26s} {c[l]}")
    expect(clean == n // 2, f"drafts {lang}: clean {clean} != {n//2}")
    for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        expect(c[l] >= 2, f"drafts {lang}: too few {l}")
for x in drafts:
    expect(set(x["labels"]) <= set(DRAFT), f"{x['id']} bad label")
    expect(set(x) == {"id", "lang", "domain", "subject", "text", "labels"}, f"{x['id']} keys")
    expect(x["subject"].strip() != "", f"{x['id']} empty subject")

print("== triage_mails")
for lang, n, tgt in (("ja", 120, {"high": 36, "normal": 60, "low": 24}), ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    expect(len(it) == n, f"mails {lang}: {len(it)} != {n}")
    u = Counter(x["urgency"] for x in it)
    e = Counter(x["emotion"] for x in it)
    t = sum(x["terse"] for x in it)
    print(f"  {lang}: {len(it)} mails; urgency {dict(u)}; emotion {dict(e)}; terse {t}")
    for k, v in tgt.items():
        between(u[k], v - 2, v + 2, f"mails {lang} urgency {k}")
    between(e["angry"] / n, 0.15, 0.25, f"mails {lang} angry share")
    between(e["anxious"] / n, 0.15, 0.25, f"mails {lang} anxious share")
    between(e["positive"] / n, 0.05, 0.11, f"mails {lang} positive share")
    between(t / n, 0.07, 0.13, f"mails {lang} terse share")
for x in mails:
    expect(x["urgency"] in ("high", "normal", "low"), f"{x['id']} urgency")
    expect(x["emotion"] in ("angry", "anxious", "neutral", "positive"), f"{x['id']} emotion")
    expect(isinstance(x["terse"], bool), f"{x['id']} terse")
    expect(set(x) == {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}, f"{x['id']} keys")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            expect(w.lower() not in txt, f"{x['id']} high mail contains banned word {w!r}")

print("== domains")
doms = sorted({x["domain"] for x in sents + drafts + mails})
for d in doms:
    per = [sum(1 for x in rows if x["domain"] == d and x["lang"] == l) for rows in (sents, drafts, mails) for l in ("ja", "en")]
    print(f"  {d:13s} sent ja/en {per[0]}/{per[1]}  drafts {per[2]}/{per[3]}  mails {per[4]}/{per[5]}")
    expect(all(p > 0 for p in per[::2]) and per[1] > 0 and per[5] > 0, f"domain {d} not in both languages")
expect(len(doms) == 12, f"{len(doms)} domains, want 12")

print("== near-copies of kit examples (char 3-gram Jaccard >= 0.6)")
ex = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    for e in load(p):
        for k in ("text", "body", "subject"):
            if e.get(k) and len(e[k]) >= 8:
                ex.append((e["id"], grams(e[k])))
worst = 0.0
for x in sents + drafts + mails:
    for k in ("text", "body", "subject"):
        if x.get(k) and len(x[k]) >= 8:
            g = grams(x[k])
            for eid, eg in ex:
                j = jacc(g, eg)
                worst = max(worst, j)
                expect(j < 0.6, f"{x['id']}.{k} near-copy of kit {eid} (J={j:.2f})")
print(f"  max Jaccard to a kit example: {worst:.2f}")

print("== internal near-duplicates (same file, J >= 0.6)")
for rows, k in ((sents, "text"), (drafts, "text"), (mails, "body")):
    gs = [(x["id"], grams(x[k])) for x in rows]
    for i in range(len(gs)):
        for j in range(i + 1, len(gs)):
            if len(gs[i][1]) > 5 and jacc(gs[i][1], gs[j][1]) >= 0.6:
                print(f"  note: {gs[i][0]} ~ {gs[j][0]}")

if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("\nOK")
