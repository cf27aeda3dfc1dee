#!/usr/bin/env python3
"""Sanity checks for the fe64 set (does not run any product).

usage: python3 check.py [/path/to/fe64-kit]

Verifies counts, unique and well-formed ids, label vocabularies and per-label
ranges, clean ratios, triage distributions, the banned words in high-urgency
mails, domain coverage, placeholder sanity in drafts, and that no item is a
near-copy of the kit's example lines (character 3-gram Jaccard >= 0.6).
Exit status 1 if any hard check fails; warnings are printed but do not fail.
"""
import json
import os
import re
import sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = sys.argv[1] if len(sys.argv) > 1 else "/work/fe64-kit"

SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT_ONLY = ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
URG = ["high", "normal", "low"]
EMO = ["angry", "anxious", "neutral", "positive"]
BANNED = ["大至急", "至急", "緊急", "急ぎ", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER_RE = re.compile(r"〇〇|○○|◯◯|△△|□□|＊＊|〇月〇日|\{[^{}\n]{1,30}\}|\[[^\[\]\n]{1,30}\]|<[^<>\n]{1,30}>|\bXX+\b")

FAIL = []
WARN = []


def fail(msg):
    FAIL.append(msg)


def warn(msg):
    WARN.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def jacc(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def item_text(x):
    if "body" in x:
        return x["subject"] + "\n" + x["body"]
    if "subject" in x:
        return x["subject"] + "\n" + x["text"]
    return x["text"]


def check_ids(rows, prefix, keys):
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        fail(f"{prefix}: duplicate ids")
    for lang in ("ja", "en"):
        mine = [r["id"] for r in rows if r.get("lang") == lang]
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(mine) + 1)]
        if sorted(mine) != want:
            fail(f"{prefix}: ids for {lang} are not {want[0]}..{want[-1] if want else ''} without gaps")
    for r in rows:
        if list(r.keys()) != ["id"] + keys:
            fail(f"{r.get('id')}: keys {list(r.keys())} != {['id'] + keys}")
        if r.get("lang") not in ("ja", "en"):
            fail(f"{r.get('id')}: bad lang")
        if r.get("id", "").split("-")[1:2] != [r.get("lang")]:
            fail(f"{r.get('id')}: id language does not match lang")


def report(name, ok):
    print(("  ok   " if ok else "  FAIL ") + name)


def main():
    sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
    drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
    mails = load(os.path.join(HERE, "triage_mails.jsonl"))

    check_ids(sents, "s", ["lang", "domain", "text", "labels"])
    check_ids(drafts, "d", ["lang", "domain", "subject", "text", "labels"])
    check_ids(mails, "t", ["lang", "domain", "subject", "body", "urgency", "emotion", "terse"])

    # ---- counts
    def n(rows, lang):
        return sum(1 for r in rows if r["lang"] == lang)
    for rows, name, ja, en in ((sents, "lint_sentences", 160, 80), (drafts, "lint_drafts", 40, 20),
                               (mails, "triage_mails", 120, 60)):
        if (n(rows, "ja"), n(rows, "en")) != (ja, en):
            fail(f"{name}: {n(rows, 'ja')} ja / {n(rows, 'en')} en, expected {ja} / {en}")

    # ---- sentences
    print("lint_sentences")
    for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
        it = [x for x in sents if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"  {lang}: n={len(it)} clean={clean} ({clean / len(it):.0%}) " +
              " ".join(f"{k}={c[k]}" for k in SENT))
        for k in SENT:
            if not lo <= c[k] <= hi:
                fail(f"sentences {lang}: {k}={c[k]} outside {lo}-{hi}")
        if not 0.35 <= clean / len(it) <= 0.45:
            fail(f"sentences {lang}: clean share {clean / len(it):.2f} not about 40%")
    for x in sents:
        if not isinstance(x["labels"], list) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            fail(f"{x['id']}: labels must be a list of at most two distinct labels")
        for l in x["labels"]:
            if l not in SENT:
                fail(f"{x['id']}: label {l!r} not a sentence label")
        if not x["text"].strip():
            fail(f"{x['id']}: empty text")

    # ---- drafts
    print("lint_drafts")
    for lang in ("ja", "en"):
        it = [x for x in drafts if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"  {lang}: n={len(it)} clean={clean} " + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
        if clean * 2 != len(it):
            fail(f"drafts {lang}: {clean} clean of {len(it)}, expected half")
        for k in DRAFT_ONLY:
            if c[k] < 3:
                fail(f"drafts {lang}: only {c[k]} {k}")
        if not any(c[k] for k in SENT):
            fail(f"drafts {lang}: no draft carries a sentence label")
    for x in drafts:
        for l in x["labels"]:
            if l not in SENT + DRAFT_ONLY:
                fail(f"{x['id']}: label {l!r} unknown")
        if not x["subject"].strip() or not x["text"].strip():
            fail(f"{x['id']}: empty subject or text")
        has_ph = bool(PLACEHOLDER_RE.search(x["subject"] + "\n" + x["text"]))
        if ("placeholder_left" in x["labels"]) != has_ph:
            fail(f"{x['id']}: placeholder_left={('placeholder_left' in x['labels'])} but placeholder pattern found={has_ph}")

    # ---- triage
    print("triage_mails")
    targets = {"ja": {"high": 36, "normal": 60, "low": 24}, "en": {"high": 18, "normal": 30, "low": 12}}
    for lang in ("ja", "en"):
        it = [x for x in mails if x["lang"] == lang]
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        t = sum(x["terse"] is True for x in it)
        print(f"  {lang}: n={len(it)} " + " ".join(f"{k}={u[k]}" for k in URG) + " | " +
              " ".join(f"{k}={e[k]}" for k in EMO) + f" | terse={t}")
        for k in URG:
            if abs(u[k] - targets[lang][k]) > 3:
                fail(f"triage {lang}: {k}={u[k]}, target {targets[lang][k]}")
        for k, share, tol in (("angry", 0.20, 0.05), ("anxious", 0.20, 0.05), ("positive", 0.08, 0.04)):
            if abs(e[k] / len(it) - share) > tol:
                fail(f"triage {lang}: {k} share {e[k] / len(it):.2f}, target ~{share:.2f}")
        if not 0.07 <= t / len(it) <= 0.13:
            fail(f"triage {lang}: terse share {t / len(it):.2f}, target ~0.10")
    for x in mails:
        if x["urgency"] not in URG:
            fail(f"{x['id']}: bad urgency")
        if x["emotion"] not in EMO:
            fail(f"{x['id']}: bad emotion")
        if not isinstance(x["terse"], bool):
            fail(f"{x['id']}: terse must be a boolean")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in blob:
                    fail(f"{x['id']}: high-urgency mail uses banned word {w!r}")

    # ---- domains
    print("domains")
    doms = {}
    for name, rows in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
        for lang in ("ja", "en"):
            doms[(name, lang)] = {x["domain"] for x in rows if x["lang"] == lang}
    alld = set().union(*doms.values())
    print(f"  {len(alld)} domains: {', '.join(sorted(alld))}")
    if len(alld) != 12:
        fail(f"expected 12 domains, found {len(alld)}")
    for (name, lang), ds in doms.items():
        if name != "drafts" and ds != alld:
            fail(f"{name} {lang}: missing domains {sorted(alld - ds)}")
    for lang in ("ja", "en"):
        have = set().union(*(doms[(nm, lang)] for nm in ("sentences", "drafts", "mails")))
        if have != alld:
            fail(f"{lang}: domains missing {sorted(alld - have)}")
    meta = os.path.join(HERE, "domains.json")
    if os.path.exists(meta):
        with open(meta, encoding="utf-8") as f:
            if set(json.load(f)) != alld:
                fail("domains.json does not match the domains used")

    # ---- near copies of the kit examples
    print("near-copy check against kit examples")
    ex = []
    if os.path.isdir(KIT):
        for fn in sorted(os.listdir(KIT)):
            if fn.startswith("example_") and fn.endswith(".jsonl"):
                ex += load(os.path.join(KIT, fn))
    else:
        warn(f"kit directory {KIT} not found; near-copy check skipped")
    exg = [(e.get("id"), grams(item_text(e)), grams(e.get("body", e.get("text", "")))) for e in ex]
    worst = 0.0
    for x in sents + drafts + mails:
        g = grams(item_text(x))
        gb = grams(x.get("body", x.get("text", "")))
        for eid, eg, ebg in exg:
            j = max(jacc(g, eg), jacc(gb, ebg))
            worst = max(worst, j)
            if j >= 0.6:
                fail(f"{x['id']} is a near-copy of kit example {eid} (Jaccard {j:.2f})")
    print(f"  {len(ex)} kit examples; highest similarity {worst:.2f} (limit 0.60)")

    # ---- near duplicates inside the set (warning only)
    for rows, key in ((sents, "text"), (drafts, "text"), (mails, "body")):
        gs = [(x["id"], grams(x[key])) for x in rows if len(x[key]) >= 15]
        for (a, ga), (b, gb) in combinations(gs, 2):
            j = jacc(ga, gb)
            if j >= 0.6:
                warn(f"{a} and {b} are very similar (Jaccard {j:.2f})")

    print()
    for w in WARN:
        print("WARN", w)
    for f_ in FAIL:
        print("FAIL", f_)
    print("RESULT:", "FAIL" if FAIL else "all checks passed")
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
