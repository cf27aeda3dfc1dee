#!/usr/bin/env python3
"""Sanity checks for fresh-eval29b: counts, ids, vocabularies, banned words in high mails,
leftover placeholders in clean drafts, near-copies of the kit's example lines (char 3-gram Jaccard >= 0.6)
and near-duplicates inside the set."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe29-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"umbrella", "fpen", "linen", "foodtruck", "indigo", "hosting", "docstore", "fonts",
           "bagrepair", "kaiseki", "tea", "dolls"}
PLACEHOLDER = re.compile(r"〇〇|△△|××|〇月|〇日|\{[^}]*\}|\[[^\]]*\]|<<|XX")
errors = []


def err(m):
    errors.append(m)


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{name}: {n} not in [{lo},{hi}]")


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))
ids = [x["id"] for x in sents + drafts + mails]
if len(ids) != len(set(ids)):
    err("duplicate ids")

for lang, n in (("ja", 160), ("en", 80)):
    it = [x for x in sents if x["lang"] == lang]
    if len(it) != n:
        err(f"sentences {lang}: {len(it)} != {n}")
    clean = sum(not x["labels"] for x in it)
    between(f"sentences {lang} clean share", round(100 * clean / len(it)), 35, 45)
    c = Counter(l for x in it for l in x["labels"])
    lo, hi = (16, 26) if lang == "ja" else (8, 12)
    for l in SENT:
        between(f"sentences {lang} {l}", c[l], lo, hi)
    for x in it:
        if not set(x["labels"]) <= SENT or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: bad labels {x['labels']}")
        if not re.fullmatch(rf"s-{lang}-\d{{3}}", x["id"]):
            err(f"{x['id']}: bad id")

for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    if len(it) != n:
        err(f"drafts {lang}: {len(it)} != {n}")
    if sum(not x["labels"] for x in it) != n // 2:
        err(f"drafts {lang}: clean count != {n//2}")
    for x in it:
        if not set(x["labels"]) <= DRAFT:
            err(f"{x['id']}: bad labels")
        has_ph = bool(PLACEHOLDER.search(x["text"] + x["subject"]))
        if has_ph != ("placeholder_left" in x["labels"]):
            err(f"{x['id']}: placeholder pattern {has_ph} vs label")

targets = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
for lang, (n, urg) in targets.items():
    it = [x for x in mails if x["lang"] == lang]
    if len(it) != n:
        err(f"mails {lang}: {len(it)} != {n}")
    cu = Counter(x["urgency"] for x in it)
    for u, k in urg.items():
        between(f"mails {lang} {u}", cu[u], k - 2, k + 2)
    ce = Counter(x["emotion"] for x in it)
    between(f"mails {lang} angry %", round(100 * ce["angry"] / n), 15, 25)
    between(f"mails {lang} anxious %", round(100 * ce["anxious"] / n), 15, 25)
    between(f"mails {lang} positive %", round(100 * ce["positive"] / n), 5, 12)
    between(f"mails {lang} terse %", round(100 * sum(x["terse"] for x in it) / n), 8, 12)
    for x in it:
        if x["urgency"] not in urg or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            err(f"{x['id']}: bad vocab")
        if x["urgency"] == "high":
            t = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in t:
                    err(f"{x['id']}: banned word {w!r} in a high mail")

for x in sents + drafts + mails:
    if x["domain"] not in DOMAINS:
        err(f"{x['id']}: unknown domain {x['domain']}")
for kind, it in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
    for lang in ("ja", "en"):
        ds = Counter(x["domain"] for x in it if x["lang"] == lang)
        if set(ds) != DOMAINS:
            err(f"{kind} {lang}: domains missing {DOMAINS - set(ds)}")

# near-copies of the kit's examples
ex = []
for fn in sorted(os.listdir(KIT)):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        for o in load(os.path.join(KIT, fn)):
            for k in ("text", "body", "subject"):
                if o.get(k) and len(o[k]) >= 6:
                    ex.append(grams(o[k]))
fields = [(x["id"], x.get("text") or x.get("body")) for x in sents + drafts + mails]
fields += [(x["id"] + ":subject", x["subject"]) for x in drafts + mails if len(x["subject"]) >= 6]
for i, t in fields:
    g = grams(t)
    for e in ex:
        if jac(g, e) >= 0.6:
            err(f"{i}: near-copy of a kit example (Jaccard {jac(g, e):.2f})")
# near-duplicates inside the set
gs = [(i, grams(t)) for i, t in fields if ":" not in i]
for a in range(len(gs)):
    for b in range(a + 1, len(gs)):
        if jac(gs[a][1], gs[b][1]) >= 0.6:
            err(f"{gs[a][0]} ~ {gs[b][0]}: near-duplicate")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print(f"OK: {len(sents)} sentences, {len(drafts)} drafts, {len(mails)} mails; all checks passed")
