#!/usr/bin/env python3
"""Verify the built fresh-eval25 files: counts, ids, vocabularies, banned words, near-copies."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe25-kit"
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED_JA = ["至急", "緊急", "急ぎ", "大至急"]
BANNED_EN = re.compile(r"urgent|asap|emergenc|immediate", re.I)
problems = []


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = re.sub(r"\s+", "", t)
    return {t[i:i + 3] for i in range(len(t) - 2)}


def jac(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def want(cond, msg):
    if not cond:
        problems.append(msg)


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))
    ids = [x["id"] for x in S + D + T]
    want(len(ids) == len(set(ids)), "duplicate ids")
    for rows, pre in ((S, "s"), (D, "d"), (T, "t")):
        for x in rows:
            want(re.fullmatch(pre + r"-(ja|en)-\d{3}", x["id"]) and x["id"][2:4] == x["lang"], f"bad id {x['id']}")
    domains = Counter()
    # sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        want(len(it) == n, f"sentences {lang}: {len(it)} != {n}")
        clean = sum(not x["labels"] for x in it)
        print(f"sentences {lang}: {len(it)}, clean {clean} ({clean/len(it):.0%}), two labels {sum(len(x['labels'])==2 for x in it)}")
        c = Counter(l for x in it for l in x["labels"])
        for r in SENT_RULES:
            print(f"   {r:26s} {c[r]}")
            want(lo <= c[r] <= hi, f"sentences {lang} {r} = {c[r]} outside {lo}-{hi}")
        want(0.35 <= clean / len(it) <= 0.45, f"sentences {lang} clean share {clean/len(it):.2f}")
    for x in S:
        want(set(x["labels"]) <= set(SENT_RULES) and len(x["labels"]) <= 2 and len(set(x["labels"])) == len(x["labels"]), f"bad labels {x['id']}")
        domains[(x["domain"], x["lang"])] += 1
    # drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        want(len(it) == n, f"drafts {lang}: {len(it)} != {n}")
        clean = sum(not x["labels"] for x in it)
        want(clean == n // 2, f"drafts {lang}: clean {clean} != {n//2}")
        c = Counter(l for x in it for l in x["labels"])
        print(f"drafts {lang}: {len(it)}, clean {clean}; " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    for x in D:
        want(set(x["labels"]) <= set(DRAFT_RULES), f"bad labels {x['id']}")
        want(x["subject"].strip() != "", f"empty subject {x['id']}")
        domains[(x["domain"], x["lang"])] += 1
    # mails
    for lang, n, tgt in (("ja", 120, (36, 60, 24)), ("en", 60, (18, 30, 12))):
        it = [x for x in T if x["lang"] == lang]
        want(len(it) == n, f"mails {lang}: {len(it)} != {n}")
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        tr = sum(x["terse"] for x in it)
        print(f"mails {lang}: {len(it)}; urgency {dict(u)}; emotion {dict(e)}; terse {tr}")
        want((u["high"], u["normal"], u["low"]) == tgt, f"mails {lang} urgency {dict(u)} != {tgt}")
        for emo in ("angry", "anxious"):
            want(0.15 <= e[emo] / n <= 0.25, f"mails {lang} {emo} share {e[emo]/n:.2f}")
        want(0.05 <= e["positive"] / n <= 0.11, f"mails {lang} positive share")
        want(0.07 <= tr / n <= 0.13, f"mails {lang} terse share {tr/n:.2f}")
    for x in T:
        want(x["urgency"] in ("high", "normal", "low"), f"urgency {x['id']}")
        want(x["emotion"] in ("angry", "anxious", "neutral", "positive"), f"emotion {x['id']}")
        want(isinstance(x["terse"], bool), f"terse {x['id']}")
        domains[(x["domain"], x["lang"])] += 1
        if x["urgency"] == "high":
            txt = x["subject"] + "\n" + x["body"]
            for w in BANNED_JA:
                want(w not in txt, f"banned {w} in high mail {x['id']}")
            want(not BANNED_EN.search(txt), f"banned English word in high mail {x['id']}")
    doms = sorted({k[0] for k in domains})
    print(f"domains ({len(doms)}):", ", ".join(f"{dm} ja{domains[(dm,'ja')]}/en{domains[(dm,'en')]}" for dm in doms))
    want(len(doms) == 12, "not 12 domains")
    for dm in doms:
        want(domains[(dm, "ja")] > 0 and domains[(dm, "en")] > 0, f"domain {dm} missing a language")
    # near-copies of the kit examples, and duplicates inside the set
    kit = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        for x in load(p):
            kit.append(" ".join(str(x.get(k, "")) for k in ("subject", "text", "body")))
    kg = [grams(k) for k in kit]
    mine = [(x["id"], " ".join(str(x.get(k, "")) for k in ("subject", "text", "body"))) for x in S + D + T]
    mg = [(i, grams(t)) for i, t in mine]
    worst = 0.0
    for i, g in mg:
        for k in kg:
            j = jac(g, k)
            worst = max(worst, j)
            want(j < 0.6, f"{i} near-copies a kit example (J={j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")
    inner = 0.0
    for a in range(len(mg)):
        for b in range(a + 1, len(mg)):
            j = jac(mg[a][1], mg[b][1])
            inner = max(inner, j)
            want(j < 0.6, f"{mg[a][0]} and {mg[b][0]} are near-duplicates (J={j:.2f})")
    print(f"max 3-gram Jaccard between two items of this set: {inner:.2f}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
