#!/usr/bin/env python3
"""Verify the fresh-eval51 files: counts, ids, vocabularies, label balance, banned words in
high-urgency mails, and that nothing is a near-copy of the kit's example lines (or of another
item in this set). Exit 1 on any hard failure; balance targets outside their range are errors too."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe51-kit")

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
URG = ["high", "normal", "low"]
EMO = ["angry", "anxious", "neutral", "positive"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = re.sub(r"\s+", "", s.lower())
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


def in_range(name, value, lo, hi):
    if not lo <= value <= hi:
        err(f"{name} = {value}, expected {lo}..{hi}")


sents = load("lint_sentences.jsonl")
drafts = load("lint_drafts.jsonl")
mails = load("triage_mails.jsonl")
allitems = sents + drafts + mails

# ---- ids, shape -------------------------------------------------------------
ids = [x["id"] for x in allitems]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
for fname, items, prefix, keys in [
        ("lint_sentences", sents, "s", ["id", "lang", "domain", "text", "labels"]),
        ("lint_drafts", drafts, "d", ["id", "lang", "domain", "subject", "text", "labels"]),
        ("triage_mails", mails, "t", ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])]:
    for lang in ("ja", "en"):
        part = [x for x in items if x["lang"] == lang]
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(part) + 1)]
        if sorted(x["id"] for x in part) != want:
            err(f"{fname}/{lang}: ids are not {want[0]}..{want[-1]} without gaps")
    for x in items:
        if list(x.keys()) != keys:
            err(f"{x['id']}: keys {list(x.keys())} != {keys}")
        if x["lang"] not in ("ja", "en"):
            err(f"{x['id']}: bad lang")

# ---- texts unique -----------------------------------------------------------
for name, items, key in [("sentence", sents, "text"), ("draft", drafts, "text"), ("mail", mails, "body")]:
    for t, c in Counter(x[key] for x in items).items():
        if c > 1:
            err(f"duplicate {name} text: {t[:40]!r}")

# ---- domains: 12, each in both languages and in every file -------------------
doms = sorted({x["domain"] for x in allitems})
in_range("number of domains", len(doms), 12, 12)
for d in doms:
    for fname, items in [("sentences", sents), ("drafts", drafts), ("mails", mails)]:
        for lang in ("ja", "en"):
            if not any(x["domain"] == d and x["lang"] == lang for x in items):
                err(f"domain {d} missing from {fname}/{lang}")

# ---- lint_sentences ---------------------------------------------------------
print("== lint_sentences ==")
for lang, total, (lo, hi) in [("ja", 160, (16, 26)), ("en", 80, (8, 12))]:
    part = [x for x in sents if x["lang"] == lang]
    in_range(f"sentences/{lang} count", len(part), total, total)
    clean = sum(1 for x in part if not x["labels"])
    in_range(f"sentences/{lang} clean %", round(100 * clean / len(part)), 35, 45)
    c = Counter(l for x in part for l in x["labels"])
    print(f"  {lang}: {len(part)} sentences, {clean} clean ({100*clean/len(part):.0f}%), "
          f"{sum(1 for x in part if len(x['labels']) == 2)} with two labels")
    for r in SENT_RULES:
        print(f"    {r:26s} {c[r]:3d}")
        in_range(f"sentences/{lang} {r}", c[r], lo, hi)
for x in sents:
    if len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        err(f"{x['id']}: bad label list {x['labels']}")
    for l in x["labels"]:
        if l not in SENT_RULES:
            err(f"{x['id']}: unknown label {l}")

# ---- lint_drafts ------------------------------------------------------------
print("== lint_drafts ==")
for lang, total in [("ja", 40), ("en", 20)]:
    part = [x for x in drafts if x["lang"] == lang]
    in_range(f"drafts/{lang} count", len(part), total, total)
    clean = sum(1 for x in part if not x["labels"])
    in_range(f"drafts/{lang} clean", clean, total // 2, total // 2)
    c = Counter(l for x in part for l in x["labels"])
    print(f"  {lang}: {len(part)} drafts, {clean} clean")
    for r in DRAFT_RULES:
        if c[r]:
            print(f"    {r:26s} {c[r]:3d}")
    for r in ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]:
        in_range(f"drafts/{lang} {r}", c[r], 2, 8)
for x in drafts:
    if not x["subject"].strip():
        err(f"{x['id']}: empty subject")
    for l in x["labels"]:
        if l not in DRAFT_RULES:
            err(f"{x['id']}: unknown label {l}")
PH = re.compile(r"[〇○◯△□×＊*]{2}|〇月|〇日|\{[^}]*\}|\[[^\]]*(名|name|Name)[^\]]*\]|<<[^>]*>>|XX|ＸＸ")
for x in drafts:
    has = bool(PH.search(x["subject"] + x["text"]))
    if has != ("placeholder_left" in x["labels"]):
        err(f"{x['id']}: placeholder pattern present={has} but labels={x['labels']}")

# ---- triage_mails -----------------------------------------------------------
print("== triage_mails ==")
targets = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
for lang, (total, ut) in targets.items():
    part = [x for x in mails if x["lang"] == lang]
    in_range(f"mails/{lang} count", len(part), total, total)
    u = Counter(x["urgency"] for x in part)
    e = Counter(x["emotion"] for x in part)
    t = sum(1 for x in part if x["terse"])
    print(f"  {lang}: {len(part)} mails  urgency {dict(u)}  emotion {dict(e)}  terse {t}")
    for k, v in ut.items():
        in_range(f"mails/{lang} urgency={k}", u[k], v - 2, v + 2)
    for k, frac in [("angry", .20), ("anxious", .20), ("positive", .08)]:
        in_range(f"mails/{lang} emotion={k}", e[k], round(total * frac) - 3, round(total * frac) + 3)
    in_range(f"mails/{lang} terse", t, round(total * .1) - 2, round(total * .1) + 2)
for x in mails:
    if x["urgency"] not in URG:
        err(f"{x['id']}: bad urgency")
    if x["emotion"] not in EMO:
        err(f"{x['id']}: bad emotion")
    if not isinstance(x["terse"], bool):
        err(f"{x['id']}: terse not bool")
    if x["urgency"] == "high":
        low = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in low:
                err(f"{x['id']}: high mail uses banned word {w!r}")

# ---- near-copies of the kit examples -----------------------------------------
kit = []
for p in sorted(glob.glob(os.path.join(KIT, "example_*.jsonl"))):
    with open(p, encoding="utf-8") as f:
        kit += [json.loads(l) for l in f if l.strip()]
if not kit:
    err("no kit example files found")
kitg = [(k["id"], grams(text_of(k))) for k in kit]
worst = (0.0, None, None)
for x in allitems:
    g = grams(text_of(x))
    for kid, kg in kitg:
        j = jacc(g, kg)
        if j > worst[0]:
            worst = (j, x["id"], kid)
        if j >= 0.6:
            err(f"{x['id']} is a near-copy of kit example {kid} (3-gram Jaccard {j:.2f})")
print(f"== closest item to a kit example: {worst[1]} ~ {worst[2]} (Jaccard {worst[0]:.2f})")

# ---- near-duplicates inside the set (same file) -----------------------------
for name, items in [("sentences", sents), ("drafts", drafts), ("mails", mails)]:
    gs = [(x["id"], grams(text_of(x))) for x in items]
    for i in range(len(gs)):
        for j in range(i + 1, len(gs)):
            s = jacc(gs[i][1], gs[j][1])
            if s >= 0.6:
                err(f"{gs[i][0]} and {gs[j][0]} are near-duplicates (Jaccard {s:.2f})")

print()
for w in warnings:
    print("WARNING:", w)
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("all checks passed")
