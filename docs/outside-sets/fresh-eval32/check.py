#!/usr/bin/env python3
"""Sanity checks for fresh-eval32 (/work/fe32). Exit 1 on any failure."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE32_KIT", "/work/fe32-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER = re.compile(r"〇|○|△△|××|\{[^}]*\}|\[[^\]]*\]|【[^】]*名】|XX")
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

# ids
ids = [x["id"] for x in S + D + T]
for i, c in Counter(ids).items():
    if c > 1:
        fail(f"duplicate id {i}")
for rows, pre in ((S, "s"), (D, "d"), (T, "t")):
    for lang in ("ja", "en"):
        got = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            fail(f"{pre}-{lang} ids not consecutive")
        for x in rows:
            if not x["id"].startswith(f"{pre}-{x['lang']}-"):
                fail(f"id/lang mismatch {x['id']}")

# keys
for x in S:
    if set(x) != {"id", "lang", "domain", "text", "labels"}:
        fail(f"{x['id']} keys {sorted(x)}")
for x in D:
    if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
        fail(f"{x['id']} keys {sorted(x)}")
for x in T:
    if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
        fail(f"{x['id']} keys {sorted(x)}")


def counts(rows, lang):
    return [x for x in rows if x["lang"] == lang]


# sentences
want = {"ja": 160, "en": 80}
rng = {"ja": (16, 26), "en": (8, 12)}
print("== lint_sentences")
for lang in ("ja", "en"):
    rows = counts(S, lang)
    if len(rows) != want[lang]:
        fail(f"sentences {lang} = {len(rows)}")
    c = Counter(l for x in rows for l in x["labels"])
    clean = sum(1 for x in rows if not x["labels"])
    print(f"  {lang}: {len(rows)} items, clean {clean} ({clean / len(rows):.0%}), " +
          ", ".join(f"{k} {c[k]}" for k in SENT))
    if not 0.33 <= clean / len(rows) <= 0.47:
        fail(f"sentences {lang} clean share {clean / len(rows):.2f}")
    for k in SENT:
        lo, hi = rng[lang]
        if not lo <= c[k] <= hi:
            fail(f"sentences {lang} {k} = {c[k]} outside {lo}-{hi}")
    for x in rows:
        if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2:
            fail(f"{x['id']} labels {x['labels']}")
        if "imperative" in x["labels"] and False:
            pass

# drafts
print("== lint_drafts")
for lang, n in (("ja", 40), ("en", 20)):
    rows = counts(D, lang)
    if len(rows) != n:
        fail(f"drafts {lang} = {len(rows)}")
    c = Counter(l for x in rows for l in x["labels"])
    clean = sum(1 for x in rows if not x["labels"])
    print(f"  {lang}: {len(rows)} items, clean {clean}, " +
          ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: DRAFT.index(kv[0]))))
    if clean != n // 2:
        fail(f"drafts {lang} clean {clean} != {n // 2}")
    for x in rows:
        if set(x["labels"]) - set(DRAFT):
            fail(f"{x['id']} labels {x['labels']}")
        ph = PLACEHOLDER.search(x["subject"] + "\n" + x["text"])
        if ("placeholder_left" in x["labels"]) != bool(ph):
            fail(f"{x['id']} placeholder label/content mismatch ({ph.group(0) if ph else None})")

# triage
print("== triage_mails")
for lang, n, u in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                   ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    rows = counts(T, lang)
    if len(rows) != n:
        fail(f"triage {lang} = {len(rows)}")
    cu = Counter(x["urgency"] for x in rows)
    ce = Counter(x["emotion"] for x in rows)
    ct = sum(x["terse"] for x in rows)
    print(f"  {lang}: {len(rows)} items, urgency {dict(cu)}, emotion {dict(ce)}, terse {ct}")
    for k, v in u.items():
        if abs(cu[k] - v) > 2:
            fail(f"triage {lang} {k} = {cu[k]} (want ~{v})")
    for k, share in (("angry", .2), ("anxious", .2), ("positive", .08)):
        if abs(ce[k] / n - share) > 0.05:
            fail(f"triage {lang} {k} share {ce[k] / n:.2f}")
    if abs(ct / n - 0.1) > 0.04:
        fail(f"triage {lang} terse share {ct / n:.2f}")
    for x in rows:
        if x["urgency"] not in ("high", "normal", "low"):
            fail(f"{x['id']} urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            fail(f"{x['id']} emotion {x['emotion']}")
        if not isinstance(x["terse"], bool):
            fail(f"{x['id']} terse not bool")
        if x["urgency"] == "high":
            low = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in low:
                    fail(f"{x['id']} high mail contains banned word {w!r}")

# domains: 12, each in both languages, in every file
print("== domains")
for name, rows in (("sentences", S), ("drafts", D), ("triage", T)):
    by = {lang: {x["domain"] for x in rows if x["lang"] == lang} for lang in ("ja", "en")}
    if by["ja"] != by["en"]:
        fail(f"{name}: domains differ between ja and en: {by['ja'] ^ by['en']}")
    print(f"  {name}: {len(by['ja'] | by['en'])} domains")
alld = {x["domain"] for x in S + D + T}
if len(alld) != 12:
    fail(f"{len(alld)} domains overall")

# near-copies of the kit examples, and near-duplicates inside the set
print("== near-copy check")
kit = []
for fn in sorted(os.listdir(KIT)):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        kit += load(os.path.join(KIT, fn))
kg = [(k["id"], grams(text_of(k))) for k in kit]
worst = 0.0
for x in S + D + T:
    g = grams(text_of(x))
    for kid, kgg in kg:
        j = jacc(g, kgg)
        worst = max(worst, j)
        if j >= 0.6:
            fail(f"{x['id']} near-copy of kit {kid} (J={j:.2f})")
print(f"  max Jaccard vs kit examples: {worst:.2f} ({len(kit)} kit lines)")
allg = [(x["id"], grams(text_of(x))) for x in S + D + T]
dup = 0
for i in range(len(allg)):
    for j in range(i + 1, len(allg)):
        if jacc(allg[i][1], allg[j][1]) >= 0.6:
            dup += 1
            fail(f"near-duplicate inside set: {allg[i][0]} ~ {allg[j][0]}")
print(f"  internal near-duplicates: {dup}")

print("\nOK" if not fails else f"\n{len(fails)} FAILURE(S)")
sys.exit(1 if fails else 0)
