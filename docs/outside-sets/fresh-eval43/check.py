#!/usr/bin/env python3
"""Verify the fresh-eval43 files: counts, ids, vocabularies, banned words in high
mails, placeholder consistency, and no near-copies of the kit's example lines
(character 3-gram Jaccard >= 0.6) or of each other. Exit 1 on any failure."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe43-kit")
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER = re.compile(r"〇〇|○○|△△|××|〇月〇日|△月△日|\{[^}\n]{1,30}\}|\[[^\]\n]{1,30}\]|【商品名】|【会社名】|XX円|＿＿")
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(len(s) - 2)}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return (x.get("subject", "") + "\n" + x.get("text", x.get("body", ""))).strip()


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{name}: {n} not in [{lo}, {hi}]")


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))
    ids = [x["id"] for x in S + D + T]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")
    for items, pre in ((S, "s"), (D, "d"), (T, "t")):
        for x in items:
            if not re.fullmatch(rf"{pre}-{x['lang']}-\d{{3}}", x["id"]):
                err(f"bad id {x['id']}")
    domains = sorted({x["domain"] for x in S + D + T})
    for d in domains:
        for lang in ("ja", "en"):
            for name, items in (("sentences", S), ("drafts", D), ("mails", T)):
                if not any(x["domain"] == d and x["lang"] == lang for x in items):
                    err(f"domain {d} has no {lang} {name}")
    print(f"domains ({len(domains)}): {', '.join(domains)}")

    # sentences
    for lang, total, clean_rng, per in (("ja", 160, (56, 72), (16, 26)), ("en", 80, (28, 36), (8, 12))):
        it = [x for x in S if x["lang"] == lang]
        between(f"sentences {lang} count", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        between(f"sentences {lang} clean", clean, *clean_rng)
        c = Counter(l for x in it for l in x["labels"])
        print(f"sentences {lang}: {len(it)} items, {clean} clean, " + ", ".join(f"{r} {c[r]}" for r in SENT_RULES))
        for r in SENT_RULES:
            between(f"sentences {lang} {r}", c[r], *per)
    for x in S:
        for l in x["labels"]:
            if l not in SENT_RULES:
                err(f"{x['id']}: label {l} not a sentence label")
        if len(x["labels"]) > 2:
            err(f"{x['id']}: more than two labels")
        if "\n" in x["text"].strip():
            err(f"{x['id']}: sentence has a line break")

    # drafts
    for lang, total in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        between(f"drafts {lang} count", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        between(f"drafts {lang} clean", clean, total // 2 - 1, total // 2 + 1)
        c = Counter(l for x in it for l in x["labels"])
        print(f"drafts {lang}: {len(it)} items, {clean} clean, " + ", ".join(f"{r} {c[r]}" for r in DRAFT_RULES if c[r]))
        for r in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            between(f"drafts {lang} {r}", c[r], 2, 8)
    for x in D:
        for l in x["labels"]:
            if l not in DRAFT_RULES:
                err(f"{x['id']}: label {l} unknown")
        if not x["subject"].strip():
            err(f"{x['id']}: empty subject")
        has_ph = bool(PLACEHOLDER.search(x["subject"] + x["text"]))
        if has_ph != ("placeholder_left" in x["labels"]):
            err(f"{x['id']}: placeholder pattern {has_ph} but label {'placeholder_left' in x['labels']}")

    # triage
    for lang, total, urg in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                             ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in T if x["lang"] == lang]
        between(f"mails {lang} count", len(it), total, total)
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        t = sum(x["terse"] for x in it)
        print(f"mails {lang}: {len(it)}; urgency {dict(u)}; emotion {dict(e)}; terse {t}")
        for k, v in urg.items():
            between(f"mails {lang} {k}", u[k], v - 2, v + 2)
        between(f"mails {lang} angry", e["angry"], int(total * .15), int(total * .25))
        between(f"mails {lang} anxious", e["anxious"], int(total * .15), int(total * .25))
        between(f"mails {lang} positive", e["positive"], int(total * .05), int(total * .12))
        between(f"mails {lang} terse", t, int(total * .07), int(total * .13))
    for x in T:
        if x["urgency"] not in ("high", "normal", "low"):
            err(f"{x['id']}: urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            err(f"{x['id']}: emotion {x['emotion']}")
        if not isinstance(x["terse"], bool):
            err(f"{x['id']}: terse not bool")
        if x["urgency"] == "high":
            low = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in low:
                    err(f"{x['id']}: high mail uses banned word {w!r}")

    # near copies of the kit examples, and within the set
    kit = []
    for p in sorted(os.listdir(KIT)) if os.path.isdir(KIT) else []:
        if p.startswith("example_") and p.endswith(".jsonl"):
            kit += load(os.path.join(KIT, p))
    if not kit:
        err("kit examples not found")
    kg = [(k["id"], grams(text_of(k))) for k in kit]
    allx = S + D + T
    g = [(x["id"], grams(text_of(x))) for x in allx]
    worst = 0.0
    for i, gi in g:
        for k, gk in kg:
            j = jac(gi, gk)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{i} is a near-copy of kit {k} (J={j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")
    worst_in = (0.0, None, None)
    for a in range(len(g)):
        for b in range(a + 1, len(g)):
            j = jac(g[a][1], g[b][1])
            if j > worst_in[0]:
                worst_in = (j, g[a][0], g[b][0])
            if j >= 0.6:
                err(f"{g[a][0]} and {g[b][0]} are near-duplicates (J={j:.2f})")
    print(f"max 3-gram Jaccard within the set: {worst_in[0]:.2f} ({worst_in[1]}, {worst_in[2]})")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
