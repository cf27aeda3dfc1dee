#!/usr/bin/env python3
"""Verify the fresh-eval29 files: counts, ids, vocabularies, banned words, near-copies."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe29-kit")
sys.path.insert(0, os.path.join(HERE, "src"))
from common import DOMAINS  # noqa: E402

SENT = {"condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.lower())
    return {s[i:i + 3] for i in range(len(s) - 2)}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def between(name, v, lo, hi):
    if not lo <= v <= hi:
        err(f"{name} = {v}, expected {lo}..{hi}")


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    M = load(os.path.join(HERE, "triage_mails.jsonl"))

    ids = [x["id"] for x in S + D + M]
    if len(ids) != len(set(ids)):
        err("duplicate ids: " + str([i for i, c in Counter(ids).items() if c > 1]))
    for pre, rows in (("s", S), ("d", D), ("t", M)):
        for lang in ("ja", "en"):
            got = [x["id"] for x in rows if x["lang"] == lang]
            want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
            if sorted(got) != want:
                err(f"{pre}/{lang}: ids not contiguous")

    # domains: 12, each in both languages (over all files)
    used = Counter((x["domain"], x["lang"]) for x in S + D + M)
    doms = {d for d, _ in used}
    if doms != set(DOMAINS):
        err(f"domains used {sorted(doms)} != table")
    for d in DOMAINS:
        for lang in ("ja", "en"):
            if not used[(d, lang)]:
                err(f"domain {d} unused in {lang}")
    if len(DOMAINS) != 12:
        err("need 12 domains")

    # sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        between(f"sentences {lang}", len(it), n, n)
        clean = sum(not x["labels"] for x in it)
        between(f"sentences {lang} clean share %", round(100 * clean / len(it)), 35, 45)
        c = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            between(f"sentences {lang} {lab}", c[lab], lo, hi)
        for x in it:
            if set(x["labels"]) - SENT or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
                err(f"{x['id']}: bad labels {x['labels']}")

    # drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        between(f"drafts {lang}", len(it), n, n)
        between(f"drafts {lang} clean", sum(not x["labels"] for x in it), n // 2, n // 2)
        for x in it:
            if set(x["labels"]) - DRAFT:
                err(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip() or not x["text"].strip():
                err(f"{x['id']}: empty subject/text")
        c = Counter(l for x in it for l in x["labels"])
        for lab in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[lab] < 3:
                err(f"drafts {lang}: only {c[lab]} {lab}")

    # triage
    for lang, n, hi_, no_, lo_ in (("ja", 120, 36, 60, 24), ("en", 60, 18, 30, 12)):
        it = [x for x in M if x["lang"] == lang]
        between(f"mails {lang}", len(it), n, n)
        u = Counter(x["urgency"] for x in it)
        between(f"mails {lang} high", u["high"], hi_ - 3, hi_ + 3)
        between(f"mails {lang} normal", u["normal"], no_ - 4, no_ + 4)
        between(f"mails {lang} low", u["low"], lo_ - 3, lo_ + 3)
        e = Counter(x["emotion"] for x in it)
        between(f"mails {lang} angry %", round(100 * e["angry"] / n), 15, 25)
        between(f"mails {lang} anxious %", round(100 * e["anxious"] / n), 15, 25)
        between(f"mails {lang} positive %", round(100 * e["positive"] / n), 5, 12)
        between(f"mails {lang} terse %", round(100 * sum(x["terse"] for x in it) / n), 7, 13)
        for x in it:
            if x["urgency"] not in ("high", "normal", "low") or \
               x["emotion"] not in ("angry", "anxious", "neutral", "positive") or \
               not isinstance(x["terse"], bool):
                err(f"{x['id']}: bad triage labels")
            if x["urgency"] == "high":
                t = (x["subject"] + "\n" + x["body"]).lower()
                for w in BANNED:
                    if w in t:
                        err(f"{x['id']}: banned word {w!r} in a high mail")

    # near-copies of the kit examples, and near-duplicates inside the set
    kit = []
    for name in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
        p = os.path.join(KIT, name)
        if os.path.exists(p):
            for x in load(p):
                kit.append((x["id"], grams(x.get("text") or x.get("body", ""))))
    mine = [(x["id"], grams(x.get("text") or x.get("body", ""))) for x in S + D + M]
    for i, g in mine:
        for k, kg in kit:
            if jac(g, kg) >= 0.6:
                err(f"{i} is a near-copy of kit {k}")
    for a in range(len(mine)):
        for b in range(a + 1, len(mine)):
            j = jac(mine[a][1], mine[b][1])
            if j >= 0.6:
                err(f"{mine[a][0]} and {mine[b][0]} are near-duplicates (J={j:.2f})")

    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print(f"OK: {len(S)} sentences, {len(D)} drafts, {len(M)} mails; kit examples compared: {len(kit)}")


if __name__ == "__main__":
    main()
