#!/usr/bin/env python3
"""Sanity checks for fresh-eval35. Exit status 1 if any hard check fails.

usage: python3 check.py [path/to/fe35-kit]   (default: ../fe35-kit next to this directory)
"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "fe35-kit")

SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
FORBIDDEN_DOMAINS_NOTE = "domains are checked by hand against the kit README list"

errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = re.sub(r"\s+", " ", s.lower()).strip()
    return {s[i:i + n] for i in range(max(0, len(s) - n + 1))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def text_of(x):
    return " ".join(str(x.get(k, "")) for k in ("subject", "text", "body"))


def rng(name, v, lo, hi):
    if not (lo <= v <= hi):
        err(f"{name} = {v}, expected {lo}..{hi}")


def main():
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")
    allrows = sents + drafts + mails

    # ids
    ids = [x["id"] for x in allrows]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")
    for rows, p in ((sents, "s"), (drafts, "d"), (mails, "t")):
        for lang in ("ja", "en"):
            got = sorted(x["id"] for x in rows if x["lang"] == lang)
            want = [f"{p}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
            if got != want:
                err(f"{p}-{lang} ids not consecutive")
    for x in allrows:
        if x["lang"] not in ("ja", "en") or not x["id"].split("-")[1] == x["lang"]:
            err(f"{x['id']}: lang mismatch")

    # keys
    for x in sents:
        if set(x) != {"id", "lang", "domain", "text", "labels"}:
            err(f"{x['id']}: keys {sorted(x)}")
    for x in drafts:
        if set(x) != {"id", "lang", "domain", "subject", "text", "labels"}:
            err(f"{x['id']}: keys {sorted(x)}")
    for x in mails:
        if set(x) != {"id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"}:
            err(f"{x['id']}: keys {sorted(x)}")

    # sentences
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in sents if x["lang"] == lang]
        rng(f"sentences[{lang}] count", len(it), n, n)
        clean = sum(1 for x in it if not x["labels"])
        rng(f"sentences[{lang}] clean share %", round(100 * clean / max(1, len(it))), 35, 45)
        c = Counter(l for x in it for l in x["labels"])
        for l in SENT:
            rng(f"sentences[{lang}] {l}", c[l], lo, hi)
        for x in it:
            if len(x["labels"]) > 2:
                err(f"{x['id']}: more than two labels")
            if len(set(x["labels"])) != len(x["labels"]):
                err(f"{x['id']}: repeated label")
            for l in x["labels"]:
                if l not in SENT:
                    err(f"{x['id']}: unknown label {l}")
        print(f"sentences {lang}: {len(it)} ({clean} clean) " + ", ".join(f"{l} {c[l]}" for l in SENT))

    # drafts
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in drafts if x["lang"] == lang]
        rng(f"drafts[{lang}] count", len(it), n, n)
        clean = sum(1 for x in it if not x["labels"])
        rng(f"drafts[{lang}] clean", clean, n // 2, n // 2)
        c = Counter(l for x in it for l in x["labels"])
        for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[l] < 2:
                err(f"drafts[{lang}] {l} only {c[l]}")
        for x in it:
            for l in x["labels"]:
                if l not in DRAFT:
                    err(f"{x['id']}: unknown label {l}")
            if not x["subject"].strip() or not x["text"].strip():
                err(f"{x['id']}: empty subject/text")
        print(f"drafts {lang}: {len(it)} ({clean} clean) " + ", ".join(f"{l} {c[l]}" for l in DRAFT if c[l]))

    # placeholders: clean drafts must not contain typical placeholders
    ph = re.compile(r"〇〇|△△|××|〇月|〇日|\{[a-z_]+\}|\[[^\]]*(名|name|NAME|date|DATE|AMOUNT|insert)[^\]]*\]")
    for x in drafts:
        hit = ph.search(x["subject"] + x["text"])
        if hit and "placeholder_left" not in x["labels"]:
            err(f"{x['id']}: placeholder {hit.group(0)!r} but no placeholder_left")
        if not hit and "placeholder_left" in x["labels"]:
            warn(f"{x['id']}: placeholder_left but regex found none (check by eye)")

    # triage
    for lang, n, hi, no, lo in (("ja", 120, 36, 60, 24), ("en", 60, 18, 30, 12)):
        it = [x for x in mails if x["lang"] == lang]
        rng(f"triage[{lang}] count", len(it), n, n)
        u = Counter(x["urgency"] for x in it)
        rng(f"triage[{lang}] high", u["high"], hi - 2, hi + 2)
        rng(f"triage[{lang}] normal", u["normal"], no - 3, no + 3)
        rng(f"triage[{lang}] low", u["low"], lo - 2, lo + 2)
        e = Counter(x["emotion"] for x in it)
        for k in ("angry", "anxious"):
            rng(f"triage[{lang}] {k} %", round(100 * e[k] / n), 15, 25)
        rng(f"triage[{lang}] positive %", round(100 * e["positive"] / n), 5, 11)
        t = sum(1 for x in it if x["terse"])
        rng(f"triage[{lang}] terse %", round(100 * t / n), 7, 13)
        for x in it:
            if x["urgency"] not in ("high", "normal", "low"):
                err(f"{x['id']}: urgency {x['urgency']}")
            if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
                err(f"{x['id']}: emotion {x['emotion']}")
            if not isinstance(x["terse"], bool):
                err(f"{x['id']}: terse not bool")
        print(f"triage {lang}: {len(it)} urgency {dict(u)} emotion {dict(e)} terse {t}")
    for x in mails:
        if x["urgency"] == "high":
            s = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in s:
                    err(f"{x['id']}: banned word {w!r} in a high-urgency mail")

    # domains: 12, each in both languages and each file
    doms = Counter(x["domain"] for x in allrows)
    if len(doms) != 12:
        err(f"expected 12 domains, got {len(doms)}: {sorted(doms)}")
    for rows, name in ((sents, "sentences"), (drafts, "drafts"), (mails, "triage")):
        for lang in ("ja", "en"):
            d = {x["domain"] for x in rows if x["lang"] == lang}
            if d != set(doms):
                err(f"{name}[{lang}] missing domains {sorted(set(doms) - d)}")

    # near-copies of the kit examples
    kit = []
    for p in glob.glob(os.path.join(KIT, "example_*.jsonl")):
        with open(p, encoding="utf-8") as f:
            kit += [json.loads(l) for l in f if l.strip()]
    if not kit:
        err(f"no kit examples found under {KIT}")
    kg = [(k["id"], grams(text_of(k))) for k in kit]
    worst = 0.0
    for x in allrows:
        g = grams(text_of(x))
        for kid, k in kg:
            j = jacc(g, k)
            worst = max(worst, j)
            if j >= 0.6:
                err(f"{x['id']}: near-copy of kit {kid} (3-gram Jaccard {j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")

    # near-duplicates inside the set (warning only)
    for rows in (sents, drafts, mails):
        gs = [(x["id"], grams(text_of(x))) for x in rows]
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                v = jacc(gs[i][1], gs[j][1])
                if v >= 0.6:
                    warn(f"{gs[i][0]} ~ {gs[j][0]} (Jaccard {v:.2f})")

    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("FAIL", e)
    print("OK" if not errors else f"{len(errors)} failures")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
