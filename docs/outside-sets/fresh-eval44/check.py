#!/usr/bin/env python3
"""Verify the fresh-eval44 files: counts, ids, vocabularies, banned words in high mails,
domains in both languages, and no near-copies of the kit's example lines
(character 3-gram Jaccard >= 0.6) or of each other."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE44_KIT", "/work/fe44-kit")
SENT = ["condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def bad(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return x.get("text") or x.get("body") or ""


def check_ids(items, prefix):
    ids = [x["id"] for x in items]
    if len(set(ids)) != len(ids):
        bad(f"{prefix}: duplicate ids")
    for lang in ("ja", "en"):
        got = sorted(x["id"] for x in items if x["lang"] == lang)
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            bad(f"{prefix}-{lang}: ids not consecutive")
        for x in items:
            if not x["id"].startswith(f"{prefix}-{x['lang']}-"):
                bad(f"{x['id']}: id/lang mismatch")


def rng(name, n, lo, hi):
    if not lo <= n <= hi:
        bad(f"{name} = {n}, expected {lo}..{hi}")


def main():
    s = load("lint_sentences.jsonl")
    d = load("lint_drafts.jsonl")
    t = load("triage_mails.jsonl")

    # --- sentences
    check_ids(s, "s")
    for x in s:
        if set(x) != {"id", "lang", "domain", "text", "labels"}:
            bad(f"{x['id']}: fields {sorted(x)}")
        if not set(x["labels"]) <= set(SENT) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            bad(f"{x['id']}: labels {x['labels']}")
    for lang, total, per in (("ja", 160, (16, 26)), ("en", 80, (8, 12))):
        it = [x for x in s if x["lang"] == lang]
        rng(f"sentences {lang} count", len(it), total, total)
        clean = sum(not x["labels"] for x in it)
        rng(f"sentences {lang} clean share %", round(100 * clean / len(it)), 35, 45)
        c = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            rng(f"sentences {lang} {lab}", c[lab], *per)
        for x in it:
            if "imperative" in x["labels"] and lang == "en" and x["text"].lower().startswith("please"):
                bad(f"{x['id']}: 'please' sentence labelled imperative")

    # --- drafts
    check_ids(d, "d")
    for x in d:
        if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
            bad(f"{x['id']}: fields {sorted(x)}")
        if not set(x["labels"]) <= set(DRAFT):
            bad(f"{x['id']}: labels {x['labels']}")
        if not x["subject"].strip():
            bad(f"{x['id']}: empty subject")
    for lang, total in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        rng(f"drafts {lang} count", len(it), total, total)
        rng(f"drafts {lang} clean", sum(not x["labels"] for x in it), total // 2, total // 2)
        c = Counter(l for x in it for l in x["labels"])
        for lab in ("apology_incomplete", "purpose_not_upfront", "placeholder_left"):
            rng(f"drafts {lang} {lab}", c[lab], 2, 8)
        rng(f"drafts {lang} with a sentence label", sum(any(l in SENT for l in x["labels"]) for x in it), 2, 6)
    # placeholders must not leak into items not labelled placeholder_left
    ph = re.compile(r"〇〇|△△|●●|〇月〇日|＿＿|\{[a-z_]+\}|\{\{|\[[^\]]*(名|Name|Address)\]|<[A-Z_]+>|XX")
    for x in d:
        has = bool(ph.search(x["subject"] + "\n" + x["text"]))
        if has != ("placeholder_left" in x["labels"]):
            bad(f"{x['id']}: placeholder pattern {'found' if has else 'missing'} vs labels {x['labels']}")
    for x in s:
        if ph.search(x["text"]):
            bad(f"{x['id']}: placeholder-like text in a sentence")

    # --- triage
    check_ids(t, "t")
    for x in t:
        if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
            bad(f"{x['id']}: fields {sorted(x)}")
        if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                or not isinstance(x["terse"], bool):
            bad(f"{x['id']}: bad label values")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w.lower() in blob:
                    bad(f"{x['id']}: high mail uses banned word {w!r}")
    for lang, total, u, e in (("ja", 120, {"high": 36, "normal": 60, "low": 24}, (24, 24, 10)),
                              ("en", 60, {"high": 18, "normal": 30, "low": 12}, (12, 12, 5))):
        it = [x for x in t if x["lang"] == lang]
        rng(f"triage {lang} count", len(it), total, total)
        cu = Counter(x["urgency"] for x in it)
        for k, v in u.items():
            rng(f"triage {lang} urgency {k}", cu[k], v - 2, v + 2)
        ce = Counter(x["emotion"] for x in it)
        rng(f"triage {lang} angry", ce["angry"], e[0] - 3, e[0] + 3)
        rng(f"triage {lang} anxious", ce["anxious"], e[1] - 3, e[1] + 3)
        rng(f"triage {lang} positive", ce["positive"], e[2] - 2, e[2] + 3)
        rng(f"triage {lang} terse", sum(x["terse"] for x in it), round(total * 0.08), round(total * 0.12))

    # --- domains: 12, each in both languages, in every file
    doms = {}
    for name, items in (("sentences", s), ("drafts", d), ("triage", t)):
        for lang in ("ja", "en"):
            doms[(name, lang)] = {x["domain"] for x in items if x["lang"] == lang}
    allds = set().union(*doms.values())
    if len(allds) != 12:
        bad(f"{len(allds)} domains: {sorted(allds)}")
    for k, v in doms.items():
        if v != allds:
            bad(f"{k}: missing domains {sorted(allds - v)}")

    # --- near-copies of the kit's examples, and of each other
    kit = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        with open(p, encoding="utf-8") as f:
            kit += [json.loads(l) for l in f if l.strip()]
    kg = [grams(text_of(k)) for k in kit]
    allitems = s + d + t
    ag = [grams(text_of(x)) for x in allitems]
    for x, g in zip(allitems, ag):
        for k, h in zip(kit, kg):
            j = jacc(g, h)
            if j >= 0.6:
                bad(f"{x['id']}: near-copy of kit example {k['id']} (J={j:.2f})")
    for i in range(len(allitems)):
        for j in range(i + 1, len(allitems)):
            v = jacc(ag[i], ag[j])
            if v >= 0.6:
                bad(f"{allitems[i]['id']} ~ {allitems[j]['id']} (J={v:.2f})")

    # --- report
    for name, items, labs in (("lint_sentences", s, SENT), ("lint_drafts", d, DRAFT)):
        for lang in ("ja", "en"):
            it = [x for x in items if x["lang"] == lang]
            c = Counter(l for x in it for l in x["labels"])
            print(f"{name} {lang}: {len(it)} items, {sum(not x['labels'] for x in it)} clean, "
                  + ", ".join(f"{l}={c[l]}" for l in labs if c[l]))
    for lang in ("ja", "en"):
        it = [x for x in t if x["lang"] == lang]
        print(f"triage {lang}: {len(it)} mails, urgency {dict(Counter(x['urgency'] for x in it))}, "
              f"emotion {dict(Counter(x['emotion'] for x in it))}, terse {sum(x['terse'] for x in it)}")
    print(f"domains ({len(allds)}): {', '.join(sorted(allds))}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
