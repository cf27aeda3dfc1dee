#!/usr/bin/env python3
"""Sanity checks for the fresh-eval56 files (not a scorer: it never runs madoguchi)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE56_KIT", "/work/fe56-kit")
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER_RE = re.compile(r"〇〇|△△|××|〇月〇日|\{[A-Za-z_]+\}|\[[^\]\n]*(名|NAME|ID|日付)[^\]\n]*\]|<[A-Z][A-Za-z ]+>|\bXX\b")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def text_of(x):
    return "\n".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


def in_range(what, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{what}: {n} not in [{lo}, {hi}]")


def main():
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")
    allitems = sents + drafts + mails

    # ids
    ids = [x["id"] for x in allitems]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    for rows, prefix in ((sents, "s"), (drafts, "d"), (mails, "t")):
        for lang in ("ja", "en"):
            got = sorted(x["id"] for x in rows if x["lang"] == lang)
            want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
            if got != want:
                err(f"{prefix}/{lang}: ids are not a contiguous 001.. series")
            for x in rows:
                if not x["id"].startswith(f"{prefix}-{x['lang']}-"):
                    err(f"{x['id']}: id does not match lang {x['lang']}")

    # fields and vocabularies
    for x in sents:
        if set(x) != {"id", "lang", "domain", "text", "labels"}:
            err(f"{x['id']}: fields {sorted(x)}")
        for l in x["labels"]:
            if l not in SENT_RULES:
                err(f"{x['id']}: bad label {l}")
        if len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: labels {x['labels']}")
    for x in drafts:
        if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
            err(f"{x['id']}: fields {sorted(x)}")
        for l in x["labels"]:
            if l not in DRAFT_RULES:
                err(f"{x['id']}: bad label {l}")
        has_ph = bool(PLACEHOLDER_RE.search(x["subject"] + "\n" + x["text"]))
        if has_ph != ("placeholder_left" in x["labels"]):
            err(f"{x['id']}: placeholder pattern {has_ph} vs label {x['labels']}")
    for x in mails:
        if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
            err(f"{x['id']}: fields {sorted(x)}")
        if x["urgency"] not in ("high", "normal", "low"):
            err(f"{x['id']}: urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            err(f"{x['id']}: emotion {x['emotion']}")
        if not isinstance(x["terse"], bool):
            err(f"{x['id']}: terse not bool")
        if x["urgency"] == "high":
            t = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in t:
                    err(f"{x['id']}: high mail uses banned word {w!r}")

    # counts
    report = []
    for lang, n_s, n_d, n_t in (("ja", 160, 40, 120), ("en", 80, 20, 60)):
        s = [x for x in sents if x["lang"] == lang]
        d = [x for x in drafts if x["lang"] == lang]
        t = [x for x in mails if x["lang"] == lang]
        if len(s) != n_s: err(f"sentences/{lang}: {len(s)} != {n_s}")
        if len(d) != n_d: err(f"drafts/{lang}: {len(d)} != {n_d}")
        if len(t) != n_t: err(f"mails/{lang}: {len(t)} != {n_t}")
        clean = sum(not x["labels"] for x in s)
        in_range(f"sentences/{lang} clean share x100", round(100 * clean / len(s)), 35, 45)
        lc = Counter(l for x in s for l in x["labels"])
        lo, hi = (16, 26) if lang == "ja" else (8, 12)
        for r in SENT_RULES:
            in_range(f"sentences/{lang} {r}", lc[r], lo, hi)
        report.append(f"sentences/{lang}: {len(s)} items, {clean} clean, " +
                      ", ".join(f"{r}={lc[r]}" for r in SENT_RULES))
        dclean = sum(not x["labels"] for x in d)
        if dclean != len(d) // 2: err(f"drafts/{lang}: {dclean} clean, want half")
        dc = Counter(l for x in d for l in x["labels"])
        report.append(f"drafts/{lang}: {len(d)} items, {dclean} clean, " +
                      ", ".join(f"{k}={v}" for k, v in sorted(dc.items())))
        uc = Counter(x["urgency"] for x in t)
        ec = Counter(x["emotion"] for x in t)
        tc = sum(x["terse"] for x in t)
        want = {"ja": {"high": 36, "normal": 60, "low": 24}, "en": {"high": 18, "normal": 30, "low": 12}}[lang]
        for u, w in want.items():
            if uc[u] != w: err(f"mails/{lang}: {u}={uc[u]} != {w}")
        for e in ("angry", "anxious"):
            in_range(f"mails/{lang} {e} share x100", round(100 * ec[e] / len(t)), 15, 25)
        in_range(f"mails/{lang} positive share x100", round(100 * ec["positive"] / len(t)), 5, 12)
        in_range(f"mails/{lang} terse share x100", round(100 * tc / len(t)), 7, 13)
        report.append(f"mails/{lang}: {len(t)} items, urgency {dict(uc)}, emotion {dict(ec)}, terse {tc}")
        doms = Counter(x["domain"] for x in s + d + t)
        report.append(f"domains/{lang}: {dict(sorted(doms.items()))}")
    dj = {x["domain"] for x in allitems if x["lang"] == "ja"}
    de = {x["domain"] for x in allitems if x["lang"] == "en"}
    if dj != de or len(dj) != 12:
        err(f"domains differ between languages or are not 12: ja={sorted(dj)} en={sorted(de)}")

    # near-copies of the kit's example lines
    kit = []
    for name in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
        p = os.path.join(KIT, name)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                kit += [json.loads(l) for l in f if l.strip()]
        else:
            err(f"kit file missing: {p}")
    kg = [(k["id"], grams(text_of(k))) for k in kit]
    worst = 0.0
    for x in allitems:
        g = grams(text_of(x))
        for kid, k in kg:
            j = jacc(g, k)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{x['id']}: near-copy of kit example {kid} (3-gram Jaccard {j:.2f})")
    report.append(f"max 3-gram Jaccard against kit examples: {worst:.2f}")

    # near-duplicates inside the set
    for rows, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "mails")):
        gs = [(x["id"], grams(text_of(x))) for x in rows]
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                v = jacc(gs[i][1], gs[j][1])
                if v >= 0.6:
                    err(f"{name}: {gs[i][0]} and {gs[j][0]} near-duplicates ({v:.2f})")

    print("\n".join(report))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        print("\n".join("  " + e for e in errors))
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
