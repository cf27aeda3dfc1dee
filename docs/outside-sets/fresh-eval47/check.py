#!/usr/bin/env python3
"""Sanity checks for fresh-eval47 (does not run any product)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE47_KIT", "/work/fe47-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"engrave", "fruit", "dbox", "babyfood", "staging", "btopc", "fuelcard",
           "bungee", "plating", "foodsample", "adops", "gelato"}
JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return (x.get("subject", "") + "\n" + (x.get("text") or x.get("body") or "")).strip()


def near_copy(items, examples):
    eg = [(e["id"], grams(text_of(e)), grams(e.get("text") or e.get("body") or "")) for e in examples]
    for x in items:
        g1 = grams(text_of(x)); g2 = grams(x.get("text") or x.get("body") or "")
        for eid, h1, h2 in eg:
            j = max(jac(g1, h1), jac(g2, h2))
            if j >= 0.6:
                err(f"{x['id']} near-copy of kit example {eid} (3-gram Jaccard {j:.2f})")


def main():
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))

    ids = [x["id"] for x in s + d + t]
    for i, n in Counter(ids).items():
        if n > 1:
            err(f"duplicate id {i}")

    def want(name, got, exp):
        if got != exp:
            err(f"{name}: got {got}, expected {exp}")

    for name, items, fields in (("sentences", s, ["id", "lang", "domain", "text", "labels"]),
                                ("drafts", d, ["id", "lang", "domain", "subject", "text", "labels"]),
                                ("triage", t, ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])):
        for x in items:
            if list(x.keys()) != fields:
                err(f"{x['id']}: fields {list(x.keys())}")
            if x["domain"] not in DOMAINS:
                err(f"{x['id']}: unknown domain {x['domain']}")
            txt = text_of(x)
            if x["lang"] == "ja" and not JA.search(txt):
                err(f"{x['id']}: ja item without Japanese text")
            if x["lang"] == "en" and JA.search(txt):
                err(f"{x['id']}: en item with Japanese text")
            if not re.fullmatch(r"[sdt]-(ja|en)-\d{3}", x["id"]) or x["id"].split("-")[1] != x["lang"]:
                err(f"{x['id']}: bad id")
        for lang in ("ja", "en"):
            doms = {x["domain"] for x in items if x["lang"] == lang}
            if doms != DOMAINS:
                err(f"{name}/{lang}: domains used {sorted(doms)}")

    # --- sentences
    print("== lint_sentences")
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in s if x["lang"] == lang]
        want(f"sentences/{lang} count", len(it), n)
        clean = sum(1 for x in it if not x["labels"])
        print(f"  {lang}: {len(it)} items, {clean} clean ({clean/len(it):.0%}), "
              f"{sum(1 for x in it if len(x['labels']) > 1)} with two labels")
        if not 0.35 <= clean / len(it) <= 0.45:
            err(f"sentences/{lang}: clean share {clean/len(it):.2f}")
        c = Counter(l for x in it for l in x["labels"])
        for l in SENT:
            print(f"    {l:26s} {c[l]}")
            if not lo <= c[l] <= hi:
                err(f"sentences/{lang}: {l} count {c[l]} outside {lo}-{hi}")
        for x in it:
            if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2:
                err(f"{x['id']}: bad labels {x['labels']}")
        print(f"    per domain: {dict(sorted(Counter(x['domain'] for x in it).items()))}")

    # --- drafts
    print("== lint_drafts")
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        want(f"drafts/{lang} count", len(it), n)
        clean = sum(1 for x in it if not x["labels"])
        want(f"drafts/{lang} clean", clean, n // 2)
        c = Counter(l for x in it for l in x["labels"])
        print(f"  {lang}: {len(it)} drafts, {clean} clean; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
        for x in it:
            if set(x["labels"]) - set(DRAFT):
                err(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip():
                err(f"{x['id']}: empty subject")
        for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[l] < 2:
                err(f"drafts/{lang}: too few {l}")

    # --- triage
    print("== triage_mails")
    for lang, n, u_exp in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                           ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in t if x["lang"] == lang]
        want(f"triage/{lang} count", len(it), n)
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        ters = sum(1 for x in it if x["terse"])
        print(f"  {lang}: urgency {dict(u)}; emotion {dict(e)}; terse {ters}")
        want(f"triage/{lang} urgency", dict(u), u_exp)
        for k, lo, hi in (("angry", .15, .25), ("anxious", .15, .25), ("positive", .05, .11)):
            if not lo <= e[k] / n <= hi:
                err(f"triage/{lang}: {k} share {e[k]/n:.2f}")
        if not .07 <= ters / n <= .13:
            err(f"triage/{lang}: terse share {ters/n:.2f}")
        for x in it:
            if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                    or not isinstance(x["terse"], bool):
                err(f"{x['id']}: bad triage labels")
            if x["urgency"] == "high":
                low = (x["subject"] + " " + x["body"]).lower()
                for w in BANNED:
                    if w in low:
                        err(f"{x['id']}: banned word {w!r} in a high mail")
            if x["terse"] and len(x["body"]) > 60:
                err(f"{x['id']}: terse mail is long ({len(x['body'])} chars)")

    # --- near-copies of the kit's examples
    ex = {n: load(os.path.join(KIT, f"example_{n}.jsonl")) for n in ("lint_sentences", "lint_drafts", "triage_mails")}
    allex = ex["lint_sentences"] + ex["lint_drafts"] + ex["triage_mails"]
    near_copy(s + d + t, allex)

    # --- near-duplicates inside the set (informational, same file and language)
    for name, items in (("sentences", s), ("drafts", d), ("triage", t)):
        g = [(x["id"], x["lang"], grams(x.get("text") or x.get("body"))) for x in items]
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                if g[i][1] == g[j][1] and len(g[i][2]) > 8 and jac(g[i][2], g[j][2]) >= 0.8:
                    err(f"{g[i][0]} and {g[j][0]} are near-duplicates")

    print(f"\n{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
