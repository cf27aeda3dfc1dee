#!/usr/bin/env python3
"""Sanity checks for fresh-eval23 (run after build.py). Exit 1 on any failure."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE23_KIT", "/work/fe23-kit")
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"plants", "plumbing", "glass", "copier", "framing", "luthier", "toilets",
           "smartclass", "ikebana", "crane", "cheese", "heli"}
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", " ", t.lower()).strip()
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
ids = [x["id"] for x in S + D + T]
for i, c in Counter(ids).items():
    if c > 1:
        err(f"duplicate id {i}")
for name, items, pre in (("sentences", S, "s"), ("drafts", D, "d"), ("mails", T, "t")):
    for lang in ("ja", "en"):
        got = sorted(x["id"] for x in items if x["lang"] == lang)
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            err(f"{name}/{lang}: ids are not a contiguous {pre}-{lang}-001.. series")
        for x in items:
            if not x["id"].startswith(f"{pre}-{x['lang']}-"):
                err(f"{x['id']}: id prefix does not match lang")

# fields and vocabularies
for x in S:
    if set(x) != {"id", "lang", "domain", "text", "labels"}:
        err(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= set(SENT_RULES) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
        err(f"{x['id']}: bad labels {x['labels']}")
for x in D:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        err(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= set(DRAFT_RULES):
        err(f"{x['id']}: bad labels {x['labels']}")
for x in T:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        err(f"{x['id']}: fields {sorted(x)}")
    if x["urgency"] not in ("high", "normal", "low"): err(f"{x['id']}: urgency")
    if x["emotion"] not in ("angry", "anxious", "neutral", "positive"): err(f"{x['id']}: emotion")
    if not isinstance(x["terse"], bool): err(f"{x['id']}: terse not bool")
for x in S + D + T:
    if x["lang"] not in ("ja", "en"): err(f"{x['id']}: lang")
    if x["domain"] not in DOMAINS: err(f"{x['id']}: unknown domain {x['domain']}")
    if x["lang"] == "ja" and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text_of(x)):
        err(f"{x['id']}: ja item without Japanese text")
    if x["lang"] == "en" and re.search(r"[\u3040-\u30ff]", text_of(x)):
        err(f"{x['id']}: en item with kana")

# domains: all 12 in both languages, in every file
for name, items in (("sentences", S), ("drafts", D), ("mails", T)):
    for lang in ("ja", "en"):
        used = {x["domain"] for x in items if x["lang"] == lang}
        if name != "drafts" and used != DOMAINS:
            err(f"{name}/{lang}: domains {sorted(used)}")
        if name == "drafts" and len(used) < 10:
            err(f"{name}/{lang}: only {len(used)} domains")
for lang in ("ja", "en"):
    used = {x["domain"] for x in S + D + T if x["lang"] == lang}
    if used != DOMAINS:
        err(f"{lang}: not all 12 domains used")


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{name}: {n} not in [{lo}, {hi}]")


# sentence counts
for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in S if x["lang"] == lang]
    between(f"sentences/{lang} total", len(it), total, total)
    clean = sum(not x["labels"] for x in it)
    between(f"sentences/{lang} clean share x100", round(100 * clean / len(it)), 35, 45)
    c = Counter(l for x in it for l in x["labels"])
    for r in SENT_RULES:
        between(f"sentences/{lang} {r}", c[r], lo, hi)
# draft counts
for lang, total in (("ja", 40), ("en", 20)):
    it = [x for x in D if x["lang"] == lang]
    between(f"drafts/{lang} total", len(it), total, total)
    between(f"drafts/{lang} clean", sum(not x["labels"] for x in it), total // 2, total // 2)
    c = Counter(l for x in it for l in x["labels"])
    for r in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        between(f"drafts/{lang} {r}", c[r], 2, total)
    if not any(set(x["labels"]) & set(SENT_RULES) for x in it):
        err(f"drafts/{lang}: no draft carries a sentence label")
# triage counts
for lang, total, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                          ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in T if x["lang"] == lang]
    between(f"mails/{lang} total", len(it), total, total)
    u = Counter(x["urgency"] for x in it)
    for k, v in want.items():
        between(f"mails/{lang} urgency {k}", u[k], v - 2, v + 2)
    e = Counter(x["emotion"] for x in it)
    for k, share in (("angry", .2), ("anxious", .2), ("positive", .08)):
        between(f"mails/{lang} emotion {k}", e[k], round(total * share * .75), round(total * share * 1.25))
    between(f"mails/{lang} terse", sum(x["terse"] for x in it), round(total * .07), round(total * .13))

# banned words in high mails
for x in T:
    if x["urgency"] == "high":
        t = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in t:
                err(f"{x['id']}: high mail uses banned word {w!r}")

# near-copies of the kit's example lines
kit = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    kit += load(p)
if not kit:
    warn(f"no kit examples found under {KIT}")
kg = [(k.get("id"), grams(text_of(k))) for k in kit]
for x in S + D + T:
    g = grams(text_of(x))
    for kid, k in kg:
        j = jacc(g, k)
        if j >= 0.6:
            err(f"{x['id']}: near-copy of kit example {kid} (3-gram Jaccard {j:.2f})")
# near-duplicates inside the set (reported, not fatal)
allx = S + D + T
gs = [grams(text_of(x)) for x in allx]
for i in range(len(allx)):
    for j in range(i + 1, len(allx)):
        v = jacc(gs[i], gs[j])
        if v >= 0.6:
            warn(f"{allx[i]['id']} ~ {allx[j]['id']} (3-gram Jaccard {v:.2f})")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("FAIL", e)
if errors:
    sys.exit(1)
print(f"OK: {len(S)} sentences, {len(D)} drafts, {len(T)} mails; {len(kit)} kit examples compared")
