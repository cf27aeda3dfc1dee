#!/usr/bin/env python3
"""Sanity checks for fresh-eval40: counts, ids, vocabularies, banned words, near-copies."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe40-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.lower())
    return {s[i:i + 3] for i in range(len(s) - 2)}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return " ".join(str(x.get(k, "")) for k in ("subject", "text", "body"))


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))
    ids = [x["id"] for x in S + D + T]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    for rows, prefix in ((S, "s"), (D, "d"), (T, "t")):
        for lang in ("ja", "en"):
            got = sorted(x["id"] for x in rows if x["lang"] == lang)
            want = [f"{prefix}-{lang}-{n:03d}" for n in range(1, len(got) + 1)]
            if got != want:
                err(f"{prefix}-{lang}: ids not contiguous")

    # --- sentences
    print("== lint_sentences")
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        rows = [x for x in S if x["lang"] == lang]
        c = Counter(l for x in rows for l in x["labels"])
        clean = sum(1 for x in rows if not x["labels"])
        print(f"  {lang}: {len(rows)} items, clean {clean} ({clean/len(rows):.0%}), {dict(c)}")
        if len(rows) != n:
            err(f"sentences {lang}: {len(rows)} != {n}")
        if not 0.35 <= clean / len(rows) <= 0.45:
            err(f"sentences {lang}: clean share {clean/len(rows):.2f}")
        for l in SENT:
            if not lo <= c[l] <= hi:
                err(f"sentences {lang}: {l} count {c[l]} outside {lo}-{hi}")
    for x in S:
        if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2:
            err(f"{x['id']}: bad labels {x['labels']}")

    # --- drafts
    print("== lint_drafts")
    for lang, n in (("ja", 40), ("en", 20)):
        rows = [x for x in D if x["lang"] == lang]
        c = Counter(l for x in rows for l in x["labels"])
        clean = sum(1 for x in rows if not x["labels"])
        print(f"  {lang}: {len(rows)} items, clean {clean}, {dict(c)}")
        if len(rows) != n:
            err(f"drafts {lang}: {len(rows)} != {n}")
        if clean != n // 2:
            err(f"drafts {lang}: clean {clean} != {n//2}")
    for x in D:
        if set(x["labels"]) - set(DRAFT):
            err(f"{x['id']}: bad labels")
        if not x["subject"].strip():
            err(f"{x['id']}: empty subject")
        ph = re.search(r"〇〇|△△|〇月〇日|\{[a-z_]+\}|\[[^\]]*(名|name|DATE|date)[^\]]*\]", x["text"] + x["subject"])
        if bool(ph) != ("placeholder_left" in x["labels"]):
            err(f"{x['id']}: placeholder regex {bool(ph)} vs label")

    # --- triage
    print("== triage_mails")
    want = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
    for lang, (n, urg) in want.items():
        rows = [x for x in T if x["lang"] == lang]
        cu = Counter(x["urgency"] for x in rows)
        ce = Counter(x["emotion"] for x in rows)
        ct = sum(x["terse"] for x in rows)
        print(f"  {lang}: {len(rows)} items, urgency {dict(cu)}, emotion {dict(ce)}, terse {ct}")
        if len(rows) != n:
            err(f"triage {lang}: {len(rows)} != {n}")
        for k, v in urg.items():
            if cu[k] != v:
                err(f"triage {lang}: {k} {cu[k]} != {v}")
        for e, lo, hi in (("angry", .15, .25), ("anxious", .15, .25), ("positive", .05, .12)):
            if not lo <= ce[e] / n <= hi:
                err(f"triage {lang}: {e} share {ce[e]/n:.2f}")
        if not .07 <= ct / n <= .13:
            err(f"triage {lang}: terse share {ct/n:.2f}")
    for x in T:
        if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            err(f"{x['id']}: bad vocab")
        if x["urgency"] == "high":
            t = (x["subject"] + " " + x["body"]).lower()
            for w in BANNED:
                if w in t:
                    err(f"{x['id']}: banned word {w!r} in a high mail")

    # --- domains
    print("== domains")
    for name, rows in (("sentences", S), ("drafts", D), ("triage", T)):
        by = {lang: Counter(x["domain"] for x in rows if x["lang"] == lang) for lang in ("ja", "en")}
        print(f"  {name}: ja {dict(sorted(by['ja'].items()))}")
        print(f"  {name}: en {dict(sorted(by['en'].items()))}")
    doms = {lang: {x["domain"] for x in S + D + T if x["lang"] == lang} for lang in ("ja", "en")}
    if doms["ja"] != doms["en"] or len(doms["ja"]) != 12:
        err(f"domains differ or not 12: {doms}")

    # --- near-copies of the kit examples, and within the set
    ex = []
    for f in sorted(os.listdir(KIT)):
        if f.startswith("example_") and f.endswith(".jsonl"):
            ex += load(os.path.join(KIT, f))
    exg = [grams(text_of(e)) for e in ex]
    allx = S + D + T
    gs = [grams(text_of(x)) for x in allx]
    worst = 0.0
    for x, g in zip(allx, gs):
        for e, eg in zip(ex, exg):
            j = jac(g, eg)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{x['id']} near-copy of kit example {e['id']} (J={j:.2f})")
    print(f"  max 3-gram Jaccard vs kit examples: {worst:.2f}")
    worst_in = (0.0, None)
    for i in range(len(allx)):
        for k in range(i + 1, len(allx)):
            j = jac(gs[i], gs[k])
            if j > worst_in[0]:
                worst_in = (j, (allx[i]["id"], allx[k]["id"]))
            if j >= 0.6:
                err(f"{allx[i]['id']} ~ {allx[k]['id']} near-duplicate (J={j:.2f})")
    print(f"  max 3-gram Jaccard within the set: {worst_in[0]:.2f} {worst_in[1]}")

    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
