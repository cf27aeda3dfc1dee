#!/usr/bin/env python3
"""Verify the fresh-eval33 files: counts, ids, vocabularies, banned words, near-copies."""
import json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE33_KIT", "/work/fe33-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def bad(msg):
    problems.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s.lower())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
ids = [x["id"] for x in S + D + T]
for i, c in Counter(ids).items():
    if c > 1:
        bad(f"duplicate id {i}")
for rows, p in ((S, "s"), (D, "d"), (T, "t")):
    for lang in ("ja", "en"):
        got = sorted(x["id"] for x in rows if x["lang"] == lang)
        want = [f"{p}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            bad(f"{p}-{lang}: ids not consecutive")

# fields / vocab
for x in S:
    if set(x) != {"id", "lang", "domain", "text", "labels"}: bad(f"{x['id']} fields {set(x)}")
    if not set(x["labels"]) <= set(SENT): bad(f"{x['id']} bad label {x['labels']}")
    if len(x["labels"]) > 2: bad(f"{x['id']} >2 labels")
for x in D:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}: bad(f"{x['id']} fields")
    if not set(x["labels"]) <= set(DRAFT): bad(f"{x['id']} bad label {x['labels']}")
for x in T:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}: bad(f"{x['id']} fields")
    if x["urgency"] not in ("high", "normal", "low"): bad(f"{x['id']} urgency")
    if x["emotion"] not in ("angry", "anxious", "neutral", "positive"): bad(f"{x['id']} emotion")
    if not isinstance(x["terse"], bool): bad(f"{x['id']} terse")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            if w in txt:
                bad(f"{x['id']} high mail uses banned word {w!r}")

# counts
def want(cond, msg):
    if not cond: bad(msg)

for lang, n_s, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in S if x["lang"] == lang]
    want(len(it) == n_s, f"sentences {lang}: {len(it)} != {n_s}")
    clean = sum(not x["labels"] for x in it) / max(1, len(it))
    want(0.35 <= clean <= 0.45, f"sentences {lang}: clean share {clean:.2f}")
    c = Counter(l for x in it for l in x["labels"])
    for l in SENT:
        want(lo <= c[l] <= hi, f"sentences {lang}: {l} = {c[l]} outside {lo}-{hi}")
for lang, n in (("ja", 40), ("en", 20)):
    it = [x for x in D if x["lang"] == lang]
    want(len(it) == n, f"drafts {lang}: {len(it)}")
    want(sum(not x["labels"] for x in it) == n // 2, f"drafts {lang}: not half clean")
    c = Counter(l for x in it for l in x["labels"])
    for l in ("apology_incomplete", "purpose_not_upfront", "placeholder_left"):
        want(c[l] >= 2, f"drafts {lang}: too few {l}")
for lang, n, urg in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                     ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in T if x["lang"] == lang]
    want(len(it) == n, f"mails {lang}: {len(it)}")
    cu = Counter(x["urgency"] for x in it)
    for u, k in urg.items():
        want(abs(cu[u] - k) <= 2, f"mails {lang}: {u} = {cu[u]} (want ~{k})")
    ce = Counter(x["emotion"] for x in it)
    for e, share, tol in (("angry", .2, .05), ("anxious", .2, .05), ("positive", .08, .04)):
        want(abs(ce[e] / n - share) <= tol, f"mails {lang}: {e} share {ce[e]/n:.2f}")
    ts = sum(x["terse"] for x in it) / n
    want(0.07 <= ts <= 0.13, f"mails {lang}: terse share {ts:.2f}")

# domains: 12, each in both languages, in every file
doms = defaultdict(set)
for x in S + D + T:
    doms[x["domain"]].add(x["lang"])
want(len(doms) == 12, f"{len(doms)} domains: {sorted(doms)}")
for d, ls in doms.items():
    want(ls == {"ja", "en"}, f"domain {d} only in {ls}")
for name, rows in (("sentences", S), ("drafts", D), ("mails", T)):
    for lang in ("ja", "en"):
        got = {x["domain"] for x in rows if x["lang"] == lang}
        want(got == set(doms), f"{name} {lang}: missing domains {set(doms) - got}")

# near-copies of the kit's examples (char 3-gram Jaccard >= 0.6)
ex = []
for fn in sorted(os.listdir(KIT)):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        for e in load(os.path.join(KIT, fn)):
            for k in ("text", "body", "subject"):
                if e.get(k) and len(e[k]) > 8:
                    ex.append((e["id"] + ":" + k, grams(e[k])))
for x in S + D + T:
    for k in ("text", "body", "subject"):
        if x.get(k) and len(x[k]) > 8:
            g = grams(x[k])
            for eid, eg in ex:
                j = jac(g, eg)
                if j >= 0.6:
                    bad(f"{x['id']}.{k} near-copy of kit {eid} (J={j:.2f})")

# near-duplicates inside the set (report only)
texts = [(x["id"], grams(x.get("text") or x.get("body"))) for x in S + D + T]
dups = []
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        v = jac(texts[i][1], texts[j][1])
        if v >= 0.6:
            dups.append(f"{texts[i][0]} ~ {texts[j][0]} J={v:.2f}")

# summary
for lang in ("ja", "en"):
    it = [x for x in S if x["lang"] == lang]
    print(f"sentences {lang}: {len(it)} clean={sum(not x['labels'] for x in it)} "
          f"{dict(Counter(l for x in it for l in x['labels']))}")
    it = [x for x in D if x["lang"] == lang]
    print(f"drafts {lang}: {len(it)} clean={sum(not x['labels'] for x in it)} "
          f"{dict(Counter(l for x in it for l in x['labels']))}")
    it = [x for x in T if x["lang"] == lang]
    print(f"mails {lang}: {len(it)} {dict(Counter(x['urgency'] for x in it))} "
          f"{dict(Counter(x['emotion'] for x in it))} terse={sum(x['terse'] for x in it)}")
print("domains:", sorted(doms))
if dups:
    print("internal near-duplicates (info):", *dups, sep="\n  ")
if problems:
    print("PROBLEMS:", *problems, sep="\n  ")
    sys.exit(1)
print("OK")
