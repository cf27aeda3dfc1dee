#!/usr/bin/env python3
"""Sanity checks for fresh-eval46: counts, ids, vocabularies, banned words in high mails,
near-copies of the kit's example lines, and a few consistency checks. Exit 1 on any error."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.environ.get("FE46_KIT", os.path.join(os.path.dirname(HERE), "fe46-kit"))

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER_RE = re.compile(r"[〇○△×]{2,}|[〇○△×][年月日時円名]|\{[^}]*\}|\[[^\]]*(name|名|会社)[^\]]*\]|［[^］]*］|XX/XX", re.I)

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s, n=3):
    s = re.sub(r"\s+", " ", s)
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def check_ids(items, prefix):
    ids = [x["id"] for x in items]
    if len(ids) != len(set(ids)):
        err(f"{prefix}: duplicate ids")
    for lang in ("ja", "en"):
        got = [x["id"] for x in items if x["lang"] == lang]
        want = [f"{prefix}-{lang}-{i:03d}" for i in range(1, len(got) + 1)]
        if got != want:
            err(f"{prefix}-{lang}: ids not sequential")


def expect(name, got, lo, hi):
    ok = lo <= got <= hi
    print(f"  {name:45s} {got:4d}   (want {lo}-{hi}){'' if ok else '   <-- OUT OF RANGE'}")
    if not ok:
        err(f"{name} = {got}, want {lo}-{hi}")


def main():
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")

    # keys
    for x in sents:
        if list(x) != ["id", "lang", "domain", "text", "labels"]:
            err(f"{x['id']}: keys {list(x)}")
    for x in drafts:
        if list(x) != ["id", "lang", "domain", "subject", "text", "labels"]:
            err(f"{x['id']}: keys {list(x)}")
    for x in mails:
        if list(x) != ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"]:
            err(f"{x['id']}: keys {list(x)}")
        if x["urgency"] not in ("high", "normal", "low"):
            err(f"{x['id']}: urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            err(f"{x['id']}: emotion {x['emotion']}")
        if not isinstance(x["terse"], bool):
            err(f"{x['id']}: terse not bool")
    check_ids(sents, "s")
    check_ids(drafts, "d")
    check_ids(mails, "t")

    # vocab
    for x in sents:
        for l in x["labels"]:
            if l not in SENT_RULES:
                err(f"{x['id']}: bad label {l}")
        if len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
            err(f"{x['id']}: more than two / repeated labels")
    for x in drafts:
        for l in x["labels"]:
            if l not in DRAFT_RULES:
                err(f"{x['id']}: bad label {l}")

    # counts: sentences
    print("lint_sentences")
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in sents if x["lang"] == lang]
        expect(f"{lang} sentences", len(it), n, n)
        clean = sum(1 for x in it if not x["labels"])
        expect(f"{lang} clean (~40%)", clean, int(n * 0.35), int(n * 0.45))
        c = Counter(l for x in it for l in x["labels"])
        for r in SENT_RULES:
            expect(f"{lang} {r}", c[r], lo, hi)
        print(f"  {lang} two-label items: {sum(1 for x in it if len(x['labels']) == 2)}")

    print("lint_drafts")
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in drafts if x["lang"] == lang]
        expect(f"{lang} drafts", len(it), n, n)
        expect(f"{lang} clean drafts (half)", sum(1 for x in it if not x["labels"]), n // 2, n // 2)
        c = Counter(l for x in it for l in x["labels"])
        for r in DRAFT_RULES:
            print(f"  {lang} {r:43s} {c[r]:4d}")
        for x in it:
            has_ph = bool(PLACEHOLDER_RE.search(x["subject"] + "\n" + x["text"]))
            if has_ph != ("placeholder_left" in x["labels"]):
                err(f"{x['id']}: placeholder pattern {has_ph} but label {'placeholder_left' in x['labels']}")
            if not x["subject"].strip():
                err(f"{x['id']}: empty subject")

    print("triage_mails")
    for lang, n, hi_, no_, lo_ in (("ja", 120, 36, 60, 24), ("en", 60, 18, 30, 12)):
        it = [x for x in mails if x["lang"] == lang]
        expect(f"{lang} mails", len(it), n, n)
        u = Counter(x["urgency"] for x in it)
        expect(f"{lang} high", u["high"], hi_ - 2, hi_ + 2)
        expect(f"{lang} normal", u["normal"], no_ - 3, no_ + 3)
        expect(f"{lang} low", u["low"], lo_ - 2, lo_ + 2)
        e = Counter(x["emotion"] for x in it)
        expect(f"{lang} angry (~20%)", e["angry"], int(n * 0.15), int(n * 0.25))
        expect(f"{lang} anxious (~20%)", e["anxious"], int(n * 0.15), int(n * 0.25))
        expect(f"{lang} positive (~8%)", e["positive"], int(n * 0.05), int(n * 0.11))
        print(f"  {lang} neutral{'':38s}{e['neutral']:4d}")
        expect(f"{lang} terse (~10%)", sum(x["terse"] for x in it), int(n * 0.07), int(n * 0.13))
        print(f"  {lang} urgency x emotion: " + ", ".join(
            f"{k[0]}/{k[1]}={v}" for k, v in sorted(Counter((x['urgency'], x['emotion']) for x in it).items())))
    for x in mails:
        if x["urgency"] == "high":
            t = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in t:
                    err(f"{x['id']}: banned word {w!r} in a high mail")

    # domains: 12, each in both languages, in every file
    doms = {}
    for name, items in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
        for lang in ("ja", "en"):
            doms[(name, lang)] = {x["domain"] for x in items if x["lang"] == lang}
    alld = set().union(*doms.values())
    print(f"domains ({len(alld)}): {sorted(alld)}")
    if len(alld) != 12:
        err(f"{len(alld)} domains, want 12")
    for k, v in doms.items():
        if v != alld:
            err(f"{k}: missing domains {sorted(alld - v)}")

    # near-copies of the kit's examples
    kit_texts = []
    for fn in ("example_lint_sentences.jsonl", "example_lint_drafts.jsonl", "example_triage_mails.jsonl"):
        p = os.path.join(KIT, fn)
        if not os.path.exists(p):
            err(f"kit file missing: {p}")
            continue
        for l in open(p, encoding="utf-8"):
            if l.strip():
                o = json.loads(l)
                for k in ("text", "body", "subject"):
                    if o.get(k) and len(o[k]) > 6:
                        kit_texts.append((o["id"], k, grams(o[k])))
    worst = (0.0, None)
    for name, items in (("sentences", sents), ("drafts", drafts), ("mails", mails)):
        for x in items:
            for k in ("text", "body", "subject"):
                if k not in x or len(x[k]) <= 6:
                    continue
                g = grams(x[k])
                for kid, kk, kg in kit_texts:
                    j = jacc(g, kg)
                    if j > worst[0]:
                        worst = (j, f"{x['id']}.{k} vs kit {kid}.{kk}")
                    if j >= 0.6:
                        err(f"{x['id']}.{k} near-copies kit {kid}.{kk} (J={j:.2f})")
    print(f"max 3-gram Jaccard vs kit examples: {worst[0]:.2f} ({worst[1]})")

    # near-duplicates inside the set (warning only)
    texts = [(x["id"], grams(x.get("text") or x.get("body"))) for x in sents + drafts + mails]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            jj = jacc(texts[i][1], texts[j][1])
            if jj >= 0.6:
                print(f"WARNING: near-duplicate {texts[i][0]} ~ {texts[j][0]} (J={jj:.2f})")

    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
