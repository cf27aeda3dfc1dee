#!/usr/bin/env python3
"""Verify the fresh-eval27 files: counts, ids, vocabularies, banned words, near-copies."""
import json, os, glob, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe27-kit")
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(m):
    errors.append(m)


def load(n):
    with open(os.path.join(HERE, n), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = "".join(s.split())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


sents, drafts, mails = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")
ids = [x["id"] for x in sents + drafts + mails]
if len(ids) != len(set(ids)):
    err("duplicate ids")

# --- sentences
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    if len(it) != n: err(f"sentences {lang}: {len(it)} != {n}")
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"sentences {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) {dict(sorted(c.items()))}")
    if not 0.35 <= clean / len(it) <= 0.45: err(f"sentences {lang}: clean share {clean/len(it):.2f}")
    for l in SENT:
        if not lo <= c[l] <= hi: err(f"sentences {lang}: {l}={c[l]} outside {lo}-{hi}")
for x in sents:
    if not set(x["labels"]) <= SENT or len(x["labels"]) > 2: err(f"{x['id']}: bad labels {x['labels']}")

# --- drafts
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    if len(it) != n: err(f"drafts {lang}: {len(it)} != {n}")
    clean = sum(not x["labels"] for x in it)
    c = Counter(l for x in it for l in x["labels"])
    print(f"drafts {lang}: n={len(it)} clean={clean} {dict(sorted(c.items()))}")
    if clean != n // 2: err(f"drafts {lang}: clean {clean} != {n//2}")
for x in drafts:
    if not set(x["labels"]) <= DRAFT: err(f"{x['id']}: bad labels")
    if not x["subject"].strip(): err(f"{x['id']}: empty subject")
    ph = any(p in x["subject"] + x["text"] for p in ("〇", "△", "{", "[", "【担当", "XX"))
    if ph != ("placeholder_left" in x["labels"]): err(f"{x['id']}: placeholder marker/label mismatch")

# --- mails
for lang, n, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}), ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    if len(it) != n: err(f"mails {lang}: {len(it)} != {n}")
    u = Counter(x["urgency"] for x in it); e = Counter(x["emotion"] for x in it); t = sum(x["terse"] for x in it)
    print(f"mails {lang}: n={len(it)} urgency={dict(u)} emotion={dict(e)} terse={t}")
    if dict(u) != want: err(f"mails {lang}: urgency {dict(u)} != {want}")
    for k, share in (("angry", .2), ("anxious", .2), ("positive", .08)):
        if abs(e[k] / n - share) > 0.05: err(f"mails {lang}: {k} share {e[k]/n:.2f}")
    if abs(t / n - 0.10) > 0.03: err(f"mails {lang}: terse share {t/n:.2f}")
for x in mails:
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        err(f"{x['id']}: bad triage fields")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for b in BANNED:
            if b in txt: err(f"{x['id']}: banned word {b!r} in a high mail")

# --- domains: 12, each in both languages, in every file
for name, rows in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
    for lang in ("ja", "en"):
        d = {x["domain"] for x in rows if x["lang"] == lang}
        if len(d) != 12: err(f"{name} {lang}: {len(d)} domains")
alld = {x["domain"] for x in sents + drafts + mails}
print("domains:", sorted(alld))

# --- near-copies of the kit examples, and duplicates inside the set
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    with open(p, encoding="utf-8") as f:
        for l in f:
            if l.strip():
                o = json.loads(l)
                kit.append(grams(o.get("text") or o.get("body") or ""))
texts = [(x["id"], x.get("text") or x.get("body")) for x in sents + drafts + mails]
G = [(i, grams(t)) for i, t in texts]
worst = 0.0
for i, g in G:
    for k in kit:
        j = jac(g, k); worst = max(worst, j)
        if j >= 0.6: err(f"{i}: near-copy of a kit example (J={j:.2f})")
print(f"max Jaccard against kit examples: {worst:.2f}")
for a in range(len(G)):
    for b in range(a + 1, len(G)):
        if jac(G[a][1], G[b][1]) >= 0.6: err(f"{G[a][0]} ~ {G[b][0]} near-duplicate")

if errors:
    print("\nFAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK")
