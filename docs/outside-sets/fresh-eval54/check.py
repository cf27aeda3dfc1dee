#!/usr/bin/env python3
"""Verify the fresh-eval54 files: counts, ids, vocabularies, banned words, near-copies of the kit."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe54-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"fp", "bnpl", "spring", "shukubo", "matwear", "nutri", "konbini", "sportsgoods",
           "pump", "wearable", "bootcamp", "condo"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
allids = [x["id"] for x in sents + drafts + mails]
if len(allids) != len(set(allids)):
    err("duplicate ids")
for rows, pre in ((sents, "s"), (drafts, "d"), (mails, "t")):
    for lang in ("ja", "en"):
        ids = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(ids) + 1)]
        if sorted(ids) != want:
            err(f"{pre}-{lang} ids not contiguous")
for x in sents + drafts + mails:
    if x["domain"] not in DOMAINS:
        err(f"{x['id']} unknown domain {x['domain']}")

# sentences
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"sentences {lang}: {len(it)} ({clean} clean = {clean/len(it):.0%}) {dict(c)}")
    if len(it) != n:
        err(f"sentences {lang}: {len(it)} != {n}")
    for l in SENT:
        if not lo <= c[l] <= hi:
            err(f"sentences {lang}: {l} count {c[l]} outside {lo}-{hi}")
    if not 0.35 <= clean / len(it) <= 0.45:
        err(f"sentences {lang}: clean share {clean/len(it):.2f}")
for x in sents:
    if not set(x["labels"]) <= SENT or len(x["labels"]) > 2 or set(x) != {"id", "lang", "domain", "text", "labels"}:
        err(f"{x['id']} bad labels/fields")

# drafts
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    c = Counter(l for x in it for l in x["labels"])
    clean = sum(not x["labels"] for x in it)
    print(f"drafts {lang}: {len(it)} ({clean} clean) {dict(c)}")
    if len(it) != n or clean != n // 2:
        err(f"drafts {lang}: {len(it)} items, {clean} clean")
for x in drafts:
    if not set(x["labels"]) <= DRAFT or set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        err(f"{x['id']} bad labels/fields")
    if not x["labels"] and re.search(r"〇〇|△△|〇月|\{[a-z_]+\}|\[[A-Z会社名氏名日付 ]+\]|【[^】]*名】|XXX", x["text"] + x["subject"]):
        err(f"{x['id']} clean draft contains a placeholder-like string")

# mails
for lang, n, want in (("ja", 120, (36, 60, 24)), ("en", 60, (18, 30, 12))):
    it = [x for x in mails if x["lang"] == lang]
    u = Counter(x["urgency"] for x in it)
    e = Counter(x["emotion"] for x in it)
    t = sum(x["terse"] for x in it)
    print(f"mails {lang}: {len(it)} urgency {dict(u)} emotion {dict(e)} terse {t}")
    if len(it) != n or (u["high"], u["normal"], u["low"]) != want:
        err(f"mails {lang}: counts {len(it)} {dict(u)}")
    if not 0.07 <= t / n <= 0.13:
        err(f"mails {lang}: terse share {t/n:.2f}")
for x in mails:
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        err(f"{x['id']} bad vocab")
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        err(f"{x['id']} bad fields")
    if x["urgency"] == "high":
        low = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in low:
                err(f"{x['id']} high mail uses banned word {w!r}")

# near-copies of the kit's examples
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    for o in load(p):
        for k in ("text", "body"):
            if o.get(k):
                kit.append((o["id"], grams(o[k])))
worst = (0.0, None, None)
for x in sents + drafts + mails:
    g = grams(x.get("text") or x.get("body") or "")
    for kid, kg in kit:
        j = jac(g, kg)
        if j > worst[0]:
            worst = (j, x["id"], kid)
        if j >= 0.6:
            err(f"{x['id']} near-copy of kit {kid} (J={j:.2f})")
print(f"max 3-gram Jaccard to kit examples: {worst[0]:.2f} ({worst[1]} vs {worst[2]})")

# near-duplicates inside the set (report only)
items = [(x["id"], grams(x.get("text") or x.get("body") or "")) for x in sents + drafts + mails]
dups = [(a, b, jac(ga, gb)) for i, (a, ga) in enumerate(items) for b, gb in items[i + 1:] if jac(ga, gb) >= 0.6]
print(f"internal near-duplicate pairs (J>=0.6): {len(dups)} {dups[:5]}")

print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
