#!/usr/bin/env python3
"""Sanity checks for fresh-eval37 (does not run any product code).

Checks counts, unique ids, field shapes, label vocabularies, per-label ranges,
banned urgency words in high mails, leftover placeholder-like strings outside
placeholder_left drafts, and that no item is a near-copy of the kit's example
lines (character 3-gram Jaccard >= 0.6). Also reports near-duplicates inside the set.
Exit 1 on any failure.
"""
import json, os, re, sys, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE37_KIT", "/work/fe37-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER_RE = re.compile(r"[〇○◯△□＊]{1,}|\{[^}]*\}|\[[^\]]*\]|\bX{2,}\b|XX/XX|＜[^＞]*名＞")
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return (x.get("subject", "") + "\n" + (x.get("text") or x.get("body") or ""))


def main():
    S, D, T = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")
    ids = [x["id"] for x in S + D + T]
    if len(ids) != len(set(ids)):
        fail("duplicate ids: %s" % [i for i, c in Counter(ids).items() if c > 1])

    # --- sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        if len(it) != n:
            fail(f"sentences {lang}: {len(it)} != {n}")
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"sentences {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) labels={dict(c)}")
        for l in SENT:
            if not lo <= c[l] <= hi:
                fail(f"sentences {lang}: {l}={c[l]} outside {lo}-{hi}")
        if not 0.35 <= clean / len(it) <= 0.45:
            fail(f"sentences {lang}: clean share {clean/len(it):.2f}")
        for x in it:
            if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
                fail(f"{x['id']}: bad labels {x['labels']}")
            if not re.fullmatch(rf"s-{lang}-\d{{3}}", x["id"]):
                fail(f"{x['id']}: bad id")
        print("   per domain:", dict(Counter(x["domain"] for x in it)))

    # --- drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        if len(it) != n:
            fail(f"drafts {lang}: {len(it)} != {n}")
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"drafts {lang}: n={len(it)} clean={clean} labels={dict(c)}")
        if clean * 2 != len(it):
            fail(f"drafts {lang}: clean {clean} is not half")
        for x in it:
            if set(x["labels"]) - set(DRAFT):
                fail(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip():
                fail(f"{x['id']}: empty subject")
            ph = PLACEHOLDER_RE.findall(x["text"])
            if ph and "placeholder_left" not in x["labels"]:
                fail(f"{x['id']}: placeholder-like {ph} but not labelled")
            if not ph and "placeholder_left" in x["labels"]:
                fail(f"{x['id']}: labelled placeholder_left but none found")

    # --- triage
    for lang, n, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                          ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in T if x["lang"] == lang]
        if len(it) != n:
            fail(f"triage {lang}: {len(it)} != {n}")
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        t = sum(x["terse"] for x in it)
        print(f"triage {lang}: n={len(it)} urgency={dict(u)} emotion={dict(e)} terse={t}")
        if dict(u) != want:
            fail(f"triage {lang}: urgency {dict(u)} != {want}")
        for k, (lo, hi) in {"angry": (0.15, 0.25), "anxious": (0.15, 0.25), "positive": (0.05, 0.12)}.items():
            if not lo <= e[k] / len(it) <= hi:
                fail(f"triage {lang}: {k} share {e[k]/len(it):.2f}")
        if not 0.07 <= t / len(it) <= 0.13:
            fail(f"triage {lang}: terse share {t/len(it):.2f}")
        for x in it:
            if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                    or not isinstance(x["terse"], bool):
                fail(f"{x['id']}: bad triage fields")
            if x["urgency"] == "high":
                blob = (x["subject"] + "\n" + x["body"]).lower()
                for w in BANNED:
                    if w in blob:
                        fail(f"{x['id']}: banned word {w!r} in a high mail")
            if PLACEHOLDER_RE.search(x["body"]):
                print(f"  note {x['id']}: placeholder-like string in mail body: {PLACEHOLDER_RE.findall(x['body'])}")
        print("   per domain:", dict(Counter(x["domain"] for x in it)))

    # --- domains: same 12 in both languages, in every file
    for name, rows in (("sentences", S), ("drafts", D), ("triage", T)):
        ja = {x["domain"] for x in rows if x["lang"] == "ja"}
        en = {x["domain"] for x in rows if x["lang"] == "en"}
        if ja != en or len(ja) != 12:
            fail(f"{name}: domains ja={sorted(ja)} en={sorted(en)}")

    # --- near-copies of the kit examples, and near-duplicates inside the set
    kit = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        with open(p, encoding="utf-8") as f:
            kit += [json.loads(l) for l in f if l.strip()]
    kg = [(k["id"], grams(k.get("text") or k.get("body") or "")) for k in kit]
    allitems = S + D + T
    ig = [(x["id"], grams(x.get("text") or x.get("body") or "")) for x in allitems]
    worst = 0.0
    for i, g in ig:
        for k, h in kg:
            j = jacc(g, h)
            worst = max(worst, j)
            if j >= 0.6:
                fail(f"{i} is a near-copy of kit example {k} (J={j:.2f})")
    print(f"max 3-gram Jaccard to a kit example: {worst:.2f}")
    dup = 0
    for a in range(len(ig)):
        for b in range(a + 1, len(ig)):
            j = jacc(ig[a][1], ig[b][1])
            if j >= 0.6:
                dup += 1
                print(f"  near-duplicate inside the set: {ig[a][0]} ~ {ig[b][0]} J={j:.2f}")
    print(f"near-duplicate pairs inside the set: {dup}")

    print("\nOK" if not fails else f"\n{len(fails)} failure(s)")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
