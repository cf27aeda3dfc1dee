#!/usr/bin/env python3
"""Verify the fresh-eval17 files: counts, ids, vocabularies, banned words in high mails,
and that nothing is a near-copy of the kit's example lines (char 3-gram Jaccard >= 0.6).
Exit status 1 on any error; warnings are printed but do not fail."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE17_KIT", "/work/fe17-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
DOMAINS = {"knife", "tire", "signlang", "glamping", "modelrail", "fireworks", "stagelight",
           "genealogy", "ropeway", "wine", "prosthetic", "coins"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def expect(name, got, lo, hi):
    if not (lo <= got <= hi):
        err(f"{name}: {got} not in [{lo}, {hi}]")


S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

ids = [x["id"] for x in S + D + T]
for i, n in Counter(ids).items():
    if n > 1:
        err(f"duplicate id {i}")
for x in S:
    if not re.fullmatch(rf"s-{x['lang']}-\d{{3}}", x["id"]): err(f"bad id {x['id']}")
for x in D:
    if not re.fullmatch(rf"d-{x['lang']}-\d{{3}}", x["id"]): err(f"bad id {x['id']}")
for x in T:
    if not re.fullmatch(rf"t-{x['lang']}-\d{{3}}", x["id"]): err(f"bad id {x['id']}")

# --- fields, vocabularies, domains
for x in S:
    if set(x) != {"id", "lang", "domain", "text", "labels"}: err(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= set(SENT): err(f"{x['id']}: labels {x['labels']}")
    if len(x["labels"]) > 2: err(f"{x['id']}: more than two labels")
for x in D:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}: err(f"{x['id']}: fields {sorted(x)}")
    if not set(x["labels"]) <= set(DRAFT): err(f"{x['id']}: labels {x['labels']}")
for x in T:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        err(f"{x['id']}: fields {sorted(x)}")
    if x["urgency"] not in ("high", "normal", "low"): err(f"{x['id']}: urgency")
    if x["emotion"] not in ("angry", "anxious", "neutral", "positive"): err(f"{x['id']}: emotion")
    if not isinstance(x["terse"], bool): err(f"{x['id']}: terse not bool")
for x in S + D + T:
    if x["lang"] not in ("ja", "en"): err(f"{x['id']}: lang")
    if x["domain"] not in DOMAINS: err(f"{x['id']}: domain {x['domain']}")
for lang in ("ja", "en"):
    for name, rows in (("sentences", S), ("drafts", D), ("mails", T)):
        used = {x["domain"] for x in rows if x["lang"] == lang}
        if used != DOMAINS: err(f"{name}/{lang}: domains missing {sorted(DOMAINS - used)}")

# --- counts
for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in S if x["lang"] == lang]
    expect(f"sentences/{lang} count", len(it), n, n)
    clean = sum(not x["labels"] for x in it)
    expect(f"sentences/{lang} clean", clean, round(n * 0.36), round(n * 0.44))
    c = Counter(l for x in it for l in x["labels"])
    for lab in SENT:
        expect(f"sentences/{lang} {lab}", c[lab], lo, hi)
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in D if x["lang"] == lang]
    expect(f"drafts/{lang} count", len(it), n, n)
    expect(f"drafts/{lang} clean", sum(not x["labels"] for x in it), n // 2, n // 2)
    c = Counter(l for x in it for l in x["labels"])
    for lab in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
        expect(f"drafts/{lang} {lab}", c[lab], 2, n)
    expect(f"drafts/{lang} with a sentence label", sum(bool(set(x["labels"]) & set(SENT)) for x in it), 1, n // 4)
for lang, n, (h, no, lo) in (("ja", 120, (36, 60, 24)), ("en", 60, (18, 30, 12))):
    it = [x for x in T if x["lang"] == lang]
    expect(f"mails/{lang} count", len(it), n, n)
    u = Counter(x["urgency"] for x in it)
    expect(f"mails/{lang} high", u["high"], h - 2, h + 2)
    expect(f"mails/{lang} normal", u["normal"], no - 3, no + 3)
    expect(f"mails/{lang} low", u["low"], lo - 2, lo + 2)
    e = Counter(x["emotion"] for x in it)
    expect(f"mails/{lang} angry", e["angry"], round(n * 0.15), round(n * 0.25))
    expect(f"mails/{lang} anxious", e["anxious"], round(n * 0.15), round(n * 0.25))
    expect(f"mails/{lang} positive", e["positive"], round(n * 0.05), round(n * 0.11))
    expect(f"mails/{lang} terse", sum(x["terse"] for x in it), round(n * 0.07), round(n * 0.13))

# --- banned words in high mails
for x in T:
    if x["urgency"] != "high":
        continue
    txt = (x["subject"] + "\n" + x["body"]).lower()
    for w in BANNED:
        if w in txt:
            err(f"{x['id']}: high mail uses banned word {w!r}")

# --- near-copies of the kit's examples, and near-duplicates inside the set
kit = []
for fn in sorted(os.listdir(KIT)):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        for e in load(os.path.join(KIT, fn)):
            for k in ("text", "body", "subject"):
                if e.get(k):
                    kit.append((f"{fn}:{e.get('id')}:{k}", grams(e[k])))
ours = []
for x in S:
    ours.append((x["id"], x["text"]))
for x in D:
    ours.append((x["id"], x["text"]))
    ours.append((x["id"] + ":subject", x["subject"]))
    for line in x["text"].splitlines():
        if len(line) >= 12:
            ours.append((x["id"] + ":line", line))
for x in T:
    ours.append((x["id"], x["body"]))
    for line in x["body"].splitlines():
        if len(line) >= 12:
            ours.append((x["id"] + ":line", line))
og = [(i, grams(t)) for i, t in ours]
for i, g in og:
    for k, kg in kit:
        if len(g) >= 3 and jacc(g, kg) >= 0.6:
            err(f"{i} is a near-copy of kit {k} (J={jacc(g, kg):.2f})")
whole = [(i, g) for i, g in og if ":" not in i and len(g) >= 8]
for a in range(len(whole)):
    for b in range(a + 1, len(whole)):
        j = jacc(whole[a][1], whole[b][1])
        if j >= 0.6:
            warn(f"near-duplicate inside the set: {whole[a][0]} ~ {whole[b][0]} (J={j:.2f})")

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print(f"checked {len(S)} sentences, {len(D)} drafts, {len(T)} mails: "
      f"{len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
