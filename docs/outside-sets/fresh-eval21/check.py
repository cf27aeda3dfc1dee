#!/usr/bin/env python3
"""Sanity checks for fresh-eval21. Exit 1 (and list the problems) if anything is off."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe21-kit"

SENT_LABELS = {"condescending", "vague", "imperative", "request_without_reason",
               "unknown_without_followup", "dismissive"}
DRAFT_LABELS = SENT_LABELS | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
URG = {"high", "normal", "low"}
EMO = {"angry", "anxious", "neutral", "positive"}
BANNED_HIGH = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

problems = []


def fail(msg):
    problems.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        fail(f"{name}: {n} not in [{lo}, {hi}]")


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))
allitems = sents + drafts + mails

# ids
ids = [x["id"] for x in allitems]
for i, c in Counter(ids).items():
    if c > 1:
        fail(f"duplicate id {i}")
for x, p in [(x, "s") for x in sents] + [(x, "d") for x in drafts] + [(x, "t") for x in mails]:
    if not re.fullmatch(rf"{p}-{x['lang']}-\d{{3}}", x["id"]):
        fail(f"bad id {x['id']}")

# fields and vocabularies
for x in sents:
    if set(x) != {"id", "lang", "domain", "text", "labels"}:
        fail(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= SENT_LABELS or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        fail(f"{x['id']}: labels {x['labels']}")
for x in drafts:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        fail(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= DRAFT_LABELS or len(set(x["labels"])) != len(x["labels"]):
        fail(f"{x['id']}: labels {x['labels']}")
for x in mails:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        fail(f"{x['id']}: fields {sorted(x)}")
    if x["urgency"] not in URG or x["emotion"] not in EMO or not isinstance(x["terse"], bool):
        fail(f"{x['id']}: urgency/emotion/terse {x['urgency']} {x['emotion']} {x['terse']}")
    if x["urgency"] == "high":
        low = text_of(x).lower()
        for w in BANNED_HIGH:
            if w in low:
                fail(f"{x['id']}: high mail uses banned word {w!r}")

# language sanity
for x in allitems:
    t = text_of(x)
    if x["lang"] == "ja" and not JA_RE.search(t):
        fail(f"{x['id']}: ja item without Japanese")
    if x["lang"] == "en" and JA_RE.search(t):
        fail(f"{x['id']}: en item with Japanese characters")

# counts
def by(items, lang):
    return [x for x in items if x["lang"] == lang]

between("sentences ja", len(by(sents, "ja")), 160, 160)
between("sentences en", len(by(sents, "en")), 80, 80)
between("drafts ja", len(by(drafts, "ja")), 40, 40)
between("drafts en", len(by(drafts, "en")), 20, 20)
between("mails ja", len(by(mails, "ja")), 120, 120)
between("mails en", len(by(mails, "en")), 60, 60)

for lang, lo, hi, n in (("ja", 16, 26, 160), ("en", 8, 12, 80)):
    it = by(sents, lang)
    c = Counter(l for x in it for l in x["labels"])
    for lab in sorted(SENT_LABELS):
        between(f"sentences {lang} {lab}", c[lab], lo, hi)
    clean = sum(1 for x in it if not x["labels"])
    between(f"sentences {lang} clean", clean, round(n * 0.36), round(n * 0.44))

for lang, n in (("ja", 40), ("en", 20)):
    it = by(drafts, lang)
    clean = sum(1 for x in it if not x["labels"])
    between(f"drafts {lang} clean", clean, n // 2 - 1, n // 2 + 1)
    c = Counter(l for x in it for l in x["labels"])
    for lab in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        between(f"drafts {lang} {lab}", c[lab], 2, n // 4)
    between(f"drafts {lang} with a sentence label", sum(1 for x in it if set(x["labels"]) & SENT_LABELS), 1, n // 6)

for lang, (h, nm, lw) in (("ja", (36, 60, 24)), ("en", (18, 30, 12))):
    it = by(mails, lang)
    u = Counter(x["urgency"] for x in it)
    between(f"mails {lang} high", u["high"], h - 2, h + 2)
    between(f"mails {lang} normal", u["normal"], nm - 3, nm + 3)
    between(f"mails {lang} low", u["low"], lw - 2, lw + 2)
    e = Counter(x["emotion"] for x in it)
    n = len(it)
    between(f"mails {lang} angry", e["angry"], round(n * 0.16), round(n * 0.24))
    between(f"mails {lang} anxious", e["anxious"], round(n * 0.16), round(n * 0.24))
    between(f"mails {lang} positive", e["positive"], round(n * 0.05), round(n * 0.11))
    between(f"mails {lang} terse", sum(x["terse"] for x in it), round(n * 0.08), round(n * 0.12))

# domains: 12, each in both languages in every file
doms = Counter(x["domain"] for x in allitems)
between("number of domains", len(doms), 12, 12)
for items, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    for d in doms:
        for lang in ("ja", "en"):
            if not any(x["domain"] == d and x["lang"] == lang for x in items):
                fail(f"{name}: domain {d} has no {lang} item")

# near-copies of the kit's examples (and within the set)
kit = []
for f in sorted(os.listdir(KIT)):
    if f.startswith("example_") and f.endswith(".jsonl"):
        kit += load(os.path.join(KIT, f))
kitg = [(k["id"], grams(text_of(k))) for k in kit]
for x in allitems:
    g = grams(text_of(x))
    for kid, kg in kitg:
        j = jacc(g, kg)
        if j >= 0.6:
            fail(f"{x['id']}: near-copy of kit example {kid} (3-gram Jaccard {j:.2f})")
# also each sentence of drafts/mails against kit sentences
kit_sents = [s for k in kit for s in re.split(r"[。\n.!?]", text_of(k)) if len(s) >= 12]
for x in allitems:
    for s in re.split(r"[。\n.!?]", text_of(x)):
        if len(s) < 12:
            continue
        for ks in kit_sents:
            j = jacc(grams(s), grams(ks))
            if j >= 0.6:
                fail(f"{x['id']}: sentence {s[:30]!r} near-copies kit sentence {ks[:30]!r} ({j:.2f})")
gs = [(x["id"], grams(text_of(x))) for x in allitems]
for i in range(len(gs)):
    for k in range(i + 1, len(gs)):
        j = jacc(gs[i][1], gs[k][1])
        if j >= 0.6:
            fail(f"{gs[i][0]} and {gs[k][0]} are near-duplicates ({j:.2f})")

if problems:
    print(f"FAIL: {len(problems)} problem(s)")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print(f"OK: {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails, {len(doms)} domains")
