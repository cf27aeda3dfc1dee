#!/usr/bin/env python3
"""Verify the built fresh-eval50 files: counts, ids, vocabularies, banned words, near-copies."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE_KIT", "/work/fe50-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"watertank", "handloom", "vrarcade", "sewpattern", "hydraulic", "figure", "nightbus",
           "footcare", "podcast", "leathercraft", "freepaper", "futonrental"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def text_of(x):
    return " ".join(str(x.get(k, "")) for k in ("subject", "text", "body"))


def main():
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))
    allrows = s + d + t
    ids = [x["id"] for x in allrows]
    if len(ids) != len(set(ids)):
        err(f"duplicate ids: {[i for i, n in Counter(ids).items() if n > 1]}")
    for x in allrows:
        if x["domain"] not in DOMAINS:
            err(f"{x['id']}: unknown domain {x['domain']}")
        if not x["id"].startswith(x["id"][0] + "-" + x["lang"] + "-"):
            err(f"{x['id']}: id/lang mismatch")

    # ---- sentences
    want = {"ja": (160, (16, 26)), "en": (80, (8, 12))}
    for lang, (n, (lo, hi)) in want.items():
        it = [x for x in s if x["lang"] == lang]
        clean = sum(not x["labels"] for x in it)
        c = Counter(l for x in it for l in x["labels"])
        print(f"sentences {lang}: {len(it)} (clean {clean} = {clean/len(it):.0%}) {dict(c)}")
        if len(it) != n:
            err(f"sentences {lang}: {len(it)} != {n}")
        if not 0.35 <= clean / len(it) <= 0.45:
            err(f"sentences {lang}: clean share {clean/len(it):.2f}")
        for l in SENT:
            if not lo <= c[l] <= hi:
                err(f"sentences {lang}: {l} = {c[l]} outside {lo}-{hi}")
        for x in it:
            if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2:
                err(f"{x['id']}: bad labels {x['labels']}")
    # ---- drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        clean = sum(not x["labels"] for x in it)
        c = Counter(l for x in it for l in x["labels"])
        print(f"drafts {lang}: {len(it)} (clean {clean}) {dict(c)}")
        if len(it) != n or clean != n // 2:
            err(f"drafts {lang}: {len(it)} items, {clean} clean")
        for x in it:
            if set(x["labels"]) - set(DRAFT):
                err(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip() or not x["text"].strip():
                err(f"{x['id']}: empty subject/text")
    # ---- triage
    for lang, n, urg in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                         ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in t if x["lang"] == lang]
        cu = Counter(x["urgency"] for x in it)
        ce = Counter(x["emotion"] for x in it)
        ct = sum(x["terse"] for x in it)
        print(f"triage {lang}: {len(it)} urgency {dict(cu)} emotion {dict(ce)} terse {ct}")
        if len(it) != n or dict(cu) != urg:
            err(f"triage {lang}: counts {len(it)} {dict(cu)}")
        for e, (lo, hi) in {"angry": (0.15, 0.25), "anxious": (0.15, 0.25), "positive": (0.05, 0.11)}.items():
            if not lo <= ce[e] / n <= hi:
                err(f"triage {lang}: {e} share {ce[e]/n:.2f}")
        if not 0.07 <= ct / n <= 0.13:
            err(f"triage {lang}: terse share {ct/n:.2f}")
        for x in it:
            if x["urgency"] not in urg or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                    or not isinstance(x["terse"], bool):
                err(f"{x['id']}: bad triage fields")
            if x["urgency"] == "high":
                low = (x["subject"] + "\n" + x["body"]).lower()
                for w in BANNED:
                    if w in low:
                        err(f"{x['id']}: high mail uses banned word {w!r}")
    # ---- near-copies of the kit's examples
    kit = []
    for name in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
        p = os.path.join(KIT, name)
        if os.path.exists(p):
            kit += load(p)
    if not kit:
        err("kit examples not found; set FE_KIT")
    worst = 0.0
    for x in allrows:
        gx = grams(text_of(x))
        for k in kit:
            j = jac(gx, grams(text_of(k)))
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{x['id']} near-copies kit example {k['id']} (J={j:.2f})")
        # also compare sentence by sentence against kit sentences
    print(f"max 3-gram Jaccard vs kit examples: {worst:.2f}")
    # ---- near-duplicates inside the set (warning only)
    near = []
    for group in (s, d, t):
        g = [(x["id"], grams(text_of(x))) for x in group]
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                v = jac(g[i][1], g[j][1])
                if v >= 0.6:
                    near.append((g[i][0], g[j][0], round(v, 2)))
    print(f"internal near-duplicate pairs (J>=0.6, informational): {near}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
