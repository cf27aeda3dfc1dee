#!/usr/bin/env python3
"""Sanity checks for fresh-eval48: counts, ids, vocabularies, banned words in high mails,
no near-copies of the kit's example lines (char 3-gram Jaccard >= 0.6), no near-duplicates inside the set."""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE48_KIT", "/work/fe48-kit")
SENT = {"condescending", "vague", "imperative", "request_without_reason", "unknown_without_followup", "dismissive"}
DRAFT = SENT | {"apology_incomplete", "placeholder_left", "purpose_not_upfront"}
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
DOMAINS = {"yearbook", "yakatabune", "musicbox", "baseball", "beetles", "succulents",
           "dogwear", "birding", "nameplate", "rollerrink", "noren", "sportsday"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(1, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def main():
    S, D, T = load("lint_sentences.jsonl"), load("lint_drafts.jsonl"), load("triage_mails.jsonl")
    ids = [x["id"] for x in S + D + T]
    if len(ids) != len(set(ids)):
        err(f"duplicate ids: {[i for i, c in Counter(ids).items() if c > 1]}")
    for name, rows, pre in (("sentences", S, "s"), ("drafts", D, "d"), ("triage", T, "t")):
        for lang in ("ja", "en"):
            got = [x["id"] for x in rows if x["lang"] == lang]
            want = [f"{pre}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
            if sorted(got) != want:
                err(f"{name}/{lang}: ids not a contiguous 001.. sequence")
            doms = {x["domain"] for x in rows if x["lang"] == lang}
            if doms != DOMAINS:
                err(f"{name}/{lang}: domains {sorted(doms ^ DOMAINS)} missing/extra")

    # sentences
    want = {"ja": 160, "en": 80}
    rng = {"ja": (16, 26), "en": (8, 12)}
    for lang in ("ja", "en"):
        it = [x for x in S if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"sentences {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) {dict(sorted(c.items()))}")
        if len(it) != want[lang]:
            err(f"sentences {lang}: {len(it)} != {want[lang]}")
        if not 0.33 <= clean / len(it) <= 0.45:
            err(f"sentences {lang}: clean share {clean/len(it):.2f}")
        for l in SENT:
            if not rng[lang][0] <= c[l] <= rng[lang][1]:
                err(f"sentences {lang}: {l}={c[l]} outside {rng[lang]}")
        for x in it:
            if set(x["labels"]) - SENT or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
                err(f"{x['id']}: bad labels {x['labels']}")

    # drafts
    want = {"ja": 40, "en": 20}
    for lang in ("ja", "en"):
        it = [x for x in D if x["lang"] == lang]
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"drafts {lang}: n={len(it)} clean={clean} {dict(sorted(c.items()))}")
        if len(it) != want[lang] or clean != want[lang] // 2:
            err(f"drafts {lang}: n={len(it)} clean={clean}")
        for x in it:
            if set(x["labels"]) - DRAFT or not x["subject"].strip():
                err(f"{x['id']}: bad labels/subject")
            ph = re.search(r"〇〇|○○|△△|〇月〇日|\{[a-z_]+\}|\[[^\]]*(会社|COMPANY)[^\]]*\]|X,XXX|DD/MM", x["text"])
            if bool(ph) != ("placeholder_left" in x["labels"]):
                err(f"{x['id']}: placeholder pattern {bool(ph)} vs label")

    # triage
    want = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
    for lang in ("ja", "en"):
        it = [x for x in T if x["lang"] == lang]
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        te = sum(x["terse"] for x in it)
        print(f"triage {lang}: n={len(it)} urgency={dict(u)} emotion={dict(e)} terse={te}")
        n, uw = want[lang]
        if len(it) != n or dict(u) != uw:
            err(f"triage {lang}: counts {len(it)} {dict(u)}")
        for k, lo, hi in (("angry", .17, .23), ("anxious", .17, .23), ("positive", .06, .11)):
            if not lo <= e[k] / n <= hi:
                err(f"triage {lang}: {k} share {e[k]/n:.2f}")
        if not .08 <= te / n <= .12:
            err(f"triage {lang}: terse share {te/n:.2f}")
        for x in it:
            if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                    or not isinstance(x["terse"], bool):
                err(f"{x['id']}: bad field values")
            if x["urgency"] == "high":
                low = (x["subject"] + "\n" + x["body"]).lower()
                for w in BANNED:
                    if w in low:
                        err(f"{x['id']}: banned word {w!r} in a high mail")

    # near-copies of the kit examples
    ex = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        with open(p, encoding="utf-8") as f:
            for l in f:
                if l.strip():
                    o = json.loads(l)
                    ex.append((o["id"], grams(o.get("text") or o.get("body") or "")))
                    if o.get("subject"):
                        ex.append((o["id"] + ":subject", grams(o["subject"])))
    worst = 0.0
    mine = [(x["id"], grams(x.get("text") or x.get("body"))) for x in S + D + T]
    for i, g in mine:
        for j, h in ex:
            s = jacc(g, h)
            worst = max(worst, s)
            if s >= 0.6:
                err(f"{i} is a near-copy of kit example {j} (J={s:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f} ({len(ex)} example fields)")
    # near-duplicates inside the set
    worst = (0.0, None)
    for a in range(len(mine)):
        for b in range(a + 1, len(mine)):
            s = jacc(mine[a][1], mine[b][1])
            if s > worst[0]:
                worst = (s, (mine[a][0], mine[b][0]))
            if s >= 0.6:
                err(f"{mine[a][0]} and {mine[b][0]} near-duplicate (J={s:.2f})")
    print(f"max 3-gram Jaccard inside the set: {worst[0]:.2f} {worst[1]}")
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
