#!/usr/bin/env python3
"""Sanity checks for fresh-eval38 (does not run any product code)."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(os.path.dirname(HERE), "fe38-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)
    print("FAIL:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jac(a, b):
    return len(a & b) / max(1, len(a | b))


def texts(x):
    return [x[k] for k in ("text", "body", "subject") if x.get(k)]


def between(name, n, lo, hi):
    ok = lo <= n <= hi
    print(f"  {name}: {n} (want {lo}-{hi}){'' if ok else '  <-- out of range'}")
    if not ok:
        fail(f"{name} = {n}, want {lo}-{hi}")


def main():
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))
    everything = s + d + t

    ids = [x["id"] for x in everything]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        fail(f"duplicate ids: {dup}")
    for x, pre in [(x, "s") for x in s] + [(x, "d") for x in d] + [(x, "t") for x in t]:
        if not re.fullmatch(rf"{pre}-{x['lang']}-\d{{3}}", x["id"]):
            fail(f"bad id {x['id']}")

    print("lint_sentences")
    need = {"id", "lang", "domain", "text", "labels"}
    for x in s:
        if set(x) != need:
            fail(f"{x['id']} keys {sorted(x)}")
        if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            fail(f"{x['id']} labels {x['labels']}")
    for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in s if x["lang"] == lang]
        between(f"{lang} sentences", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        between(f"{lang} clean sentences (~40%)", clean, int(total * 0.35), int(total * 0.45))
        c = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            between(f"{lang} {lab}", c[lab], lo, hi)

    print("lint_drafts")
    need = {"id", "lang", "domain", "subject", "text", "labels"}
    for x in d:
        if set(x) != need:
            fail(f"{x['id']} keys {sorted(x)}")
        if set(x["labels"]) - set(DRAFT):
            fail(f"{x['id']} labels {x['labels']}")
    for lang, total in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        between(f"{lang} drafts", len(it), total, total)
        between(f"{lang} clean drafts (half)", sum(not x["labels"] for x in it), total // 2, total // 2)
        c = Counter(l for x in it for l in x["labels"])
        for lab in ("apology_incomplete", "purpose_not_upfront", "placeholder_left"):
            between(f"{lang} {lab}", c[lab], 2, 8)
        print(f"  {lang} sentence labels in drafts: {sum(c[l] for l in SENT)}")

    print("triage_mails")
    need = {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}
    for x in t:
        if set(x) != need:
            fail(f"{x['id']} keys {sorted(x)}")
        if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            fail(f"{x['id']} bad label values")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in blob:
                    fail(f"{x['id']} high mail uses banned word {w!r}")
    for lang, total, (h, n, l) in (("ja", 120, (36, 60, 24)), ("en", 60, (18, 30, 12))):
        it = [x for x in t if x["lang"] == lang]
        between(f"{lang} mails", len(it), total, total)
        u = Counter(x["urgency"] for x in it)
        between(f"{lang} high", u["high"], h, h)
        between(f"{lang} normal", u["normal"], n, n)
        between(f"{lang} low", u["low"], l, l)
        e = Counter(x["emotion"] for x in it)
        between(f"{lang} angry (~20%)", e["angry"], int(total * .17), int(total * .23))
        between(f"{lang} anxious (~20%)", e["anxious"], int(total * .17), int(total * .23))
        between(f"{lang} positive (~8%)", e["positive"], int(total * .05), int(total * .11))
        between(f"{lang} terse (~10%)", sum(x["terse"] for x in it), int(total * .08), int(total * .12))

    print("domains")
    doms = {}
    for x in everything:
        doms.setdefault(x["domain"], set()).add(x["lang"])
    between("domains", len(doms), 12, 12)
    for dom, langs in sorted(doms.items()):
        if langs != {"ja", "en"}:
            fail(f"domain {dom} only in {langs}")
    for name, items in (("sentences", s), ("drafts", d), ("mails", t)):
        for lang in ("ja", "en"):
            have = {x["domain"] for x in items if x["lang"] == lang}
            if len(have) < 10:
                fail(f"{name}/{lang} uses only {len(have)} domains")

    print("near-copies of kit examples (char 3-gram Jaccard >= 0.6)")
    kit = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        for x in load(p):
            kit += [grams(v) for v in texts(x)]
    worst = 0.0
    for x in everything:
        for v in texts(x):
            g = grams(v)
            for k in kit:
                j = jac(g, k)
                worst = max(worst, j)
                if j >= 0.6:
                    fail(f"{x['id']} is a near-copy of a kit example (J={j:.2f})")
    print(f"  highest similarity to a kit example: {worst:.2f}")

    print("near-duplicates inside the set (>= 0.6, same file)")
    for name, items, key in (("sentences", s, "text"), ("drafts", d, "text"), ("mails", t, "body")):
        gs = [(x["id"], grams(x[key])) for x in items]
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                v = jac(gs[i][1], gs[j][1])
                if v >= 0.6:
                    fail(f"{gs[i][0]} ~ {gs[j][0]} (J={v:.2f})")

    print("\nOK" if not PROBLEMS else f"\n{len(PROBLEMS)} problem(s)")
    sys.exit(1 if PROBLEMS else 0)


if __name__ == "__main__":
    main()
