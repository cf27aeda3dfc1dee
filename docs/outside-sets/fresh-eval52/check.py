#!/usr/bin/env python3
"""Verify fresh-eval52: counts, unique ids, label vocabularies, banned words in high
mails, and no near-copies of the kit's example lines (character 3-gram Jaccard >= 0.6).
Prints a summary table; exits 1 on any hard failure.  Run: python3 check.py [kit_dir]
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "fe52-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors, warnings = [], []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", " ", t.lower())
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def expect(what, got, lo, hi):
    if not lo <= got <= hi:
        errors.append(f"{what}: {got} not in [{lo}, {hi}]")


sents, drafts, mails = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")

# ids and fields
ids = [x["id"] for x in sents + drafts + mails]
for i, c in Counter(ids).items():
    if c > 1:
        errors.append(f"duplicate id {i}")
for rows, prefix, keys in ((sents, "s", ["id", "lang", "domain", "text", "labels"]),
                           (drafts, "d", ["id", "lang", "domain", "subject", "text", "labels"]),
                           (mails, "t", ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])):
    for x in rows:
        if list(x) != keys:
            errors.append(f"{x.get('id')}: fields {list(x)}")
        if not re.fullmatch(rf"{prefix}-(ja|en)-\d{{3}}", x["id"]) or x["id"][2:4] != x["lang"]:
            errors.append(f"bad id {x['id']}")
        if prefix == "s" and not x["text"].strip():
            errors.append(f"{x['id']}: empty text")
for lang in ("ja", "en"):
    for rows, prefix in ((sents, "s"), (drafts, "d"), (mails, "t")):
        got = sorted(x["id"] for x in rows if x["lang"] == lang)
        want = [f"{prefix}-{lang}-{n:03d}" for n in range(1, len(got) + 1)]
        if got != want:
            errors.append(f"{prefix}-{lang}: ids not consecutive")

# vocabularies
for x in sents:
    for l in x["labels"]:
        if l not in SENT:
            errors.append(f"{x['id']}: label {l}")
    if len(set(x["labels"])) != len(x["labels"]) or len(x["labels"]) > 2:
        errors.append(f"{x['id']}: labels {x['labels']}")
for x in drafts:
    for l in x["labels"]:
        if l not in DRAFT:
            errors.append(f"{x['id']}: label {l}")
for x in mails:
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        errors.append(f"{x['id']}: bad triage labels")

# banned urgency words in high mails
for x in mails:
    if x["urgency"] == "high":
        t = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in t:
                errors.append(f"{x['id']}: high mail uses banned word {w!r}")

# counts
def bylang(rows, lang):
    return [x for x in rows if x["lang"] == lang]

S_RANGE = {"ja": (16, 26), "en": (8, 12)}
print("== lint_sentences ==")
for lang, n in (("ja", 160), ("en", 80)):
    r = bylang(sents, lang)
    expect(f"sentences {lang}", len(r), n, n)
    clean = sum(not x["labels"] for x in r)
    expect(f"sentences {lang} clean share x100", round(100 * clean / len(r)), 35, 45)
    c = Counter(l for x in r for l in x["labels"])
    print(f"  {lang}: {len(r)} sentences, {clean} clean, {sum(len(x['labels']) == 2 for x in r)} with two labels")
    for l in SENT:
        print(f"    {l:26s} {c[l]:3d}")
        expect(f"sentences {lang} {l}", c[l], *S_RANGE[lang])

print("== lint_drafts ==")
for lang, n in (("ja", 40), ("en", 20)):
    r = bylang(drafts, lang)
    expect(f"drafts {lang}", len(r), n, n)
    clean = sum(not x["labels"] for x in r)
    expect(f"drafts {lang} clean", clean, n // 2 - 1, n // 2 + 1)
    c = Counter(l for x in r for l in x["labels"])
    print(f"  {lang}: {len(r)} drafts, {clean} clean")
    for l in DRAFT:
        print(f"    {l:26s} {c[l]:3d}")
    for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        expect(f"drafts {lang} {l}", c[l], 3, 99)

print("== triage_mails ==")
T_WANT = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
for lang in ("ja", "en"):
    n, want = T_WANT[lang]
    r = bylang(mails, lang)
    expect(f"mails {lang}", len(r), n, n)
    u, e = Counter(x["urgency"] for x in r), Counter(x["emotion"] for x in r)
    t = sum(x["terse"] for x in r)
    print(f"  {lang}: {len(r)} mails; urgency {dict(u)}; emotion {dict(e)}; terse {t}")
    for k, v in want.items():
        expect(f"mails {lang} urgency {k}", u[k], v - 3, v + 3)
    expect(f"mails {lang} angry share x100", round(100 * e["angry"] / n), 15, 27)
    expect(f"mails {lang} anxious share x100", round(100 * e["anxious"] / n), 15, 27)
    expect(f"mails {lang} positive share x100", round(100 * e["positive"] / n), 5, 12)
    expect(f"mails {lang} terse share x100", round(100 * t / n), 7, 13)

# domains: every domain in both languages in every file
print("== domains ==")
doms = sorted({x["domain"] for x in sents + drafts + mails})
print(f"  {len(doms)} domains: {', '.join(doms)}")
for name, rows in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
    for d in doms:
        for lang in ("ja", "en"):
            if not any(x["domain"] == d and x["lang"] == lang for x in rows):
                errors.append(f"{name}: domain {d} has no {lang} item")

# near-copies of the kit examples, and near-duplicates inside the set
ex_texts = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    with open(p, encoding="utf-8") as f:
        for l in f:
            if l.strip():
                o = json.loads(l)
                ex_texts += [o[k] for k in ("text", "body", "subject") if k in o and len(o[k]) >= 8]
if not ex_texts:
    warnings.append(f"no kit examples found under {KIT}")
ex_g = [grams(t) for t in ex_texts]
ours = [(x["id"], x.get("text") or x.get("body")) for x in sents + drafts + mails]
our_g = [(i, grams(t)) for i, t in ours]
for i, g in our_g:
    for eg in ex_g:
        if jacc(g, eg) >= 0.6:
            errors.append(f"{i}: near-copy of a kit example")
for a in range(len(our_g)):
    for b in range(a + 1, len(our_g)):
        j = jacc(our_g[a][1], our_g[b][1])
        if j >= 0.6:
            warnings.append(f"{our_g[a][0]} ~ {our_g[b][0]}: 3-gram Jaccard {j:.2f}")

print(f"  max 3-gram Jaccard to a kit example: "
      f"{max((jacc(g, eg) for _, g in our_g for eg in ex_g), default=0):.2f}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
