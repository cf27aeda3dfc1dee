#!/usr/bin/env python3
"""Sanity checks for fresh-eval39 (does not run or need madoguchi).

Checks: line counts per file and language, unique and well-formed ids, label and
field vocabularies, label-count ranges from the brief, the banned urgency words in
high-urgency mails, every domain used in both languages, and that no item is a
near-copy (character 3-gram Jaccard >= 0.6) of the kit's example lines or of
another item in this set. Exit 1 on any failure.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe39-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"star", "petmem", "bousai", "illust", "score", "ramen", "seitai", "space",
           "pos", "tackle", "whale", "fanclub"}
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", "", t.lower())
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body"))


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
for rows, pre in ((sents, "s"), (drafts, "d"), (mails, "t")):
    ids = [x["id"] for x in rows]
    if len(ids) != len(set(ids)):
        fail(f"duplicate ids in {pre}")
    for x in rows:
        if not re.fullmatch(rf"{pre}-{x['lang']}-\d{{3}}", x["id"]):
            fail(f"bad id {x['id']}")
        if x["domain"] not in DOMAINS:
            fail(f"unknown domain {x['domain']} in {x['id']}")

# counts
def expect(n, want, what):
    if n != want:
        fail(f"{what}: {n} != {want}")

for lang, ns, nd, nm in (("ja", 160, 40, 120), ("en", 80, 20, 60)):
    expect(sum(x["lang"] == lang for x in sents), ns, f"sentences {lang}")
    expect(sum(x["lang"] == lang for x in drafts), nd, f"drafts {lang}")
    expect(sum(x["lang"] == lang for x in mails), nm, f"mails {lang}")

# sentences
print("== lint_sentences ==")
for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"  {lang}: {len(it)} items, clean {clean} ({clean/len(it):.0%}), labels {dict(c)}")
    if not 0.35 <= clean / len(it) <= 0.45:
        fail(f"sentences {lang}: clean share {clean/len(it):.2f}")
    for l in SENT:
        if not lo <= c[l] <= hi:
            fail(f"sentences {lang}: {l} count {c[l]} outside {lo}-{hi}")
for x in sents:
    if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        fail(f"bad labels {x['id']} {x['labels']}")

# drafts
print("== lint_drafts ==")
for lang in ("ja", "en"):
    it = [x for x in drafts if x["lang"] == lang]
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"  {lang}: {len(it)} items, clean {clean}, labels {dict(c)}")
    if clean != len(it) // 2:
        fail(f"drafts {lang}: clean {clean} is not half")
for x in drafts:
    if set(x["labels"]) - set(DRAFT):
        fail(f"bad labels {x['id']} {x['labels']}")
    if not x["subject"].strip():
        fail(f"empty subject {x['id']}")

# mails
print("== triage_mails ==")
for lang in ("ja", "en"):
    it = [x for x in mails if x["lang"] == lang]
    print(f"  {lang}: urgency {dict(Counter(x['urgency'] for x in it))}, "
          f"emotion {dict(Counter(x['emotion'] for x in it))}, terse {sum(x['terse'] for x in it)}")
want = {"ja": {"high": 36, "normal": 60, "low": 24}, "en": {"high": 18, "normal": 30, "low": 12}}
for lang in ("ja", "en"):
    c = Counter(x["urgency"] for x in mails if x["lang"] == lang)
    for u, n in want[lang].items():
        if abs(c[u] - n) > 2:
            fail(f"mails {lang}: {u} {c[u]} vs {n}")
for x in mails:
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        fail(f"bad triage fields {x['id']}")
    if x["urgency"] == "high":
        t = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in t:
                fail(f"banned word {w!r} in high mail {x['id']}")

# domains in both languages
for rows, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    for d in DOMAINS:
        langs = {x["lang"] for x in rows if x["domain"] == d}
        if langs != {"ja", "en"}:
            fail(f"{name}: domain {d} in {sorted(langs)}")

# near-copies of the kit examples, and within the set
kit = []
for fn in sorted(os.listdir(KIT)):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        kit += load(os.path.join(KIT, fn))
kg = [(k["id"], grams(text_of(k))) for k in kit]
allrows = sents + drafts + mails
worst = 0.0
for x in allrows:
    g = grams(text_of(x))
    for kid, k in kg:
        j = jac(g, k)
        worst = max(worst, j)
        if j >= 0.6:
            fail(f"{x['id']} is a near-copy of kit example {kid} (J={j:.2f})")
print(f"max 3-gram Jaccard vs kit examples: {worst:.2f}")
worst_in = (0.0, None, None)
gs = [(x["id"], grams(text_of(x))) for x in allrows]
for i in range(len(gs)):
    for j in range(i + 1, len(gs)):
        v = jac(gs[i][1], gs[j][1])
        if v > worst_in[0]:
            worst_in = (v, gs[i][0], gs[j][0])
        if v >= 0.6:
            fail(f"{gs[i][0]} and {gs[j][0]} are near-duplicates (J={v:.2f})")
print(f"max 3-gram Jaccard within the set: {worst_in[0]:.2f} ({worst_in[1]}, {worst_in[2]})")

print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
