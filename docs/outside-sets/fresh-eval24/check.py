#!/usr/bin/env python3
"""Check the built fresh-eval24 files: counts, ids, vocabularies, banned words, near-copies."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE24_KIT", "/work/fe24-kit")
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors, warnings = [], []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s)
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


def expect(what, got, lo, hi):
    if not lo <= got <= hi:
        errors.append(f"{what}: {got} not in [{lo}, {hi}]")


sents, drafts, mails = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")

# ids, fields, vocabularies
ids = Counter(x["id"] for x in sents + drafts + mails)
for i, n in ids.items():
    if n > 1:
        errors.append(f"duplicate id {i}")
for rows, pre, keys in ((sents, "s", {"id", "lang", "domain", "text", "labels"}),
                        (drafts, "d", {"id", "lang", "domain", "subject", "text", "labels"}),
                        (mails, "t", {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"})):
    for x in rows:
        if set(x) != keys:
            errors.append(f"{x.get('id')}: fields {sorted(x)}")
        if not re.fullmatch(rf"{pre}-{x['lang']}-\d{{3}}", x["id"]):
            errors.append(f"bad id {x['id']}")
        if x["lang"] not in ("ja", "en"):
            errors.append(f"{x['id']}: lang")
for x in sents:
    if any(l not in SENT_RULES for l in x["labels"]) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        errors.append(f"{x['id']}: labels {x['labels']}")
for x in drafts:
    if any(l not in DRAFT_RULES for l in x["labels"]) or len(x["labels"]) > 2:
        errors.append(f"{x['id']}: labels {x['labels']}")
for x in mails:
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        errors.append(f"{x['id']}: triage vocab")

# counts
print("== lint_sentences ==")
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    expect(f"sentences {lang}", len(it), n, n)
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"  {lang}: {len(it)} items, clean {clean} ({clean/len(it):.0%}), " + ", ".join(f"{r} {c[r]}" for r in SENT_RULES))
    expect(f"clean share {lang} x100", round(100 * clean / len(it)), 35, 45)
    for r in SENT_RULES:
        expect(f"sentences {lang} {r}", c[r], lo, hi)
print("== lint_drafts ==")
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    expect(f"drafts {lang}", len(it), n, n)
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    expect(f"clean drafts {lang}", clean, n // 2, n // 2)
    print(f"  {lang}: {len(it)} drafts, clean {clean}; " + ", ".join(f"{r} {c[r]}" for r in DRAFT_RULES if c[r]))
print("== triage_mails ==")
for lang, n, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}), ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    expect(f"mails {lang}", len(it), n, n)
    u = Counter(x["urgency"] for x in it)
    e = Counter(x["emotion"] for x in it)
    t = sum(x["terse"] for x in it)
    print(f"  {lang}: {len(it)} mails; urgency {dict(u)}; emotion {dict(e)}; terse {t}")
    for k, v in want.items():
        expect(f"mails {lang} urgency {k}", u[k], v - 2, v + 2)
    expect(f"mails {lang} angry share x100", round(100 * e["angry"] / n), 15, 25)
    expect(f"mails {lang} anxious share x100", round(100 * e["anxious"] / n), 15, 25)
    expect(f"mails {lang} positive share x100", round(100 * e["positive"] / n), 5, 11)
    expect(f"mails {lang} terse share x100", round(100 * t / n), 7, 13)

# domains: 12, each in both languages and in every file
doms = {}
for x in sents + drafts + mails:
    doms.setdefault(x["domain"], set()).add(x["lang"])
expect("number of domains", len(doms), 12, 12)
for d, langs in doms.items():
    if langs != {"ja", "en"}:
        errors.append(f"domain {d} only in {langs}")
for rows, what in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    for lang in ("ja", "en"):
        missing = set(doms) - {x["domain"] for x in rows if x["lang"] == lang}
        if missing:
            warnings.append(f"{what} {lang}: no items for {sorted(missing)}")

# banned words in high mails
for x in mails:
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in txt:
                errors.append(f"{x['id']}: banned word {w!r} in a high mail")

# near-copies of the kit examples (and duplicates inside the set)
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    with open(p, encoding="utf-8") as f:
        for l in f:
            if l.strip():
                o = json.loads(l)
                kit += [o[k] for k in ("text", "body", "subject") if isinstance(o.get(k), str) and len(o[k]) > 8]
kg = [grams(k) for k in kit]
ours = [(x["id"], x.get("text") or x.get("body")) for x in sents + drafts + mails]
og = [(i, grams(t)) for i, t in ours]
for i, g in og:
    for k, h in zip(kit, kg):
        j = jacc(g, h)
        if j >= 0.6:
            errors.append(f"{i}: near-copy of kit example (J={j:.2f}): {k[:40]}")
for a in range(len(og)):
    for b in range(a + 1, len(og)):
        j = jacc(og[a][1], og[b][1])
        if j >= 0.6:
            warnings.append(f"{og[a][0]} ~ {og[b][0]} (J={j:.2f})")

for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
