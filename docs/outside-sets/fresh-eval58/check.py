#!/usr/bin/env python3
"""Sanity checks for fresh-eval58 (does not run the product and does not score anything).

Checks: line counts per file and language, unique and well-formed ids, required fields,
label / urgency / emotion vocabularies, per-label counts against the brief's ranges,
the share of clean items, banned urgency words in high mails, language of each item,
domains used in both languages, and that nothing is a near-copy (character 3-gram
Jaccard >= 0.6) of the kit's example lines or of another item in the set.
Exit status 1 if any hard check fails; soft deviations are printed as WARN.
"""
import glob, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe58-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
URG = ["high", "normal", "low"]
EMO = ["angry", "anxious", "neutral", "positive"]
BANNED_JA = ["至急", "緊急", "急ぎ", "大至急"]
BANNED_EN = ["urgent", "asap", "emergency", "immediately"]

fails, warns = [], []


def fail(m):
    fails.append(m)


def warn(m):
    warns.append(m)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    fail(f"{os.path.basename(path)}:{n} not JSON ({e})")
    return rows


def grams(s):
    s = re.sub(r"\s+", " ", s.strip().lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def has_kana(s):
    return re.search(r"[\u3040-\u30ff]", s) is not None


def textof(x):
    return " ".join(str(x.get(k, "")) for k in ("subject", "text", "body") if x.get(k))


def in_range(what, n, lo, hi, hard=False):
    ok = lo <= n <= hi
    if not ok:
        (fail if hard else warn)(f"{what} = {n}, expected {lo}-{hi}")
    return ok


def main():
    files = {"lint_sentences.jsonl": "s", "lint_drafts.jsonl": "d", "triage_mails.jsonl": "t"}
    data = {k: load(os.path.join(HERE, k)) for k in files}
    all_ids = Counter()
    domains = defaultdict(set)

    for name, kind in files.items():
        rows = data[name]
        print(f"\n=== {name} ({len(rows)} lines) ===")
        for x in rows:
            all_ids[x.get("id")] += 1
            lang = x.get("lang")
            if lang not in ("ja", "en"):
                fail(f"{x.get('id')}: bad lang {lang!r}")
                continue
            if not re.fullmatch(rf"{kind}-{lang}-\d{{3}}", str(x.get("id"))):
                fail(f"{x.get('id')}: id does not match {kind}-{lang}-NNN")
            need = {"s": ["id", "lang", "domain", "text", "labels"],
                    "d": ["id", "lang", "domain", "subject", "text", "labels"],
                    "t": ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"]}[kind]
            for k in need:
                if k not in x:
                    fail(f"{x.get('id')}: missing field {k}")
            domains[x.get("domain")].add(lang)
            body = textof(x)
            if (lang == "ja") != has_kana(body):
                fail(f"{x['id']}: language looks wrong for lang={lang}")
            if kind in "sd":
                voc = SENT if kind == "s" else DRAFT
                if not isinstance(x.get("labels"), list) or len(set(x["labels"])) != len(x["labels"]):
                    fail(f"{x['id']}: labels must be a list without repeats")
                for l in x.get("labels", []):
                    if l not in voc:
                        fail(f"{x['id']}: unknown label {l!r}")
                if kind == "s" and len(x.get("labels", [])) > 2:
                    fail(f"{x['id']}: more than two labels")
            else:
                if x.get("urgency") not in URG:
                    fail(f"{x['id']}: bad urgency {x.get('urgency')!r}")
                if x.get("emotion") not in EMO:
                    fail(f"{x['id']}: bad emotion {x.get('emotion')!r}")
                if not isinstance(x.get("terse"), bool):
                    fail(f"{x['id']}: terse must be true/false")
                if x.get("urgency") == "high":
                    low = body.lower()
                    for w in BANNED_JA:
                        if w in body:
                            fail(f"{x['id']}: high mail uses banned word {w}")
                    for w in BANNED_EN:
                        if re.search(rf"\b{w}", low):
                            fail(f"{x['id']}: high mail uses banned word {w!r}")

        for lang in ("ja", "en"):
            it = [x for x in rows if x.get("lang") == lang]
            exp = {("s", "ja"): 160, ("s", "en"): 80, ("d", "ja"): 40, ("d", "en"): 20,
                   ("t", "ja"): 120, ("t", "en"): 60}[(kind, lang)]
            if len(it) != exp:
                fail(f"{name} {lang}: {len(it)} items, expected {exp}")
            print(f"  [{lang}] {len(it)} items, {len({x['domain'] for x in it})} domains")
            if kind in "sd":
                c = Counter(l for x in it for l in x["labels"])
                clean = sum(1 for x in it if not x["labels"])
                multi = sum(1 for x in it if len(x["labels"]) > 1)
                print(f"    clean {clean} ({clean/len(it):.0%}), with two or more labels {multi}")
                for l in (SENT if kind == "s" else DRAFT):
                    print(f"    {l:26s} {c[l]:3d}")
                if kind == "s":
                    lo, hi = (16, 26) if lang == "ja" else (8, 12)
                    for l in SENT:
                        in_range(f"{name} {lang} {l}", c[l], lo, hi)
                    in_range(f"{name} {lang} clean share x100", round(100 * clean / len(it)), 35, 45)
                else:
                    in_range(f"{name} {lang} clean", clean, len(it) // 2 - 1, len(it) // 2 + 1)
                    for l in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
                        in_range(f"{name} {lang} {l}", c[l], 2, 10)
            else:
                u = Counter(x["urgency"] for x in it)
                e = Counter(x["emotion"] for x in it)
                t = sum(1 for x in it if x["terse"])
                print("    urgency " + "  ".join(f"{k}={u[k]}" for k in URG))
                print("    emotion " + "  ".join(f"{k}={e[k]}" for k in EMO))
                print(f"    terse {t} ({t/len(it):.0%})")
                ue = Counter((x["urgency"], x["emotion"]) for x in it)
                print("    urgency x emotion: " + ", ".join(f"{a}/{b}={ue[(a, b)]}" for a in URG for b in EMO if ue[(a, b)]))
                target = {"ja": (36, 60, 24), "en": (18, 30, 12)}[lang]
                for k, n in zip(URG, target):
                    in_range(f"{name} {lang} urgency {k}", u[k], n - 2, n + 2)
                for k, share in (("angry", .20), ("anxious", .20), ("positive", .08)):
                    n = round(share * len(it))
                    in_range(f"{name} {lang} emotion {k}", e[k], n - 3, n + 3)
                n = round(.10 * len(it))
                in_range(f"{name} {lang} terse", t, n - 2, n + 2)
                per_dom = Counter(x["domain"] for x in it)
                print("    per domain: " + ", ".join(f"{k}={v}" for k, v in sorted(per_dom.items())))

    dup = [i for i, n in all_ids.items() if n > 1]
    if dup:
        fail(f"duplicate ids: {dup[:10]}")
    print(f"\nids: {sum(all_ids.values())} total, {len(all_ids)} unique")

    print(f"domains ({len(domains)}): " + ", ".join(f"{d}[{'/'.join(sorted(l))}]" for d, l in sorted(domains.items())))
    if len(domains) != 12:
        fail(f"expected 12 domains, found {len(domains)}")
    for d, l in domains.items():
        if l != {"ja", "en"}:
            fail(f"domain {d} not used in both languages")
    for name in files:
        for lang in ("ja", "en"):
            ds = {x["domain"] for x in data[name] if x["lang"] == lang}
            if len(ds) < 12 and not (name == "lint_drafts.jsonl" and lang == "en"):
                warn(f"{name} {lang}: only {len(ds)} domains")

    # near-copies of the kit examples
    ex = []
    for p in sorted(glob.glob(os.path.join(KIT, "example_*.jsonl"))):
        for x in load(p):
            ex.append((x.get("id"), grams(textof(x))))
            for k in ("text", "body", "subject"):
                if x.get(k) and len(x[k]) >= 8:
                    ex.append((f"{x.get('id')}.{k}", grams(x[k])))
    worst = (0.0, None, None)
    items = [x for rows in data.values() for x in rows]
    for x in items:
        parts = [textof(x)] + [x[k] for k in ("text", "body") if x.get(k)]
        for part in parts:
            g = grams(part)
            for eid, eg in ex:
                j = jacc(g, eg)
                if j > worst[0]:
                    worst = (j, x["id"], eid)
                if j >= 0.6:
                    fail(f"{x['id']} is a near-copy of kit example {eid} (3-gram Jaccard {j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst[0]:.2f} ({worst[1]} vs {worst[2]})")

    # near-duplicates inside the set
    gs = [(x["id"], grams(textof(x))) for x in items]
    worst = (0.0, None, None)
    for i in range(len(gs)):
        for k in range(i + 1, len(gs)):
            j = jacc(gs[i][1], gs[k][1])
            if j > worst[0]:
                worst = (j, gs[i][0], gs[k][0])
            if j >= 0.6:
                fail(f"{gs[i][0]} and {gs[k][0]} are near-duplicates (3-gram Jaccard {j:.2f})")
    print(f"max 3-gram Jaccard between two items of the set: {worst[0]:.2f} ({worst[1]} vs {worst[2]})")

    # score.py must be the kit's, unchanged
    try:
        a = open(os.path.join(HERE, "score.py"), "rb").read()
        b = open(os.path.join(KIT, "score.py"), "rb").read()
        if a != b:
            fail("score.py differs from the kit's copy")
    except OSError as e:
        fail(f"score.py: {e}")

    print()
    for w in warns:
        print("WARN", w)
    for f in fails:
        print("FAIL", f)
    print("OK" if not fails else f"{len(fails)} failure(s)")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
