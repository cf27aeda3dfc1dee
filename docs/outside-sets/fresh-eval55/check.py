#!/usr/bin/env python3
"""Sanity checks for fresh-eval55 (does not run the product).

Verifies counts per file/language, id format and uniqueness, label vocabularies,
label-count ranges, the clean share, triage distributions, that every domain is used
in both languages, that high-urgency mails avoid the banned urgency words, and that
no item is a near-copy (character 3-gram Jaccard >= 0.6) of a kit example line.
Also reports (as warnings) near-duplicates inside the set itself.
Exit code 0 when every hard check passes, 1 otherwise.
"""
import json, os, re, sys, glob
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE55_KIT", os.path.join(os.path.dirname(HERE), "fe55-kit"))
sys.path.insert(0, os.path.join(HERE, "src"))
from common import SENT_LABELS, DRAFT_LABELS, DOMAINS  # noqa: E402

BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
FAIL = []
WARN = []


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def need(cond, msg):
    if not cond:
        FAIL.append(msg)


def grams(s):
    s = re.sub(r"\s+", " ", s.lower()).strip()
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jac(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def main():
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")

    # ---- ids
    for name, rows, pre in (("sentences", sents, "s"), ("drafts", drafts, "d"), ("mails", mails, "t")):
        ids = [r["id"] for r in rows]
        need(len(ids) == len(set(ids)), f"{name}: duplicate ids")
        for r in rows:
            need(re.fullmatch(rf"{pre}-{r['lang']}-\d{{3}}", r["id"]) is not None, f"{name}: bad id {r['id']}")
            need(r["domain"] in DOMAINS, f"{name}: unknown domain {r['domain']} in {r['id']}")
        for lang in ("ja", "en"):
            nums = sorted(int(r["id"].split("-")[2]) for r in rows if r["lang"] == lang)
            need(nums == list(range(1, len(nums) + 1)), f"{name}: {lang} ids not consecutive")

    # ---- sentences
    lc = Counter(r["lang"] for r in sents)
    need(lc == Counter(ja=160, en=80), f"sentences per lang {dict(lc)} != ja160/en80")
    print("lint_sentences.jsonl")
    for lang, lo, hi in (("ja", 16, 26), ("en", 8, 12)):
        it = [r for r in sents if r["lang"] == lang]
        c = Counter(l for r in it for l in r["labels"])
        clean = sum(not r["labels"] for r in it)
        print(f"  {lang}: {len(it)} sentences, clean {clean} ({clean/len(it):.0%}), labels {dict(sorted(c.items()))}")
        need(0.35 <= clean / len(it) <= 0.45, f"sentences {lang}: clean share {clean/len(it):.2f} not ~40%")
        for l in SENT_LABELS:
            need(lo <= c[l] <= hi, f"sentences {lang}: {l}={c[l]} outside {lo}-{hi}")
        for r in it:
            need(len(r["labels"]) <= 2, f"{r['id']}: more than two labels")
            need(len(set(r["labels"])) == len(r["labels"]), f"{r['id']}: repeated label")
            need(all(l in SENT_LABELS for l in r["labels"]), f"{r['id']}: bad label {r['labels']}")
            need(set(r) == {"id", "lang", "domain", "text", "labels"}, f"{r['id']}: fields {sorted(r)}")

    # ---- drafts
    lc = Counter(r["lang"] for r in drafts)
    need(lc == Counter(ja=40, en=20), f"drafts per lang {dict(lc)} != ja40/en20")
    print("lint_drafts.jsonl")
    for lang in ("ja", "en"):
        it = [r for r in drafts if r["lang"] == lang]
        c = Counter(l for r in it for l in r["labels"])
        clean = sum(not r["labels"] for r in it)
        print(f"  {lang}: {len(it)} drafts, clean {clean}, labels {dict(sorted(c.items()))}")
        need(clean * 2 == len(it), f"drafts {lang}: clean {clean} is not half")
        for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            need(c[l] >= 2, f"drafts {lang}: too few {l}")
        need(sum(c[l] for l in SENT_LABELS) >= 2, f"drafts {lang}: too few sentence-label drafts")
        for r in it:
            need(all(l in DRAFT_LABELS for l in r["labels"]), f"{r['id']}: bad label {r['labels']}")
            need(set(r) == {"id", "lang", "domain", "subject", "text", "labels"}, f"{r['id']}: fields {sorted(r)}")
            need(bool(r["subject"].strip()), f"{r['id']}: empty subject")
            ph = re.search(r"〇〇|△△|〇月|\{[a-z_]+\}|\{[^}]*名\}|\[[A-Za-z ]+\]|［[^］]+］|\bXX\b", r["text"])
            if "placeholder_left" in r["labels"]:
                need(ph is not None, f"{r['id']}: placeholder_left but no placeholder found")
            else:
                need(ph is None, f"{r['id']}: placeholder-like text {ph and ph.group(0)!r} in a draft not labelled placeholder_left")

    # ---- triage
    lc = Counter(r["lang"] for r in mails)
    need(lc == Counter(ja=120, en=60), f"mails per lang {dict(lc)} != ja120/en60")
    print("triage_mails.jsonl")
    want = {"ja": dict(high=36, normal=60, low=24), "en": dict(high=18, normal=30, low=12)}
    for lang in ("ja", "en"):
        it = [r for r in mails if r["lang"] == lang]
        u = Counter(r["urgency"] for r in it)
        e = Counter(r["emotion"] for r in it)
        t = sum(r["terse"] for r in it)
        print(f"  {lang}: {len(it)} mails, urgency {dict(u)}, emotion {dict(e)}, terse {t}")
        for k, v in want[lang].items():
            need(abs(u[k] - v) <= 2, f"mails {lang}: urgency {k}={u[k]} not ~{v}")
        n = len(it)
        need(0.15 <= e["angry"] / n <= 0.25, f"mails {lang}: angry share {e['angry']/n:.2f}")
        need(0.15 <= e["anxious"] / n <= 0.25, f"mails {lang}: anxious share {e['anxious']/n:.2f}")
        need(0.05 <= e["positive"] / n <= 0.11, f"mails {lang}: positive share {e['positive']/n:.2f}")
        need(0.07 <= t / n <= 0.13, f"mails {lang}: terse share {t/n:.2f}")
        for r in it:
            need(r["urgency"] in ("high", "normal", "low"), f"{r['id']}: bad urgency")
            need(r["emotion"] in ("angry", "anxious", "neutral", "positive"), f"{r['id']}: bad emotion")
            need(isinstance(r["terse"], bool), f"{r['id']}: terse not bool")
            need(set(r) == {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"},
                 f"{r['id']}: fields {sorted(r)}")
            if r["urgency"] == "high":
                txt = (r["subject"] + "\n" + r["body"]).lower()
                for w in BANNED:
                    need(w not in txt, f"{r['id']}: high mail uses banned word {w!r}")

    # ---- every domain in both languages, in every file
    for name, rows in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
        by = defaultdict(set)
        for r in rows:
            by[r["domain"]].add(r["lang"])
        for d in DOMAINS:
            need(by[d] == {"ja", "en"}, f"{name}: domain {d} used in {sorted(by[d])}")

    # ---- near-copies of kit examples
    ex = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        with open(p, encoding="utf-8") as f:
            for l in f:
                if l.strip():
                    o = json.loads(l)
                    for k in ("text", "body", "subject"):
                        if o.get(k):
                            ex.append((o["id"], k, grams(o[k])))
    need(len(ex) > 0, f"no kit examples found under {KIT}")
    worst = 0.0
    for rows in (sents, drafts, mails):
        for r in rows:
            for k in ("text", "body", "subject"):
                if k in r and len(r[k]) >= 6:
                    g = grams(r[k])
                    for eid, ek, eg in ex:
                        j = jac(g, eg)
                        worst = max(worst, j)
                        need(j < 0.6, f"{r['id']}.{k} near-copies kit {eid}.{ek} (J={j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")

    # ---- internal near-duplicates (warning only)
    allt = [(r["id"], grams(r.get("text") or r.get("body"))) for r in sents + drafts + mails]
    for i in range(len(allt)):
        for j in range(i + 1, len(allt)):
            if jac(allt[i][1], allt[j][1]) >= 0.6:
                WARN.append(f"internal near-duplicate: {allt[i][0]} ~ {allt[j][0]}")

    for w in WARN:
        print("WARN", w)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
