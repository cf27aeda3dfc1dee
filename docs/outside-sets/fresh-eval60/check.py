#!/usr/bin/env python3
"""Verify the fresh-eval60 files: counts, ids, vocabularies, distributions, banned words in
high-urgency mails, and that nothing is a near-copy of the kit's example lines.

usage: python3 check.py [path/to/fe60-kit]     (exit 0 = pass, 1 = failures)
Warnings are printed for review but do not fail the check.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = sys.argv[1] if len(sys.argv) > 1 else "/work/fe60-kit"

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
URG = ["high", "normal", "low"]
EMO = ["angry", "anxious", "neutral", "positive"]
BANNED_HIGH = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER_RE = re.compile(r"〇〇|○○|◯◯|△△|××|ＸＸ|XX|＊＊|〇月〇日|\{[A-Za-z_]+\}|\[[A-Z][A-Z _]+\]|<<[A-Z_]+>>|【[^】]*(名|日付|番号)】")
PLAIN_TEKUDASAI = re.compile(r"[ぁ-んァ-ヶ一-龥](って|して|いて|えて|けて|せて|てて|ねて|べて|めて|れて|んで|いで|きて|みて|りて|ちて|びて|じて)(ください|下さい)")

failures = []
warnings = []


def fail(msg):
    failures.append(msg)


def warn(msg):
    warnings.append(msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail(f"{os.path.basename(path)} line {n}: not JSON ({e})")
    return rows


def grams(s):
    s = re.sub(r"\s+", " ", s.strip())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jaccard(a, b):
    ga, gb = grams(a), grams(b)
    return len(ga & gb) / len(ga | gb) if ga | gb else 0.0


def check_ids(rows, prefix, name):
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        fail(f"{name}: duplicate ids {[i for i, c in Counter(ids).items() if c > 1]}")
    for lang in ("ja", "en"):
        got = [r["id"] for r in rows if r.get("lang") == lang]
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if sorted(got) != want:
            fail(f"{name}: ids for {lang} are not {want[0]}…{want[-1] if want else ''} without gaps")
        for r in rows:
            if r.get("lang") == lang and not r["id"].startswith(f"{prefix}-{lang}-"):
                fail(f"{name}: id {r['id']} does not match lang {lang}")


def check_keys(rows, keys, name):
    for r in rows:
        if set(r) != set(keys):
            fail(f"{name} {r.get('id')}: keys {sorted(r)} != {sorted(keys)}")
        if r.get("lang") not in ("ja", "en"):
            fail(f"{name} {r.get('id')}: bad lang {r.get('lang')!r}")
        for k in keys:
            if k in ("terse", "labels"):
                continue
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                fail(f"{name} {r.get('id')}: field {k} empty or not a string")


def in_range(name, value, lo, hi):
    if not lo <= value <= hi:
        fail(f"{name}: {value} not in [{lo}, {hi}]")


def main():
    sents = load(os.path.join(HERE, "lint_sentences.jsonl"))
    drafts = load(os.path.join(HERE, "lint_drafts.jsonl"))
    mails = load(os.path.join(HERE, "triage_mails.jsonl"))

    # --- shape, ids, vocabularies ---
    check_keys(sents, ["id", "lang", "domain", "text", "labels"], "sentence")
    check_keys(drafts, ["id", "lang", "domain", "subject", "text", "labels"], "draft")
    check_keys(mails, ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"], "mail")
    check_ids(sents, "s", "lint_sentences")
    check_ids(drafts, "d", "lint_drafts")
    check_ids(mails, "t", "triage_mails")
    for r in sents:
        if not isinstance(r["labels"], list) or any(l not in SENT_RULES for l in r["labels"]):
            fail(f"{r['id']}: bad labels {r['labels']}")
        if len(r["labels"]) > 2 or len(set(r["labels"])) != len(r["labels"]):
            fail(f"{r['id']}: more than two or repeated labels {r['labels']}")
    for r in drafts:
        if not isinstance(r["labels"], list) or any(l not in DRAFT_RULES for l in r["labels"]):
            fail(f"{r['id']}: bad labels {r['labels']}")
    for r in mails:
        if r["urgency"] not in URG:
            fail(f"{r['id']}: bad urgency {r['urgency']}")
        if r["emotion"] not in EMO:
            fail(f"{r['id']}: bad emotion {r['emotion']}")
        if not isinstance(r["terse"], bool):
            fail(f"{r['id']}: terse is not a boolean")

    # --- counts ---
    for name, rows, ja, en in (("sentences", sents, 160, 80), ("drafts", drafts, 40, 20),
                               ("mails", mails, 120, 60)):
        c = Counter(r["lang"] for r in rows)
        if c["ja"] != ja or c["en"] != en:
            fail(f"{name}: ja {c['ja']} (want {ja}), en {c['en']} (want {en})")

    # sentences: ~40% clean, per-label ranges
    for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
        it = [r for r in sents if r["lang"] == lang]
        clean = sum(not r["labels"] for r in it)
        in_range(f"sentences {lang} clean share", round(clean / len(it), 3), 0.35, 0.45)
        c = Counter(l for r in it for l in r["labels"])
        for rule in SENT_RULES:
            in_range(f"sentences {lang} '{rule}' count", c[rule], lo, hi)

    # drafts: half clean; each draft flaw present; apology/placeholder/purpose in both languages
    for lang in ("ja", "en"):
        it = [r for r in drafts if r["lang"] == lang]
        clean = sum(not r["labels"] for r in it)
        if clean != len(it) // 2:
            fail(f"drafts {lang}: {clean} clean of {len(it)} (want half)")
        c = Counter(l for r in it for l in r["labels"])
        for rule in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[rule] < 2:
                fail(f"drafts {lang}: only {c[rule]} '{rule}'")
        if not any(set(r["labels"]) & set(SENT_RULES) for r in it):
            fail(f"drafts {lang}: no draft carries a sentence label")

    # mails: urgency, emotion, terse distributions
    for lang, want in (("ja", {"high": 36, "normal": 60, "low": 24}),
                       ("en", {"high": 18, "normal": 30, "low": 12})):
        it = [r for r in mails if r["lang"] == lang]
        c = Counter(r["urgency"] for r in it)
        for u, n in want.items():
            in_range(f"mails {lang} urgency={u}", c[u], n - 2, n + 2)
        e = Counter(r["emotion"] for r in it)
        in_range(f"mails {lang} angry share", round(e["angry"] / len(it), 3), 0.15, 0.25)
        in_range(f"mails {lang} anxious share", round(e["anxious"] / len(it), 3), 0.15, 0.25)
        in_range(f"mails {lang} positive share", round(e["positive"] / len(it), 3), 0.05, 0.12)
        t = sum(r["terse"] for r in it)
        in_range(f"mails {lang} terse share", round(t / len(it), 3), 0.07, 0.13)

    # banned words in high mails
    for r in mails:
        if r["urgency"] == "high":
            txt = (r["subject"] + "\n" + r["body"]).lower()
            for w in BANNED_HIGH:
                if w in txt:
                    fail(f"{r['id']}: high mail uses banned word {w!r}")

    # domains: 12, each in both languages in every file, none from the kit's used list
    doms = {r["domain"] for r in sents + drafts + mails}
    if len(doms) != 12:
        fail(f"{len(doms)} domains, want 12: {sorted(doms)}")
    for name, rows in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
        for d in doms:
            for lang in ("ja", "en"):
                if not any(r["domain"] == d and r["lang"] == lang for r in rows):
                    fail(f"{name}: domain {d} has no {lang} item")
    try:
        readme = open(os.path.join(KIT, "README.md"), encoding="utf-8").read().lower()
        listed = readme.split("none of which appears in this")[1].split("(ideas, not a requirement")[0]
        listed_items = {x.strip(" .\n") for x in re.split(r",\s*", listed.replace("\n", " "))}
        for d in doms:
            if d.lower() in listed_items:
                fail(f"domain {d} is in the kit's list of used domains")
    except (OSError, IndexError):
        warn("could not read the kit README to cross-check domains")

    # near-copies of the kit's example lines
    examples = []
    for fn in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
        p = os.path.join(KIT, fn)
        if os.path.exists(p):
            for x in load(p):
                for k in ("text", "body", "subject"):
                    if x.get(k):
                        examples.append((x.get("id"), k, x[k]))
        else:
            warn(f"kit example file {fn} not found; near-copy check skipped for it")
    ours = []
    for r in sents:
        ours.append((r["id"], r["text"]))
    for r in drafts:
        ours += [(r["id"], r["text"]), (r["id"] + "/subject", r["subject"])]
    for r in mails:
        ours += [(r["id"], r["body"]), (r["id"] + "/subject", r["subject"])]
    for oid, txt in ours:
        for eid, k, etxt in examples:
            j = jaccard(txt, etxt)
            if j >= 0.6:
                fail(f"{oid} is a near-copy of kit example {eid}.{k} (3-gram Jaccard {j:.2f})")

    # --- review warnings (do not fail) ---
    # near-duplicates inside the set
    texts = [(r["id"], r["text"]) for r in sents] + [(r["id"], r["body"]) for r in mails] + \
            [(r["id"], r["text"]) for r in drafts]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if jaccard(texts[i][1], texts[j][1]) >= 0.6:
                warn(f"near-duplicate inside the set: {texts[i][0]} ~ {texts[j][0]}")
    # plain verb + てください in Japanese items not labelled imperative
    for r in sents + drafts:
        if r["lang"] == "ja" and "imperative" not in r["labels"]:
            for m in PLAIN_TEKUDASAI.finditer(r["text"]):
                warn(f"{r['id']}: plain て+ください without 'imperative' label: …{r['text'][max(0, m.start()-8):m.end()]}")
    # placeholders in drafts not labelled placeholder_left, and vice versa
    for r in drafts:
        has = PLACEHOLDER_RE.search(r["subject"] + "\n" + r["text"])
        if has and "placeholder_left" not in r["labels"]:
            warn(f"{r['id']}: looks like a placeholder ({has.group(0)}) but not labelled placeholder_left")
        if not has and "placeholder_left" in r["labels"]:
            warn(f"{r['id']}: labelled placeholder_left but no known placeholder pattern found")

    # --- report ---
    for lang in ("ja", "en"):
        it = [r for r in sents if r["lang"] == lang]
        c = Counter(l for r in it for l in r["labels"])
        print(f"sentences {lang}: {len(it)} ({sum(not r['labels'] for r in it)} clean) " +
              " ".join(f"{k}={c[k]}" for k in SENT_RULES))
    for lang in ("ja", "en"):
        it = [r for r in drafts if r["lang"] == lang]
        c = Counter(l for r in it for l in r["labels"])
        print(f"drafts {lang}: {len(it)} ({sum(not r['labels'] for r in it)} clean) " +
              " ".join(f"{k}={v}" for k, v in sorted(c.items())))
    for lang in ("ja", "en"):
        it = [r for r in mails if r["lang"] == lang]
        u = Counter(r["urgency"] for r in it)
        e = Counter(r["emotion"] for r in it)
        print(f"mails {lang}: {len(it)} urgency " + " ".join(f"{k}={u[k]}" for k in URG) +
              " | emotion " + " ".join(f"{k}={e[k]}" for k in EMO) +
              f" | terse={sum(r['terse'] for r in it)}")
    print(f"domains ({len(doms)}): {', '.join(sorted(doms))}")
    for w in warnings:
        print("WARNING:", w)
    for f_ in failures:
        print("FAIL:", f_)
    print("PASS" if not failures else f"FAILED ({len(failures)} problems)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
