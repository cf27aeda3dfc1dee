"""Verify fresh-eval42: counts, ids, vocabularies, banned words in high mails, near-copies of kit examples."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe42-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []

def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}

def jacc(a, b):
    return len(a & b) / max(1, len(a | b))

def expect(cond, msg):
    if not cond:
        errors.append(msg)

S = load(os.path.join(HERE, "lint_sentences.jsonl"))
D = load(os.path.join(HERE, "lint_drafts.jsonl"))
T = load(os.path.join(HERE, "triage_mails.jsonl"))

ids = [x["id"] for x in S + D + T]
expect(len(ids) == len(set(ids)), "duplicate ids")
for rows, pre in ((S, "s"), (D, "d"), (T, "t")):
    for lang in ("ja", "en"):
        got = sorted(x["id"] for x in rows if x["lang"] == lang)
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        expect(got == want, f"{pre}-{lang} ids not contiguous")

# sentences
c = collections.Counter(x["lang"] for x in S)
expect(c["ja"] == 160 and c["en"] == 80, f"sentence counts {c}")
print("lint_sentences", dict(c))
for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
    rows = [x for x in S if x["lang"] == lang]
    lab = collections.Counter(l for x in rows for l in x["labels"])
    clean = sum(1 for x in rows if not x["labels"])
    print(f"  {lang}: clean {clean}/{len(rows)} ({clean/len(rows):.0%})", dict(sorted(lab.items())))
    for l in SENT:
        expect(lo <= lab[l] <= hi, f"sentences {lang} {l}={lab[l]} outside {lo}-{hi}")
    expect(0.33 <= clean / len(rows) <= 0.45, f"sentences {lang} clean share {clean/len(rows):.2f}")
for x in S:
    expect(set(x["labels"]) <= SENT and len(x["labels"]) <= 2, f"{x['id']} bad labels {x['labels']}")
    expect(set(x) == {"id", "lang", "domain", "text", "labels"}, f"{x['id']} fields")

# drafts
c = collections.Counter(x["lang"] for x in D)
expect(c["ja"] == 40 and c["en"] == 20, f"draft counts {c}")
print("lint_drafts", dict(c))
for lang in ("ja", "en"):
    rows = [x for x in D if x["lang"] == lang]
    clean = sum(1 for x in rows if not x["labels"])
    lab = collections.Counter(l for x in rows for l in x["labels"])
    print(f"  {lang}: clean {clean}/{len(rows)}", dict(sorted(lab.items())))
    expect(clean * 2 == len(rows), f"drafts {lang} not half clean")
for x in D:
    expect(set(x["labels"]) <= DRAFT, f"{x['id']} bad labels")
    expect(x["subject"].strip() and x["text"].strip(), f"{x['id']} empty")
    expect(set(x) == {"id", "lang", "domain", "subject", "text", "labels"}, f"{x['id']} fields")

# triage
c = collections.Counter(x["lang"] for x in T)
expect(c["ja"] == 120 and c["en"] == 60, f"triage counts {c}")
print("triage_mails", dict(c))
for lang, want in (("ja", {"high": 36, "normal": 60, "low": 24}), ("en", {"high": 18, "normal": 30, "low": 12})):
    rows = [x for x in T if x["lang"] == lang]
    u = collections.Counter(x["urgency"] for x in rows)
    e = collections.Counter(x["emotion"] for x in rows)
    te = sum(x["terse"] for x in rows)
    print(f"  {lang}: urgency {dict(u)} emotion {dict(e)} terse {te}")
    expect(dict(u) == want, f"triage {lang} urgency {dict(u)}")
    expect(0.07 <= te / len(rows) <= 0.13, f"triage {lang} terse {te}")
    for k, lo, hi in (("angry", .15, .25), ("anxious", .15, .25), ("positive", .05, .11)):
        expect(lo <= e[k] / len(rows) <= hi, f"triage {lang} {k} {e[k]}")
for x in T:
    expect(x["urgency"] in ("high", "normal", "low"), f"{x['id']} urgency")
    expect(x["emotion"] in ("angry", "anxious", "neutral", "positive"), f"{x['id']} emotion")
    expect(isinstance(x["terse"], bool), f"{x['id']} terse")
    if x["urgency"] == "high":
        txt = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            expect(w not in txt, f"{x['id']} high mail contains banned word {w!r}")

# domains: 12, each in both languages, in every file
for name, rows in (("sentences", S), ("drafts", D), ("triage", T)):
    dj = {x["domain"] for x in rows if x["lang"] == "ja"}
    de = {x["domain"] for x in rows if x["lang"] == "en"}
    print(f"  {name} domains ja {len(dj)} en {len(de)}")
    expect(len(dj | de) == 12, f"{name}: {len(dj | de)} domains")

# near-copies of the kit's examples, and near-duplicates inside the set
kit = []
for fn in os.listdir(KIT):
    if fn.startswith("example_") and fn.endswith(".jsonl"):
        for r in load(os.path.join(KIT, fn)):
            kit.append(r.get("text") or r.get("body") or "")
kg = [grams(k) for k in kit]
mine = [(x["id"], x.get("text") or x.get("body")) for x in S + D + T]
mg = [(i, grams(t)) for i, t in mine]
for i, g in mg:
    for k in kg:
        expect(jacc(g, k) < 0.6, f"{i} near-copy of a kit example")
for a in range(len(mg)):
    for b in range(a + 1, len(mg)):
        j = jacc(mg[a][1], mg[b][1])
        if j >= 0.6:
            errors.append(f"near-duplicate inside the set: {mg[a][0]} {mg[b][0]} ({j:.2f})")

if errors:
    print("\nFAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK")
