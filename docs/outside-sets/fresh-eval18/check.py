#!/usr/bin/env python3
"""Verify fresh-eval18: counts, ids, vocabularies, banned words in high mails, near-copies."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE18_KIT", "/work/fe18-kit")
SENT = {"condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(t):
    t = "".join(t.split()).lower()
    return {t[i:i + 3] for i in range(max(0, len(t) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def between(name, n, lo, hi):
    if not lo <= n <= hi:
        err(f"{name}: {n} not in [{lo}, {hi}]")


def main():
    sys.path.insert(0, os.path.join(HERE, "src"))
    from domains import DOMAINS
    s = load(os.path.join(HERE, "lint_sentences.jsonl"))
    d = load(os.path.join(HERE, "lint_drafts.jsonl"))
    t = load(os.path.join(HERE, "triage_mails.jsonl"))
    ids = [x["id"] for x in s + d + t]
    for i, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {i}")
    for rows, keys in ((s, ["id", "lang", "domain", "text", "labels"]),
                       (d, ["id", "lang", "domain", "subject", "text", "labels"]),
                       (t, ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])):
        for x in rows:
            if list(x.keys()) != keys:
                err(f"{x.get('id')}: keys {list(x.keys())}")
            if x["domain"] not in DOMAINS:
                err(f"{x['id']}: unknown domain {x['domain']}")
            if not x["id"].split("-")[1] == x["lang"]:
                err(f"{x['id']}: id/lang mismatch")
    # domains used in both languages in every file
    for name, rows in (("sentences", s), ("drafts", d), ("triage", t)):
        for lang in ("ja", "en"):
            used = {x["domain"] for x in rows if x["lang"] == lang}
            if name != "drafts" and used != set(DOMAINS):
                err(f"{name}/{lang}: domains missing {set(DOMAINS) - used}")

    # sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in s if x["lang"] == lang]
        between(f"sentences/{lang} count", len(it), n, n)
        clean = sum(not x["labels"] for x in it)
        between(f"sentences/{lang} clean share x100", round(100 * clean / len(it)), 35, 45)
        c = Counter(l for x in it for l in x["labels"])
        for lab in SENT:
            between(f"sentences/{lang} {lab}", c[lab], lo, hi)
        for x in it:
            if not set(x["labels"]) <= SENT or len(x["labels"]) > 2 and False:
                err(f"{x['id']}: bad labels {x['labels']}")
            if len(x["labels"]) > 3:
                err(f"{x['id']}: more than 3 labels")
    # drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in d if x["lang"] == lang]
        between(f"drafts/{lang} count", len(it), n, n)
        between(f"drafts/{lang} clean", sum(not x["labels"] for x in it), n // 2, n // 2)
        for x in it:
            if not set(x["labels"]) <= DRAFT:
                err(f"{x['id']}: bad labels {x['labels']}")
            if not x["subject"].strip():
                err(f"{x['id']}: empty subject")
        c = Counter(l for x in it for l in x["labels"])
        for lab in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            between(f"drafts/{lang} {lab}", c[lab], 3, 8)
    # triage
    for lang, n, urg, lo_t, hi_t in (("ja", 120, {"high": 36, "normal": 60, "low": 24}, 9, 15),
                                     ("en", 60, {"high": 18, "normal": 30, "low": 12}, 4, 8)):
        it = [x for x in t if x["lang"] == lang]
        between(f"triage/{lang} count", len(it), n, n)
        cu = Counter(x["urgency"] for x in it)
        for k, v in urg.items():
            between(f"triage/{lang} {k}", cu[k], v - 2, v + 2)
        ce = Counter(x["emotion"] for x in it)
        if set(ce) - {"angry", "anxious", "neutral", "positive"}:
            err(f"triage/{lang}: bad emotion {set(ce)}")
        for e, lo, hi in (("angry", 0.15, 0.26), ("anxious", 0.15, 0.26), ("positive", 0.05, 0.11)):
            between(f"triage/{lang} {e} share x100", round(100 * ce[e] / n), round(100 * lo), round(100 * hi))
        between(f"triage/{lang} terse", sum(x["terse"] for x in it), lo_t, hi_t)
        for x in it:
            if x["urgency"] not in urg:
                err(f"{x['id']}: bad urgency")
            if not isinstance(x["terse"], bool):
                err(f"{x['id']}: terse not bool")
            if x["urgency"] == "high":
                low = (x["subject"] + "\n" + x["body"]).lower()
                for b in BANNED:
                    if b in low:
                        err(f"{x['id']}: banned word {b!r} in a high mail")
    # near-copies of kit examples, and near-duplicates inside the set
    kit = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            for x in load(os.path.join(KIT, fn)):
                kit.append(x.get("text") or x.get("body") or "")
                if x.get("subject"):
                    kit.append(x["subject"])
    kg = [grams(k) for k in kit]
    texts = [(x["id"], x.get("text") or x.get("body")) for x in s + d + t]
    tg = [(i, grams(v)) for i, v in texts]
    for i, g in tg:
        for k, h in zip(kit, kg):
            if jacc(g, h) >= 0.6:
                err(f"{i}: near-copy of kit example {k[:30]!r}")
    for a in range(len(tg)):
        for b in range(a + 1, len(tg)):
            if jacc(tg[a][1], tg[b][1]) >= 0.6:
                err(f"near-duplicate inside the set: {tg[a][0]} ~ {tg[b][0]}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print(f"OK: {len(s)} sentences, {len(d)} drafts, {len(t)} mails")


if __name__ == "__main__":
    main()
