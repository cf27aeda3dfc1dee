#!/usr/bin/env python3
"""Verify the fresh-eval45 files: counts, ids, vocabularies, banned words, near-copies of the kit examples."""
import glob, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe45-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = "".join(t.split())
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def need(cond, msg):
    if not cond:
        problems.append(msg)


def in_range(n, lo, hi, what):
    need(lo <= n <= hi, f"{what}: {n} not in [{lo}, {hi}]")


sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
mails = load(os.path.join(HERE, "triage_mails.jsonl"))

ids = [x["id"] for x in sents + drafts + mails]
need(len(ids) == len(set(ids)), "duplicate ids")
for rows, prefix, keys in ((sents, "s", {"id", "lang", "domain", "text", "labels"}),
                           (drafts, "d", {"id", "lang", "domain", "subject", "text", "labels"}),
                           (mails, "t", {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"})):
    for x in rows:
        need(set(x) == keys, f"{x['id']}: keys {sorted(x)}")
        need(x["id"].startswith(f"{prefix}-{x['lang']}-"), f"{x['id']}: id prefix")
        need(x["lang"] in ("ja", "en"), f"{x['id']}: lang")

# texts unique
for rows, key in ((sents, "text"), (drafts, "text"), (mails, "body")):
    c = Counter(x[key] for x in rows)
    for t, n in c.items():
        need(n == 1, f"duplicate text: {t[:40]!r}")

# sentences
for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
    it = [x for x in sents if x["lang"] == lang]
    need(len(it) == total, f"sentences {lang}: {len(it)} != {total}")
    clean = sum(not x["labels"] for x in it)
    in_range(clean / len(it), 0.35, 0.45, f"sentences {lang} clean share")
    c = Counter(l for x in it for l in x["labels"])
    for l in SENT:
        in_range(c[l], lo, hi, f"sentences {lang} {l}")
    for x in it:
        need(set(x["labels"]) <= set(SENT) and len(x["labels"]) <= 2 and len(set(x["labels"])) == len(x["labels"]),
             f"{x['id']}: labels {x['labels']}")

# drafts
for lang, total in (("ja", 40), ("en", 20)):
    it = [x for x in drafts if x["lang"] == lang]
    need(len(it) == total, f"drafts {lang}: {len(it)} != {total}")
    need(sum(not x["labels"] for x in it) == total // 2, f"drafts {lang}: clean {sum(not x['labels'] for x in it)} != {total // 2}")
    for x in it:
        need(set(x["labels"]) <= set(DRAFT), f"{x['id']}: labels {x['labels']}")
        need(x["subject"].strip() != "", f"{x['id']}: empty subject")

# mails
for lang, total, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                          ("en", 60, {"high": 18, "normal": 30, "low": 12})):
    it = [x for x in mails if x["lang"] == lang]
    need(len(it) == total, f"mails {lang}: {len(it)} != {total}")
    u = Counter(x["urgency"] for x in it)
    for k, v in want.items():
        in_range(u[k], v - 2, v + 2, f"mails {lang} urgency {k}")
    e = Counter(x["emotion"] for x in it)
    need(set(e) <= {"angry", "anxious", "neutral", "positive"}, f"mails {lang}: emotions {e}")
    in_range(e["angry"] / total, 0.15, 0.25, f"mails {lang} angry share")
    in_range(e["anxious"] / total, 0.15, 0.25, f"mails {lang} anxious share")
    in_range(e["positive"] / total, 0.05, 0.11, f"mails {lang} positive share")
    in_range(sum(x["terse"] is True for x in it) / total, 0.07, 0.13, f"mails {lang} terse share")
    for x in it:
        need(isinstance(x["terse"], bool), f"{x['id']}: terse not bool")
        need(x["urgency"] in want, f"{x['id']}: urgency")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                need(w not in blob, f"{x['id']}: banned word {w!r} in a high mail")

# domains: each used in both languages, in every file
for rows, what in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
    by = {}
    for x in rows:
        by.setdefault(x["domain"], set()).add(x["lang"])
    for dom, langs in by.items():
        need(langs == {"ja", "en"}, f"{what}: domain {dom} only in {langs}")
    need(len(by) == 12, f"{what}: {len(by)} domains")

# near-copies of the kit's examples
kit_texts = []
for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
    for x in load(p):
        for k in ("text", "body", "subject"):
            if x.get(k) and len(x[k]) > 5:
                kit_texts.append(x[k])
kit_g = [grams(t) for t in kit_texts]
for x in sents + drafts + mails:
    for k in ("text", "body"):
        if k in x:
            g = grams(x[k])
            best = max(jac(g, kg) for kg in kit_g)
            need(best < 0.6, f"{x['id']}: 3-gram Jaccard {best:.2f} with a kit example")

if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  -", p)
    sys.exit(1)
print("all checks passed")
