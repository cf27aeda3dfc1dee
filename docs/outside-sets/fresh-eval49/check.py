#!/usr/bin/env python3
"""Sanity checks for fresh-eval49: counts, ids, vocabularies, banned words, near-copies."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE49_KIT", "/work/fe49-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"firstaid", "autodoor", "fastener", "fencing", "rcmodel", "magic", "silverws",
           "robotsi", "artrental", "trailerhouse", "voiceact", "ninja"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{name} = {n}, expected {lo}..{hi}")


def main():
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))
    allrows = s + d + t
    ids = [x["id"] for x in allrows]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    for x in allrows:
        if x.get("domain") not in DOMAINS:
            err(f"{x['id']}: unknown domain {x.get('domain')}")
        if not x["id"].startswith(x["id"][0] + "-" + x["lang"] + "-"):
            err(f"{x['id']}: id/lang mismatch")

    # sentences
    for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in s if x["lang"] == lang]
        between(f"sentences {lang} total", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        between(f"sentences {lang} clean share x100", round(100 * clean / len(it)), 35, 45)
        cnt = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            between(f"sentences {lang} {lab}", cnt[lab], lo, hi)
        print(f"sentences {lang}: {len(it)} items, {clean} clean, {dict(cnt)}")
    for x in s:
        if set(x["labels"]) - set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: bad labels {x['labels']}")

    # drafts
    for lang, total in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        between(f"drafts {lang} total", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        between(f"drafts {lang} clean", clean, total // 2, total // 2)
        cnt = Counter(l for x in it for l in x["labels"])
        print(f"drafts {lang}: {len(it)} items, {clean} clean, {dict(cnt)}")
    for x in d:
        if set(x["labels"]) - set(DRAFT) or not x["subject"].strip():
            err(f"{x['id']}: bad labels or empty subject")

    # triage
    for lang, total, tgt in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                             ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = [x for x in t if x["lang"] == lang]
        between(f"triage {lang} total", len(it), total, total)
        u = Counter(x["urgency"] for x in it)
        for k, v in tgt.items():
            between(f"triage {lang} urgency {k}", u[k], v, v)
        e = Counter(x["emotion"] for x in it)
        between(f"triage {lang} angry", e["angry"], round(.15 * total), round(.25 * total))
        between(f"triage {lang} anxious", e["anxious"], round(.15 * total), round(.25 * total))
        between(f"triage {lang} positive", e["positive"], round(.05 * total), round(.11 * total))
        terse = sum(x["terse"] for x in it)
        between(f"triage {lang} terse", terse, round(.08 * total), round(.12 * total))
        print(f"triage {lang}: {len(it)} mails, urgency {dict(u)}, emotion {dict(e)}, terse {terse}")
    for x in t:
        if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            err(f"{x['id']}: bad triage fields")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w.lower() in blob:
                    err(f"{x['id']}: high mail uses banned word {w!r}")

    # near-copies of the kit's examples (and of each other)
    kit_texts = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            for r in load(os.path.join(KIT, fn)):
                kit_texts.append((r["id"], r.get("text") or r.get("body") or ""))
    kit_g = [(i, grams(tx)) for i, tx in kit_texts]
    mine = [(x["id"], x.get("text") or x.get("body")) for x in allrows]
    mine_g = [(i, grams(tx)) for i, tx in mine]
    worst = 0.0
    for i, g in mine_g:
        for k, kg in kit_g:
            j = jacc(g, kg)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{i} is a near-copy of kit example {k} (Jaccard {j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f} ({len(kit_g)} examples)")
    worst_pair = (0.0, None, None)
    for a in range(len(mine_g)):
        for b in range(a + 1, len(mine_g)):
            j = jacc(mine_g[a][1], mine_g[b][1])
            if j > worst_pair[0]:
                worst_pair = (j, mine_g[a][0], mine_g[b][0])
            if j >= 0.6:
                err(f"{mine_g[a][0]} and {mine_g[b][0]} are near-duplicates (Jaccard {j:.2f})")
    print(f"max 3-gram Jaccard inside the set: {worst_pair[0]:.2f} ({worst_pair[1]} / {worst_pair[2]})")

    print("\nOK" if not errors else f"\n{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
