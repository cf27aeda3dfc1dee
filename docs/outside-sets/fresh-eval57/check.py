#!/usr/bin/env python3
"""Sanity checks for fresh-eval57 (does not run any product).

Checks: line counts per language, unique well-formed ids, field names and types,
label / urgency / emotion vocabularies, label balance, the share of clean items,
banned urgency words in high mails, placeholder-looking text in clean drafts,
12 domains each used in both languages in every file, and near-copies (character
3-gram Jaccard >= 0.6) against the kit's example lines and inside the set.
Exit code 0 when everything passes, 1 otherwise.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe57-kit"
sys.path.insert(0, os.path.join(HERE, "src"))
from common import DOMAINS, SENT_LABELS, DRAFT_LABELS  # noqa: E402

BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER = re.compile(r"〇〇|○○|△△|□□|●●|××|＿＿|〇月|〇日|\{[A-Za-z_]+\}|\[[^\]]*(?:name|Name|会社名|店舗名|氏名)[^\]]*\]|XX")

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.strip())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def in_range(name, n, lo, hi):
    ok = lo <= n <= hi
    if not ok:
        fail(f"{name} = {n}, expected {lo}..{hi}")
    return ok


def text_of(x):
    if "body" in x:
        return (x.get("subject") or "") + "\n" + x["body"]
    if "subject" in x:
        return x["subject"] + "\n" + x["text"]
    return x["text"]


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))

    # ids and fields
    ids = [x["id"] for x in S + D + T]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        fail(f"duplicate ids: {dup}")
    for name, rows, prefix, keys in (
            ("lint_sentences", S, "s", ["id", "lang", "domain", "text", "labels"]),
            ("lint_drafts", D, "d", ["id", "lang", "domain", "subject", "text", "labels"]),
            ("triage_mails", T, "t", ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])):
        for x in rows:
            if list(x.keys()) != keys:
                fail(f"{name} {x.get('id')}: keys {list(x.keys())}")
            if not re.fullmatch(prefix + r"-(ja|en)-\d{3}", x["id"]) or x["id"].split("-")[1] != x["lang"]:
                fail(f"{name} {x['id']}: bad id / lang")
            if x["domain"] not in DOMAINS:
                fail(f"{name} {x['id']}: unknown domain {x['domain']}")
            for k in keys:
                if k in ("labels",):
                    if not isinstance(x[k], list):
                        fail(f"{x['id']}: labels not a list")
                elif k == "terse":
                    if not isinstance(x[k], bool):
                        fail(f"{x['id']}: terse not bool")
                elif not isinstance(x[k], str):
                    fail(f"{x['id']}: {k} not a string")
            if "text" in x and not x["text"].strip():
                fail(f"{x['id']}: empty text")
            if "body" in x and not x["body"].strip():
                fail(f"{x['id']}: empty body")
        for lang in ("ja", "en"):
            nums = sorted(int(x["id"][-3:]) for x in rows if x["lang"] == lang)
            if nums != list(range(1, len(nums) + 1)):
                fail(f"{name} {lang}: ids not consecutive")

    # domains: 12, each in both languages in every file
    for name, rows in (("lint_sentences", S), ("lint_drafts", D), ("triage_mails", T)):
        for lang in ("ja", "en"):
            used = {x["domain"] for x in rows if x["lang"] == lang}
            if used != set(DOMAINS):
                fail(f"{name} {lang}: domains used {sorted(used)} != the 12 chosen")
    if len(DOMAINS) != 12:
        fail(f"{len(DOMAINS)} domains, expected 12")

    # ---- sentences
    print("== lint_sentences ==")
    for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        in_range(f"sentences {lang} count", len(it), total, total)
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(1 for x in it if not x["labels"])
        two = sum(1 for x in it if len(x["labels"]) > 1)
        print(f"  {lang}: {len(it)} sentences, clean {clean} ({clean / len(it):.0%}), two labels {two}")
        for l in SENT_LABELS:
            print(f"    {l:26s} {c[l]:3d}")
            in_range(f"sentences {lang} {l}", c[l], lo, hi)
        in_range(f"sentences {lang} clean share %", round(100 * clean / len(it)), 35, 45)
        for x in it:
            bad = [l for l in x["labels"] if l not in SENT_LABELS]
            if bad or len(set(x["labels"])) != len(x["labels"]) or len(x["labels"]) > 3:
                fail(f"{x['id']}: labels {x['labels']}")
        per_dom = Counter(x["domain"] for x in it)
        print("    per domain:", dict(sorted(per_dom.items())))

    # ---- drafts
    print("== lint_drafts ==")
    for lang, total in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        in_range(f"drafts {lang} count", len(it), total, total)
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(1 for x in it if not x["labels"])
        print(f"  {lang}: {len(it)} drafts, clean {clean}")
        for l in DRAFT_LABELS:
            print(f"    {l:26s} {c[l]:3d}")
        in_range(f"drafts {lang} clean", clean, total // 2 - 1, total // 2 + 1)
        for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            in_range(f"drafts {lang} {l}", c[l], 3 if lang == "en" else 4, 8 if lang == "ja" else 4)
        for x in it:
            bad = [l for l in x["labels"] if l not in DRAFT_LABELS]
            if bad:
                fail(f"{x['id']}: labels {x['labels']}")
            has_ph = bool(PLACEHOLDER.search(x["subject"] + "\n" + x["text"]))
            if has_ph != ("placeholder_left" in x["labels"]):
                fail(f"{x['id']}: placeholder pattern {has_ph} but labels {x['labels']}")

    # ---- triage
    print("== triage_mails ==")
    targets = {"ja": (120, {"high": 36, "normal": 60, "low": 24}),
               "en": (60, {"high": 18, "normal": 30, "low": 12})}
    for lang, (total, urg) in targets.items():
        it = [x for x in T if x["lang"] == lang]
        in_range(f"triage {lang} count", len(it), total, total)
        cu = Counter(x["urgency"] for x in it)
        ce = Counter(x["emotion"] for x in it)
        ct = sum(1 for x in it if x["terse"])
        print(f"  {lang}: {len(it)} mails")
        print("    urgency:", {k: cu[k] for k in ("high", "normal", "low")})
        print("    emotion:", {k: ce[k] for k in ("angry", "anxious", "neutral", "positive")})
        print(f"    terse: {ct}")
        for k, v in urg.items():
            in_range(f"triage {lang} urgency {k}", cu[k], v - 2, v + 2)
        for k in cu:
            if k not in urg:
                fail(f"triage {lang}: bad urgency {k}")
        for k in ce:
            if k not in ("angry", "anxious", "neutral", "positive"):
                fail(f"triage {lang}: bad emotion {k}")
        in_range(f"triage {lang} angry %", round(100 * ce["angry"] / total), 15, 25)
        in_range(f"triage {lang} anxious %", round(100 * ce["anxious"] / total), 15, 25)
        in_range(f"triage {lang} positive %", round(100 * ce["positive"] / total), 5, 11)
        in_range(f"triage {lang} terse %", round(100 * ct / total), 7, 13)
        cross = Counter((x["urgency"], x["emotion"]) for x in it)
        print("    urgency x emotion:", dict(sorted(cross.items())))
        for x in it:
            if x["urgency"] == "high":
                blob = (x["subject"] + "\n" + x["body"]).lower()
                hits = [w for w in BANNED if w in blob]
                if hits:
                    fail(f"{x['id']}: banned word(s) in a high mail: {hits}")

    # ---- near-copies against the kit's examples, and inside the set
    kit_rows = []
    for fn in sorted(os.listdir(KIT)):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            kit_rows += load(os.path.join(KIT, fn))
    kit_g = [(k["id"], grams(text_of(k))) for k in kit_rows]
    kit_g += [(k["id"] + ":text", grams(k.get("text") or k.get("body") or "")) for k in kit_rows]
    all_rows = S + D + T
    worst = 0.0
    for x in all_rows:
        g1, g2 = grams(text_of(x)), grams(x.get("text") or x.get("body"))
        for kid, kg in kit_g:
            j = max(jacc(g1, kg), jacc(g2, kg))
            worst = max(worst, j)
            if j >= 0.6:
                fail(f"{x['id']} is a near-copy of kit example {kid} (Jaccard {j:.2f})")
    print(f"== near-copy vs kit examples: max Jaccard {worst:.2f} (limit 0.60)")
    worst_in = (0.0, None, None)
    gs = [(x["id"], grams(text_of(x))) for x in all_rows]
    for i in range(len(gs)):
        for j in range(i + 1, len(gs)):
            v = jacc(gs[i][1], gs[j][1])
            if v > worst_in[0]:
                worst_in = (v, gs[i][0], gs[j][0])
            if v >= 0.6:
                fail(f"{gs[i][0]} and {gs[j][0]} are near-duplicates (Jaccard {v:.2f})")
    print(f"== near-duplicates inside the set: max Jaccard {worst_in[0]:.2f} ({worst_in[1]} / {worst_in[2]})")

    # score.py must be the kit's, unchanged
    with open(os.path.join(KIT, "score.py"), "rb") as a, open(os.path.join(HERE, "score.py"), "rb") as b:
        if a.read() != b.read():
            fail("score.py differs from the kit's copy")

    print()
    if FAIL:
        print(f"{len(FAIL)} check(s) failed")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
