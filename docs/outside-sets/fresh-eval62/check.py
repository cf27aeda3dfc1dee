#!/usr/bin/env python3
"""Verify the fresh-eval62 files.

usage: python3 check.py /path/to/fe62-kit

Checks: counts per file and language, unique ids and id format, field presence and types,
label vocabularies, per-label counts within the brief's ranges, clean shares, urgency /
emotion / terse distributions, the banned urgency words in high mails, and that no item is
a near-copy (character 3-gram Jaccard >= 0.6) of a line in the kit's example_*.jsonl files
or of another item in this set. Exits 1 on any error; warnings do not fail.
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return x.get("text") or x.get("body") or ""


def within(name, got, lo, hi):
    if not lo <= got <= hi:
        err(f"{name}: {got} not in [{lo}, {hi}]")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check.py /path/to/fe62-kit")
    kit = sys.argv[1]
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")

    ids = Counter(x["id"] for x in sents + drafts + mails)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i}")
    for prefix, rows in (("s", sents), ("d", drafts), ("t", mails)):
        for x in rows:
            if not re.fullmatch(rf"{prefix}-(ja|en)-\d{{3}}", x["id"]) or x["id"].split("-")[1] != x["lang"]:
                err(f"bad id {x['id']}")
            if not x.get("domain"):
                err(f"{x['id']}: no domain")

    # --- sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in sents if x["lang"] == lang]
        if len(it) != n:
            err(f"sentences {lang}: {len(it)} != {n}")
        c = Counter(l for x in it for l in x["labels"])
        for r in SENT_RULES:
            within(f"sentences {lang} {r}", c[r], lo, hi)
        clean = sum(not x["labels"] for x in it)
        within(f"sentences {lang} clean share %", round(100 * clean / max(1, len(it))), 35, 45)
    for x in sents:
        if not isinstance(x["labels"], list) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: labels must be a list of at most 2 distinct labels")
        for l in x["labels"]:
            if l not in SENT_RULES:
                err(f"{x['id']}: unknown label {l}")
        if not x["text"].strip():
            err(f"{x['id']}: empty text")

    # --- drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in drafts if x["lang"] == lang]
        if len(it) != n:
            err(f"drafts {lang}: {len(it)} != {n}")
        clean = sum(not x["labels"] for x in it)
        if clean != n // 2:
            err(f"drafts {lang}: {clean} clean, expected {n // 2}")
        c = Counter(l for x in it for l in x["labels"])
        for r in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[r] < (4 if lang == "ja" else 2):
                err(f"drafts {lang}: only {c[r]} {r}")
    for x in drafts:
        for l in x["labels"]:
            if l not in DRAFT_RULES:
                err(f"{x['id']}: unknown label {l}")
        if not x["subject"].strip() or not x["text"].strip():
            err(f"{x['id']}: empty subject or text")

    # --- triage
    for lang, n, target in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                            ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in mails if x["lang"] == lang]
        if len(it) != n:
            err(f"mails {lang}: {len(it)} != {n}")
        u = Counter(x["urgency"] for x in it)
        for k, v in target.items():
            within(f"mails {lang} urgency={k}", u[k], v - 2, v + 2)
        e = Counter(x["emotion"] for x in it)
        for k, share in (("angry", .20), ("anxious", .20), ("positive", .08)):
            within(f"mails {lang} emotion={k}", e[k], round(n * share * 0.75), round(n * share * 1.3))
        t = sum(x["terse"] for x in it)
        within(f"mails {lang} terse", t, round(n * 0.07), round(n * 0.13))
    for x in mails:
        if x["urgency"] not in ("high", "normal", "low"):
            err(f"{x['id']}: bad urgency")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            err(f"{x['id']}: bad emotion")
        if not isinstance(x["terse"], bool):
            err(f"{x['id']}: terse must be a bool")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in blob:
                    err(f"{x['id']}: banned word {w!r} in a high mail")

    # --- near copies of the kit's examples and inside the set
    examples = []
    for fn in glob.glob(os.path.join(kit, "example_*.jsonl")):
        with open(fn, encoding="utf-8") as f:
            for l in f:
                if l.strip():
                    o = json.loads(l)
                    examples.append((o.get("id"), grams(text_of(o))))
    if not examples:
        err(f"no example_*.jsonl found under {kit}")
    items = [(x["id"], grams(text_of(x))) for x in sents + drafts + mails]
    for i, g in items:
        for j, h in examples:
            s = jac(g, h)
            if s >= 0.6:
                err(f"{i} is a near-copy of kit example {j} (Jaccard {s:.2f})")
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            s = jac(items[a][1], items[b][1])
            if s >= 0.6:
                warn(f"{items[a][0]} and {items[b][0]} are near-duplicates (Jaccard {s:.2f})")

    # --- report
    print(f"sentences {len(sents)}, drafts {len(drafts)}, mails {len(mails)}; "
          f"{len(examples)} kit examples compared")
    for lang in ("ja", "en"):
        it = [x for x in sents if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        print(f"  sentences {lang}: clean {sum(not x['labels'] for x in it)}/{len(it)}, two-label "
              f"{sum(len(x['labels']) == 2 for x in it)}, " + ", ".join(f"{r} {c[r]}" for r in SENT_RULES))
        it = [x for x in drafts if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        print(f"  drafts {lang}: clean {sum(not x['labels'] for x in it)}/{len(it)}, "
              + ", ".join(f"{r} {v}" for r, v in sorted(c.items())))
        it = [x for x in mails if x["lang"] == lang]
        print(f"  mails {lang}: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(x['urgency'] for x in it).items()))
              + " | " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(x['emotion'] for x in it).items()))
              + f" | terse {sum(x['terse'] for x in it)}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
