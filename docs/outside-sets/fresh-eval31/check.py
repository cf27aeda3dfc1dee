#!/usr/bin/env python3
"""Sanity checks for fresh-eval31. Exit status 1 on any hard failure."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe31-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"dogcare", "woodshop", "gravestone", "tiling", "yakatabune", "icecarving",
           "kendogu", "sushiclass", "pianomove", "candle", "glassblow", "bouncy"}
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
allids = [x["id"] for x in sents + drafts + mails]
dup = [i for i, c in Counter(allids).items() if c > 1]
if dup:
    fail(f"duplicate ids {dup}")
for rows, pre in ((sents, "s"), (drafts, "d"), (mails, "t")):
    for lang in ("ja", "en"):
        ids = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(ids) + 1)]
        if sorted(ids) != want:
            fail(f"{pre}-{lang} ids not contiguous")

# fields, vocab, domains
for x in sents:
    if set(x) != {"id", "lang", "domain", "text", "labels"}:
        fail(f"{x['id']} fields {sorted(x)}")
    if not set(x["labels"]) <= set(SENT) or len(x["labels"]) > 2:
        fail(f"{x['id']} labels {x['labels']}")
for x in drafts:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        fail(f"{x['id']} fields {sorted(x)}")
    if not set(x["labels"]) <= set(DRAFT):
        fail(f"{x['id']} labels {x['labels']}")
for x in mails:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        fail(f"{x['id']} fields {sorted(x)}")
    if x["urgency"] not in ("high", "normal", "low") or \
            x["emotion"] not in ("angry", "anxious", "neutral", "positive") or \
            not isinstance(x["terse"], bool):
        fail(f"{x['id']} bad triage values")
for x in sents + drafts + mails:
    if x["domain"] not in DOMAINS:
        fail(f"{x['id']} unknown domain {x['domain']}")
for rows, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    for lang in ("ja", "en"):
        used = {x["domain"] for x in rows if x["lang"] == lang}
        if used != DOMAINS:
            fail(f"{name}/{lang} domains missing: {DOMAINS - used}")


def expect(cond, msg):
    if not cond:
        fail(msg)


# counts
print("== lint_sentences ==")
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    clean = sum(not x["labels"] for x in it)
    c = Counter(l for x in it for l in x["labels"])
    print(f"  {lang}: {len(it)} items, {clean} clean ({clean/len(it):.0%}), doubles {sum(len(x['labels'])==2 for x in it)}")
    for l in SENT:
        print(f"     {l:26s} {c[l]}")
        expect(lo <= c[l] <= hi, f"sentences {lang} {l}={c[l]} outside {lo}-{hi}")
    expect(len(it) == n, f"sentences {lang} count {len(it)} != {n}")
    expect(0.35 <= clean / len(it) <= 0.45, f"sentences {lang} clean share {clean/len(it):.2f}")

print("== lint_drafts ==")
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    clean = sum(not x["labels"] for x in it)
    c = Counter(l for x in it for l in x["labels"])
    print(f"  {lang}: {len(it)} drafts, {clean} clean")
    for l in DRAFT:
        if c[l]:
            print(f"     {l:26s} {c[l]}")
    expect(len(it) == n, f"drafts {lang} count")
    expect(clean == n // 2, f"drafts {lang} clean {clean} != {n//2}")
    # placeholder sanity: clean drafts must not contain typical placeholder marks
    for x in it:
        hasph = bool(re.search(r"〇〇|△△|〇月〇日|××|●●|\{[^}]*\}|\[[^\]]*\]|＿＿|\bXX\b", x["subject"] + x["text"]))
        if hasph != ("placeholder_left" in x["labels"]):
            fail(f"{x['id']} placeholder mark vs label mismatch")

print("== triage_mails ==")
for lang, n, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                      ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    u = Counter(x["urgency"] for x in it)
    e = Counter(x["emotion"] for x in it)
    t = sum(x["terse"] for x in it)
    print(f"  {lang}: {len(it)} mails, urgency {dict(u)}, emotion {dict(e)}, terse {t}")
    expect(len(it) == n, f"mails {lang} count")
    for k, v in want.items():
        expect(abs(u[k] - v) <= 2, f"mails {lang} urgency {k}={u[k]} want ~{v}")
    for k in ("angry", "anxious"):
        expect(0.15 <= e[k] / n <= 0.25, f"mails {lang} {k} share {e[k]/n:.2f}")
    expect(0.05 <= e["positive"] / n <= 0.11, f"mails {lang} positive share")
    expect(0.07 <= t / n <= 0.13, f"mails {lang} terse share {t/n:.2f}")

# banned words in high mails
for x in mails:
    if x["urgency"] == "high":
        s = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in s:
                fail(f"{x['id']} high mail contains banned word {w!r}")

# near copies of kit examples, and near duplicates inside the set
kit = []
for fn in os.listdir(KIT):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        for r in load(os.path.join(KIT, fn)):
            kit.append(grams(r.get("text") or r.get("body") or ""))
            if r.get("subject"):
                kit.append(grams(r["subject"]))
ours = [(x["id"], grams(x.get("text") or x.get("body"))) for x in sents + drafts + mails]
worst = 0.0
for i, g in ours:
    for k in kit:
        j = jac(g, k)
        worst = max(worst, j)
        if j >= 0.6:
            fail(f"{i} near-copies a kit example (3-gram Jaccard {j:.2f})")
print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")
inner = 0.0
for a in range(len(ours)):
    for b in range(a + 1, len(ours)):
        j = jac(ours[a][1], ours[b][1])
        if j > inner:
            inner, pair = j, (ours[a][0], ours[b][0])
        if j >= 0.6:
            fail(f"{ours[a][0]} and {ours[b][0]} are near duplicates ({j:.2f})")
print(f"max 3-gram Jaccard inside the set: {inner:.2f} {pair}")

print("\nALL CHECKS PASSED" if not fails else f"\n{len(fails)} FAILURES")
sys.exit(1 if fails else 0)
