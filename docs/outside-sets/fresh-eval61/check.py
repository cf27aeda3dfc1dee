#!/usr/bin/env python3
"""Sanity checks for fresh-eval61. Exit 1 on any failure; prints counts either way."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE61_KIT", "/work/fe61-kit")

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
DOMAINS = {"visitnurse", "cruise", "refrig", "isocert", "carseat", "occhealth",
           "benefits", "powertools", "qrpay", "unicoop", "restoration", "telerad"}
BANNED_HIGH = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
# domains already used by earlier sets (from the kit README); none may be reused
FORBIDDEN_DOMAIN_WORDS = ["funeral", "wedding", "vet", "pharmacy", "hotel", "saas", "e-commerce",
                          "banking", "insurance", "telecom", "clinic", "elder", "childcare"]

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n}: bad JSON ({e})")
    return rows


def grams(t):
    t = re.sub(r"\s+", "", t)
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def within(label, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{label}: {n} not in [{lo}, {hi}]")


sents = load("lint_sentences.jsonl")
drafts = load("lint_drafts.jsonl")
mails = load("triage_mails.jsonl")

# ---- ids, keys, domains
all_ids = Counter(x.get("id") for x in sents + drafts + mails)
for i, c in all_ids.items():
    if c > 1:
        err(f"duplicate id {i}")
for name, rows, prefix, keys in [
        ("sentences", sents, "s", ["id", "lang", "domain", "text", "labels"]),
        ("drafts", drafts, "d", ["id", "lang", "domain", "subject", "text", "labels"]),
        ("mails", mails, "t", ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])]:
    for x in rows:
        if sorted(x) != sorted(keys):
            err(f"{name} {x.get('id')}: keys {sorted(x)}")
        if not re.fullmatch(rf"{prefix}-(ja|en)-\d{{3}}", x.get("id", "")) or x["id"].split("-")[1] != x.get("lang"):
            err(f"{name} {x.get('id')}: bad id/lang")
        if x.get("domain") not in DOMAINS:
            err(f"{name} {x.get('id')}: unknown domain {x.get('domain')}")
    by = Counter((x["lang"], x["domain"]) for x in rows)
    for dmn in DOMAINS:
        for lang in ("ja", "en"):
            if by[(lang, dmn)] == 0:
                err(f"{name}: domain {dmn} has no {lang} item")
for dmn in DOMAINS:
    for w in FORBIDDEN_DOMAIN_WORDS:
        if w == dmn:
            err(f"domain {dmn} is on the used list")

# ---- sentences
print("== lint_sentences ==")
for lang, n_total, lo, hi in [("ja", 160, 16, 26), ("en", 80, 8, 12)]:
    it = [x for x in sents if x["lang"] == lang]
    within(f"sentences {lang} count", len(it), n_total, n_total)
    clean = sum(1 for x in it if not x["labels"])
    print(f"  {lang}: {len(it)} items, clean {clean} ({clean / max(1, len(it)):.0%})")
    within(f"sentences {lang} clean share %", round(100 * clean / max(1, len(it))), 35, 45)
    c = Counter(l for x in it for l in x["labels"])
    for r in SENT_RULES:
        print(f"    {r:26s} {c[r]}")
        within(f"sentences {lang} {r}", c[r], lo, hi)
    for x in it:
        if len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: labels {x['labels']}")
        for l in x["labels"]:
            if l not in SENT_RULES:
                err(f"{x['id']}: label {l}")
    print(f"    two-label items: {sum(1 for x in it if len(x['labels']) == 2)}")

# ---- drafts
print("== lint_drafts ==")
for lang, n_total in [("ja", 40), ("en", 20)]:
    it = [x for x in drafts if x["lang"] == lang]
    within(f"drafts {lang} count", len(it), n_total, n_total)
    clean = sum(1 for x in it if not x["labels"])
    print(f"  {lang}: {len(it)} drafts, clean {clean}")
    within(f"drafts {lang} clean", clean, n_total // 2 - 1, n_total // 2 + 1)
    c = Counter(l for x in it for l in x["labels"])
    for r in DRAFT_RULES:
        if c[r]:
            print(f"    {r:26s} {c[r]}")
    for r in ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]:
        if c[r] < 2:
            err(f"drafts {lang}: too few {r}")
    for x in it:
        for l in x["labels"]:
            if l not in DRAFT_RULES:
                err(f"{x['id']}: label {l}")
        if not x["subject"].strip() or len(x["text"]) < 80:
            err(f"{x['id']}: empty subject or too-short text")
        ph = re.search(r"〇〇|△△|〇月〇日|\{[A-Za-z_]+\}|\[[^\]\n]{1,20}\]|【[^】\n]*名】|<<[A-Z_]+>>", x["text"] + x["subject"])
        if "placeholder_left" in x["labels"] and not ph:
            err(f"{x['id']}: placeholder_left but no placeholder-looking text")

# ---- mails
print("== triage_mails ==")
targets = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
for lang, (n_total, urg) in targets.items():
    it = [x for x in mails if x["lang"] == lang]
    within(f"mails {lang} count", len(it), n_total, n_total)
    cu = Counter(x["urgency"] for x in it)
    ce = Counter(x["emotion"] for x in it)
    ct = sum(1 for x in it if x["terse"])
    print(f"  {lang}: {len(it)} mails  urgency {dict(cu)}  emotion {dict(ce)}  terse {ct}")
    for u, n in urg.items():
        within(f"mails {lang} urgency {u}", cu[u], n - 2, n + 2)
    for e, share in [("angry", 0.20), ("anxious", 0.20), ("positive", 0.08)]:
        within(f"mails {lang} emotion {e}", ce[e], round(share * n_total * 0.75), round(share * n_total * 1.35))
    within(f"mails {lang} terse", ct, round(0.07 * n_total), round(0.13 * n_total))
    for x in it:
        if x["urgency"] not in urg or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            err(f"{x['id']}: bad label values")
        if x["urgency"] == "high":
            low = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED_HIGH:
                if w.lower() in low:
                    err(f"{x['id']}: high mail uses banned word {w!r}")
        if x["terse"] and len(x["body"]) > 120:
            err(f"{x['id']}: terse but long")

# ---- near-copies of the kit's examples, and near-duplicates inside the set
kit_texts = []
for fn in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
    p = os.path.join(KIT, fn)
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    kit_texts.append(o.get("text") or o.get("body") or "")
    else:
        err(f"kit example file missing: {p}")
kit_g = [grams(t) for t in kit_texts if t]
own = [(x["id"], x["text"]) for x in sents + drafts] + [(x["id"], x["body"]) for x in mails]
own_g = [(i, grams(t)) for i, t in own]
worst = 0.0
for i, g in own_g:
    for kg in kit_g:
        j = jacc(g, kg)
        worst = max(worst, j)
        if j >= 0.6:
            err(f"{i}: near-copy of a kit example (Jaccard {j:.2f})")
print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")
worst_in, pair = 0.0, None
for a in range(len(own_g)):
    for b in range(a + 1, len(own_g)):
        ga, gb = own_g[a][1], own_g[b][1]
        if len(ga) < 8 or len(gb) < 8:
            continue
        j = jacc(ga, gb)
        if j > worst_in:
            worst_in, pair = j, (own_g[a][0], own_g[b][0])
        if j >= 0.6:
            err(f"{own_g[a][0]} ~ {own_g[b][0]}: near-duplicate inside the set (Jaccard {j:.2f})")
print(f"max 3-gram Jaccard inside the set: {worst_in:.2f} {pair}")

if errors:
    print("\nFAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
