#!/usr/bin/env python3
"""Sanity checks for fresh-eval16: parse, unique ids, counts, banned urgency words in
high mails, label vocabularies, and no copying from the fe16 kit examples."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIT = "/work/fe16-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "purpose_not_upfront", "placeholder_left"}
BANNED = re.compile(r"至急|緊急|急ぎ|大至急|urgent|asap|emergency|immediately", re.I)
ok = True


def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail(f"{path}:{n} does not parse: {e}")
    return rows


def grams(t):
    t = re.sub(r"\s+", "", t)
    return {t[i:i + 3] for i in range(len(t) - 2)}


def jacc(a, b):
    return len(a & b) / max(1, len(a | b))


S = load(os.path.join(OUT, "lint_sentences.jsonl"))
D = load(os.path.join(OUT, "lint_drafts.jsonl"))
T = load(os.path.join(OUT, "triage_mails.jsonl"))
ids = [x["id"] for x in S + D + T]
if len(ids) != len(set(ids)):
    fail("duplicate ids")

def count(rows, lang):
    return [x for x in rows if x["lang"] == lang]

for lang, n, nclean in (("ja", 160, 64), ("en", 80, 32)):
    it = count(S, lang)
    c = sum(not x["labels"] for x in it)
    print(f"sentences {lang}: {len(it)} ({c} clean)", dict(Counter(l for x in it for l in x["labels"])))
    if len(it) != n or c != nclean:
        fail(f"sentence counts {lang}")
for x in S:
    if not set(x["labels"]) <= SENT:
        fail(f"{x['id']} label outside sentence rules")
for lang, n in (("ja", 40), ("en", 20)):
    it = count(D, lang)
    c = sum(not x["labels"] for x in it)
    print(f"drafts {lang}: {len(it)} ({c} clean)", dict(Counter(l for x in it for l in x["labels"])))
    if len(it) != n or c != n // 2:
        fail(f"draft counts {lang}")
for x in D:
    if not set(x["labels"]) <= DRAFT or not x.get("subject"):
        fail(f"{x['id']} bad labels or subject")
for lang, n, hi in (("ja", 120, 36), ("en", 60, 18)):
    it = count(T, lang)
    print(f"mails {lang}: {len(it)}", dict(Counter(x["urgency"] for x in it)), dict(Counter(x["emotion"] for x in it)),
          "terse", sum(x["terse"] for x in it))
    if len(it) != n or sum(x["urgency"] == "high" for x in it) != hi:
        fail(f"mail counts {lang}")
for x in T:
    if x["urgency"] == "high" and BANNED.search(x["subject"] + "\n" + x["body"]):
        fail(f"{x['id']} high mail uses a banned urgency word")
    if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
            or not isinstance(x["terse"], bool):
        fail(f"{x['id']} bad triage labels")
print("domains:", sorted({x["domain"] for x in S + D + T}))

# no copying from the kit examples
kit = []
for name in os.listdir(KIT):
    if name.endswith(".jsonl"):
        for row in load(os.path.join(KIT, name)):
            kit.append(row.get("text") or row.get("body") or "")
kit_sents = [s for k in kit for s in re.split(r"(?<=[。！？.!?])\s*|\n", k) if len(s) >= 8]
for x in S:
    g = grams(x["text"])
    for k in kit_sents:
        if x["text"] in k or k in x["text"] or jacc(g, grams(k)) >= 0.6:
            fail(f"{x['id']} too close to a kit example: {k!r}")
for x in D + T:
    body = x.get("text") or x.get("body")
    for k in kit_sents:
        if len(k) >= 15 and k in body:
            fail(f"{x['id']} contains a kit sentence: {k!r}")
# near-duplicates inside the sentence set
for i, a in enumerate(S):
    for b in S[i + 1:]:
        if jacc(grams(a["text"]), grams(b["text"])) >= 0.6:
            print(f"note: near-duplicate sentences {a['id']} / {b['id']}")
print("OK" if ok else "CHECKS FAILED")
sys.exit(0 if ok else 1)
