#!/usr/bin/env python3
"""Sanity checks for fresh-eval19 (counts, ids, vocabularies, banned words, near-copies)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe19-kit"
SENT = {"condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately",
          "immediate"]
PLACEHOLDER = re.compile(r"〇〇|△△|××|〇月|〇日|\{[^}]*\}|\[[^\]]*(名|name|Name)[^\]]*\]|DD/MM|<<")
errors = []


def err(msg):
    errors.append(msg)


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", "", s)
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return (x.get("subject", "") + "\n" + (x.get("text") or x.get("body") or ""))


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))

    ids = [x["id"] for x in S + D + T]
    for i, n in Counter(ids).items():
        if n > 1:
            err(f"duplicate id {i}")
    for name, items, pre in (("sentences", S, "s"), ("drafts", D, "d"), ("mails", T, "t")):
        for x in items:
            if not re.fullmatch(rf"{pre}-(ja|en)-\d{{3}}", x["id"]) or x["id"][2:4] != x["lang"]:
                err(f"bad id {x['id']}")

    def count(items, lang):
        return [x for x in items if x["lang"] == lang]

    # sentences
    want = {"ja": 160, "en": 80}
    band = {"ja": (16, 26), "en": (8, 12)}
    for lang in ("ja", "en"):
        it = count(S, lang)
        if len(it) != want[lang]:
            err(f"sentences {lang}: {len(it)} != {want[lang]}")
        clean = sum(not x["labels"] for x in it) / max(1, len(it))
        if not 0.35 <= clean <= 0.45:
            err(f"sentences {lang}: clean share {clean:.2f}")
        c = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            lo, hi = band[lang]
            if not lo <= c[lab] <= hi:
                err(f"sentences {lang}: {lab} = {c[lab]} outside {lo}-{hi}")
        print(f"sentences {lang}: {len(it)} items, {sum(not x['labels'] for x in it)} clean, "
              + ", ".join(f"{k} {c[k]}" for k in sorted(SENT)))
    for x in S:
        if set(x["labels"]) - SENT or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: bad labels {x['labels']}")

    # drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = count(D, lang)
        if len(it) != n:
            err(f"drafts {lang}: {len(it)} != {n}")
        c = Counter(l for x in it for l in x["labels"])
        print(f"drafts {lang}: {len(it)} items, {sum(not x['labels'] for x in it)} clean, "
              + ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    for x in D:
        if set(x["labels"]) - DRAFT:
            err(f"{x['id']}: bad labels {x['labels']}")
        has_ph = bool(PLACEHOLDER.search(x["subject"] + "\n" + x["text"]))
        if has_ph != ("placeholder_left" in x["labels"]):
            err(f"{x['id']}: placeholder pattern {has_ph} vs labels {x['labels']}")

    # triage
    for lang, n, u in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                       ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        it = count(T, lang)
        if len(it) != n:
            err(f"mails {lang}: {len(it)} != {n}")
        cu = Counter(x["urgency"] for x in it)
        ce = Counter(x["emotion"] for x in it)
        ct = sum(x["terse"] for x in it)
        if dict(cu) != u:
            err(f"mails {lang}: urgency {dict(cu)} != {u}")
        print(f"mails {lang}: {len(it)} items, urgency {dict(cu)}, emotion {dict(ce)}, terse {ct}")
    for x in T:
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
                    err(f"{x['id']}: banned word {w!r} in a high mail")

    # near-copies of the kit examples, and near-duplicates inside the set
    kit = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            kit += load(os.path.join(KIT, fn))
    kit_g = [grams(text_of(k)) for k in kit]
    mine = S + D + T
    my_g = [grams(text_of(x)) for x in mine]
    for x, g in zip(mine, my_g):
        for k, kg in zip(kit, kit_g):
            j = jacc(g, kg)
            if j >= 0.6:
                err(f"{x['id']} is a near-copy of kit {k['id']} (J={j:.2f})")
    dup = 0
    for i in range(len(mine)):
        for j in range(i + 1, len(mine)):
            if jacc(my_g[i], my_g[j]) >= 0.6:
                dup += 1
                print(f"  note: internal near-duplicate {mine[i]['id']} ~ {mine[j]['id']}")
    print(f"internal near-duplicate pairs (J>=0.6): {dup}")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
