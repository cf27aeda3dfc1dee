#!/usr/bin/env python3
"""Sanity checks for fresh-eval28: counts, ids, vocabularies, banned words in high
mails, and no near-copies of the kit's example lines (char 3-gram Jaccard >= 0.6)."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE28_KIT", "/work/fe28-kit")
sys.path.insert(0, os.path.join(HERE, "src"))
from domains import DOMAINS

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def need(cond, msg):
    if not cond:
        problems.append(msg)


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


sents, drafts, mails = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")

# ids
ids = [x["id"] for x in sents + drafts + mails]
need(len(ids) == len(set(ids)), "duplicate ids")
for rows, pre in ((sents, "s"), (drafts, "d"), (mails, "t")):
    for lang in ("ja", "en"):
        got = [x["id"] for x in rows if x["lang"] == lang]
        want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        need(got == want, f"{pre}-{lang} ids not consecutive")

# fields, domains, vocabularies
for x in sents:
    need(set(x) == {"id", "lang", "domain", "text", "labels"}, f"{x['id']} fields")
    need(set(x["labels"]) <= set(SENT_RULES), f"{x['id']} bad label")
    need(len(x["labels"]) <= 2, f"{x['id']} more than two labels")
for x in drafts:
    need(set(x) == {"id", "lang", "domain", "subject", "text", "labels"}, f"{x['id']} fields")
    need(set(x["labels"]) <= set(DRAFT_RULES), f"{x['id']} bad label")
for x in mails:
    need(set(x) == {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}, f"{x['id']} fields")
    need(x["urgency"] in ("high", "normal", "low"), f"{x['id']} urgency")
    need(x["emotion"] in ("angry", "anxious", "neutral", "positive"), f"{x['id']} emotion")
    need(isinstance(x["terse"], bool), f"{x['id']} terse")
for x in sents + drafts + mails:
    need(x["domain"] in DOMAINS, f"{x['id']} unknown domain")
    need(x["lang"] in ("ja", "en"), f"{x['id']} lang")
for rows, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    for lang in ("ja", "en"):
        doms = {x["domain"] for x in rows if x["lang"] == lang}
        need(doms == set(DOMAINS), f"{name}/{lang}: domains used {len(doms)} of {len(DOMAINS)}")

# counts
def count(rows, lang):
    return [x for x in rows if x["lang"] == lang]

need(len(count(sents, "ja")) == 160 and len(count(sents, "en")) == 80, "sentence counts")
need(len(count(drafts, "ja")) == 40 and len(count(drafts, "en")) == 20, "draft counts")
need(len(count(mails, "ja")) == 120 and len(count(mails, "en")) == 60, "mail counts")
for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
    it = count(sents, lang)
    c = Counter(l for x in it for l in x["labels"])
    for r in SENT_RULES:
        need(lo <= c[r] <= hi, f"sentences/{lang}: {r} = {c[r]} outside {lo}-{hi}")
    clean = sum(not x["labels"] for x in it) / len(it)
    need(0.35 <= clean <= 0.45, f"sentences/{lang}: clean share {clean:.2f}")
for lang in ("ja", "en"):
    it = count(drafts, lang)
    need(sum(not x["labels"] for x in it) * 2 == len(it), f"drafts/{lang}: not half clean")
want = {"ja": {"high": 36, "normal": 60, "low": 24}, "en": {"high": 18, "normal": 30, "low": 12}}
for lang in ("ja", "en"):
    it = count(mails, lang)
    c = Counter(x["urgency"] for x in it)
    need(dict(c) == want[lang], f"mails/{lang}: urgency {dict(c)}")
    e = Counter(x["emotion"] for x in it)
    n = len(it)
    need(0.17 <= e["angry"] / n <= 0.23 and 0.17 <= e["anxious"] / n <= 0.23, f"mails/{lang}: emotions {dict(e)}")
    need(0.06 <= e["positive"] / n <= 0.11, f"mails/{lang}: positive {e['positive']}")
    t = sum(x["terse"] for x in it) / n
    need(0.08 <= t <= 0.12, f"mails/{lang}: terse share {t:.2f}")

# banned words in high mails
for x in mails:
    if x["urgency"] == "high":
        blob = (x["subject"] + "\n" + x["body"]).lower()
        for w in BANNED:
            need(w not in blob, f"{x['id']} (high) uses banned word {w!r}")

# near-copies of kit examples, and near-duplicates inside the set
kit_texts = []
for path in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    with open(path, encoding="utf-8") as f:
        for l in f:
            if l.strip():
                o = json.loads(l)
                for k in ("text", "body", "subject"):
                    if o.get(k):
                        kit_texts.append(o[k])
need(kit_texts, "no kit examples found")
kit_g = [grams(t) for t in kit_texts]
ours = [(x["id"], x.get("text") or x.get("body")) for x in sents + drafts + mails]
ours += [(x["id"] + ":subject", x["subject"]) for x in drafts + mails]
worst = 0.0
for i, t in ours:
    g = grams(t)
    for kg in kit_g:
        j = jacc(g, kg)
        worst = max(worst, j)
        need(j < 0.6, f"{i} near-copy of a kit example (J={j:.2f})")
internal = []
body = [(x["id"], grams(x.get("text") or x.get("body"))) for x in sents + drafts + mails]
for a in range(len(body)):
    for b in range(a + 1, len(body)):
        j = jacc(body[a][1], body[b][1])
        if j >= 0.6:
            internal.append((body[a][0], body[b][0], round(j, 2)))
need(not internal, f"near-duplicates inside the set: {internal}")

print(f"sentences {len(sents)}, drafts {len(drafts)}, mails {len(mails)}; max J vs kit {worst:.2f}")
if problems:
    print("PROBLEMS:")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all checks passed")
