#!/usr/bin/env python3
"""Sanity checks for the fresh-eval59 files (not a scorer).

Checks: line counts per language, unique ids and id format, label vocabularies, per-label
counts in the ranges the brief asks for, triage distributions, banned urgency words in high
mails, every domain used in both languages, and no near-copy (character 3-gram Jaccard >= 0.6)
of the kit's example lines or between two items of this set.
Exit code 0 when everything passes, 1 otherwise.
"""
import glob, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE59_KIT", "/work/fe59-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def fail(msg):
    problems.append(msg)
    print("FAIL:", msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.lower()).strip()
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def in_range(what, n, lo, hi):
    ok = lo <= n <= hi
    print(f"  {what:45s} {n:4d}  (want {lo}-{hi}){'' if ok else '  <-- out of range'}")
    if not ok:
        fail(f"{what}: {n} not in {lo}-{hi}")


sents = load("lint_sentences.jsonl")
drafts = load("lint_drafts.jsonl")
mails = load("triage_mails.jsonl")

# ---- ids
allids = [x["id"] for x in sents + drafts + mails]
if len(allids) != len(set(allids)):
    fail("duplicate ids: " + ", ".join(k for k, v in Counter(allids).items() if v > 1))
for prefix, rows in (("s", sents), ("d", drafts), ("t", mails)):
    for lang in ("ja", "en"):
        ids = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(ids) + 1)]
        if sorted(ids) != want:
            fail(f"{prefix}-{lang} ids are not a complete 001.. sequence")
    for x in rows:
        if not x["id"].startswith(f"{prefix}-{x['lang']}-"):
            fail(f"id/lang mismatch {x['id']}")

# ---- sentences
print("lint_sentences.jsonl")
for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    in_range(f"{lang} sentences", len(it), total, total)
    clean = sum(not x["labels"] for x in it)
    in_range(f"{lang} clean sentences", clean, int(total * 0.35), int(total * 0.45))
    c = Counter(l for x in it for l in x["labels"])
    for l in SENT:
        in_range(f"{lang} {l}", c[l], lo, hi)
for x in sents:
    if set(x.keys()) != {"id", "lang", "domain", "text", "labels"}:
        fail(f"{x['id']}: keys {sorted(x)}")
    if not set(x["labels"]) <= set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        fail(f"{x['id']}: bad labels {x['labels']}")

# ---- drafts
print("lint_drafts.jsonl")
for lang, total in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    in_range(f"{lang} drafts", len(it), total, total)
    in_range(f"{lang} clean drafts", sum(not x["labels"] for x in it), total // 2, total // 2)
    c = Counter(l for x in it for l in x["labels"])
    for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        in_range(f"{lang} {l}", c[l], 2, 8)
    in_range(f"{lang} drafts with a sentence label", sum(1 for x in it if set(x["labels"]) & set(SENT)), 1, 6)
for x in drafts:
    if set(x.keys()) != {"id", "lang", "domain", "subject", "text", "labels"}:
        fail(f"{x['id']}: keys {sorted(x)}")
    if not set(x["labels"]) <= set(DRAFT):
        fail(f"{x['id']}: bad labels {x['labels']}")
    if not x["labels"]:
        # a clean draft must not contain an obvious template slot
        if re.search(r"〇〇|△△|〇月〇日|\{[a-z_]+\}|\[[^\]]*(名|name|会社)[^\]]*\]|<<|XX/", x["text"]):
            fail(f"{x['id']}: clean draft looks like it has a placeholder")

# ---- triage
print("triage_mails.jsonl")
for lang, total, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                          ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    in_range(f"{lang} mails", len(it), total, total)
    u = Counter(x["urgency"] for x in it)
    for k, v in want.items():
        in_range(f"{lang} urgency={k}", u[k], v - 2, v + 2)
    e = Counter(x["emotion"] for x in it)
    in_range(f"{lang} emotion=angry", e["angry"], int(total * 0.15), int(total * 0.25))
    in_range(f"{lang} emotion=anxious", e["anxious"], int(total * 0.15), int(total * 0.25))
    in_range(f"{lang} emotion=positive", e["positive"], int(total * 0.05), int(total * 0.12))
    in_range(f"{lang} terse", sum(x["terse"] for x in it), int(total * 0.07), int(total * 0.13))
for x in mails:
    if set(x.keys()) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        fail(f"{x['id']}: keys {sorted(x)}")
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        fail(f"{x['id']}: bad urgency/emotion/terse")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in txt:
                fail(f"{x['id']}: high mail uses banned word {w!r}")

# ---- domains: 12, each in both languages in every file
print("domains")
doms = Counter(x["domain"] for x in sents + drafts + mails)
print("  ", dict(sorted(doms.items())))
if len(doms) != 12:
    fail(f"{len(doms)} domains, want 12")
for name, rows in (("sentences", sents), ("drafts", drafts), ("triage", mails)):
    by = defaultdict(set)
    for x in rows:
        by[x["domain"]].add(x["lang"])
    for d in doms:
        if by[d] != {"ja", "en"}:
            fail(f"{name}: domain {d} not used in both languages ({sorted(by[d])})")

# ---- near copies
print("near-copy check (char 3-gram Jaccard >= 0.6)")
def texts(x):
    return [x[k] for k in ("text", "body") if k in x]
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    with open(p, encoding="utf-8") as f:
        for l in f:
            if l.strip():
                o = json.loads(l)
                kit += [(o["id"], t) for t in texts(o)]
mine = [(x["id"], t) for x in sents + drafts + mails for t in texts(x)]
kg = [(i, grams(t)) for i, t in kit]
mg = [(i, grams(t)) for i, t in mine]
worst = 0.0
for i, g in mg:
    for j, h in kg:
        s = jacc(g, h)
        worst = max(worst, s)
        if s >= 0.6:
            fail(f"{i} is a near-copy of kit example {j} ({s:.2f})")
print(f"  max similarity to a kit example: {worst:.2f} ({len(kit)} kit texts)")
worst = 0.0
for a in range(len(mg)):
    for b in range(a + 1, len(mg)):
        s = jacc(mg[a][1], mg[b][1])
        if s > worst:
            worst, pair = s, (mg[a][0], mg[b][0])
        if s >= 0.6:
            fail(f"{mg[a][0]} and {mg[b][0]} are near-duplicates ({s:.2f})")
print(f"  max similarity between two items of this set: {worst:.2f} {pair}")

print()
print("OK" if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
