#!/usr/bin/env python3
"""Verify fresh-eval41: counts, unique ids, vocabularies, banned words in high mails,
no near-copies of the kit's example lines (char 3-gram Jaccard >= 0.6), no near-duplicates inside the set."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE41_KIT", "/work/fe41-kit")
sys.path.insert(0, os.path.join(HERE, "src"))
from domains import DOMAINS  # noqa: E402

SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED_JA = ["至急", "緊急", "急ぎ", "大至急"]
BANNED_EN = ["urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", "", t)
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    M = load(os.path.join(HERE, "triage_mails.jsonl"))

    ids = [x["id"] for x in S + D + M]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")
    for pre, rows in (("s", S), ("d", D), ("t", M)):
        for lang in ("ja", "en"):
            got = [x["id"] for x in rows if x["lang"] == lang]
            want = [f"{pre}-{lang}-{n:03d}" for n in range(1, len(got) + 1)]
            if got != want:
                err(f"{pre}-{lang}: ids not sequential")

    def expect(name, got, want):
        if got != want:
            err(f"{name}: {got} != {want}")

    # --- sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        expect(f"sentences {lang}", len(it), n)
        clean = sum(not x["labels"] for x in it)
        if not 0.35 <= clean / len(it) <= 0.45:
            err(f"sentences {lang}: clean share {clean}/{len(it)}")
        c = Counter(l for x in it for l in x["labels"])
        for l in SENT:
            if not lo <= c[l] <= hi:
                err(f"sentences {lang}: {l} = {c[l]} outside {lo}-{hi}")
        for x in it:
            if set(x["labels"]) - SENT or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
                err(f"{x['id']}: bad labels {x['labels']}")
        print(f"sentences {lang}: {len(it)} ({clean} clean) {dict(sorted(c.items()))}")

    # --- drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        expect(f"drafts {lang}", len(it), n)
        clean = sum(not x["labels"] for x in it)
        expect(f"drafts {lang} clean", clean, n // 2)
        c = Counter(l for x in it for l in x["labels"])
        for x in it:
            if set(x["labels"]) - DRAFT:
                err(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip() or not x["text"].strip():
                err(f"{x['id']}: empty subject/text")
        for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[l] < 3:
                err(f"drafts {lang}: too few {l}")
        print(f"drafts {lang}: {len(it)} ({clean} clean) {dict(sorted(c.items()))}")

    # --- triage
    for lang, n, u in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                       ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in M if x["lang"] == lang]
        expect(f"triage {lang}", len(it), n)
        expect(f"triage {lang} urgency", dict(Counter(x["urgency"] for x in it)), u)
        e = Counter(x["emotion"] for x in it)
        for k in ("angry", "anxious"):
            if not 0.16 <= e[k] / n <= 0.24:
                err(f"triage {lang}: {k} share {e[k]}/{n}")
        if not 0.05 <= e["positive"] / n <= 0.11:
            err(f"triage {lang}: positive share {e['positive']}/{n}")
        if set(e) - {"angry", "anxious", "neutral", "positive"}:
            err(f"triage {lang}: bad emotions {set(e)}")
        t = sum(x["terse"] is True for x in it)
        if not 0.07 <= t / n <= 0.13:
            err(f"triage {lang}: terse {t}/{n}")
        for x in it:
            if not isinstance(x["terse"], bool):
                err(f"{x['id']}: terse not bool")
            if x["urgency"] == "high":
                txt = x["subject"] + "\n" + x["body"]
                for w in BANNED_JA:
                    if w in txt:
                        err(f"{x['id']}: high mail uses {w}")
                for w in BANNED_EN:
                    if re.search(w, txt, re.I):
                        err(f"{x['id']}: high mail uses {w}")
        print(f"triage {lang}: {len(it)} urgency {dict(Counter(x['urgency'] for x in it))} "
              f"emotion {dict(e)} terse {t}")

    # --- domains: 12, each in both languages, in every file
    for name, rows in (("sentences", S), ("drafts", D), ("triage", M)):
        for lang in ("ja", "en"):
            ds = {x["domain"] for x in rows if x["lang"] == lang}
            if ds != set(DOMAINS):
                err(f"{name} {lang}: domains {sorted(ds ^ set(DOMAINS))} differ")

    # --- near-copies of the kit's examples, and near-duplicates inside the set
    def texts(rows):
        return [(x["id"], (x.get("subject", "") + " " + (x.get("text") or x.get("body") or "")).strip()) for x in rows]

    ex = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            for x in load(os.path.join(KIT, fn)):
                ex.append((x["id"], x.get("text") or x.get("body") or ""))
                for line in (x.get("text") or x.get("body") or "").splitlines():
                    if len(line) >= 8:
                        ex.append((x["id"] + ":line", line))
    ours = texts(S) + texts(D) + texts(M)
    exg = [(i, grams(t)) for i, t in ex]
    worst = 0.0
    for i, t in ours:
        g = grams(t)
        units = [g] + [grams(l) for l in t.splitlines() if len(l) >= 8]
        for ei, eg in exg:
            for u in units:
                j = jac(u, eg)
                worst = max(worst, j)
                if j >= 0.6:
                    err(f"{i} near-copies kit example {ei} (J={j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")
    og = [(i, grams(t)) for i, t in ours]
    for a in range(len(og)):
        for b in range(a + 1, len(og)):
            j = jac(og[a][1], og[b][1])
            if j >= 0.6:
                err(f"near-duplicate inside set: {og[a][0]} / {og[b][0]} (J={j:.2f})")

    if errors:
        print("\nFAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
