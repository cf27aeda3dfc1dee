#!/usr/bin/env python3
"""Sanity checks for the fresh-eval63 set (does not run any product code).

Verifies: JSON format and field types, counts per file and language, unique ids,
label vocabularies, label distribution (sentences ~40% clean, ja 16-26 / en 8-12 per
label; drafts half clean), urgency/emotion/terse distribution of the mails, the banned
urgent words in high mails, every domain used in both languages, weekday consistency of
written dates, placeholder presence only in placeholder_left drafts, and that nothing is
a near-copy (character 3-gram Jaccard >= 0.6) of the kit's example lines or of another item.
"""
import datetime, json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe63-kit"
SENT = ["condescending", "vague", "imperative", "request_without_reason",
        "unknown_without_followup", "dismissive"]
DRAFT = SENT + ["apology_incomplete", "placeholder_left", "purpose_not_upfront"]
BANNED = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
problems = []


def bad(msg):
    problems.append(msg)


def load(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{n}: blank line")
                continue
            try:
                out.append(json.loads(line))
            except ValueError as e:
                bad(f"{os.path.basename(path)}:{n}: not JSON ({e})")
    return out


def grams(t):
    t = re.sub(r"\s+", "", t.lower())
    return {t[i:i + 3] for i in range(len(t) - 2)}


def jacc(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def check_fields(recs, name, spec):
    for r in recs:
        if set(r) != set(spec):
            bad(f"{name} {r.get('id')}: fields {sorted(r)} != {sorted(spec)}")
        for k, typ in spec.items():
            if k in r and not isinstance(r[k], typ):
                bad(f"{name} {r.get('id')}: {k} is {type(r[k]).__name__}")
        if r.get("lang") not in ("ja", "en"):
            bad(f"{name} {r.get('id')}: lang {r.get('lang')}")
        if not re.fullmatch(rf"{name[0]}-{r.get('lang')}-\d{{3}}", str(r.get("id"))):
            bad(f"{name} {r.get('id')}: id format")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        bad(f"{name}: duplicate ids {[i for i, c in Counter(ids).items() if c > 1]}")


def span(lo, hi, v, what):
    tag = "ok " if lo <= v <= hi else "BAD"
    print(f"  [{tag}] {what}: {v} (want {lo}-{hi})")
    if not lo <= v <= hi:
        bad(f"{what}: {v} not in {lo}-{hi}")


JA_WD = "月火水木金土日"
EN_WD = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def year_for(month):
    # the set is written as of early December 2025: Sep-Dec -> 2025, Jan-Aug -> 2026
    return 2025 if month >= 9 else 2026


def check_dates(rid, text):
    for mo, dd, wd in re.findall(r"(\d{1,2})月(\d{1,2})日[（(]([月火水木金土日])[）)]", text):
        mo, dd = int(mo), int(dd)
        real = JA_WD[datetime.date(year_for(mo), mo, dd).weekday()]
        if real != wd:
            bad(f"{rid}: {mo}月{dd}日 is {real}, written {wd}")
    low = text.lower()
    pat1 = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + ")"
    pat2 = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(" + "|".join(MONTHS) + r")\s+(\d{1,2})"
    for wd, dd, mon in re.findall(pat1, low):
        mo = MONTHS.index(mon) + 1
        real = EN_WD[datetime.date(year_for(mo), mo, int(dd)).weekday()]
        if real != wd:
            bad(f"{rid}: {dd} {mon} is {real}, written {wd}")
    for wd, mon, dd in re.findall(pat2, low):
        mo = MONTHS.index(mon) + 1
        real = EN_WD[datetime.date(year_for(mo), mo, int(dd)).weekday()]
        if real != wd:
            bad(f"{rid}: {mon} {dd} is {real}, written {wd}")


PLACEHOLDER = re.compile(r"〇〇|○○|△△|××|〇月|〇日|\{[^}\n]*\}|\[[A-Z会社名氏名日付 _]+\]|【[^】]*名】")


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    M = load(os.path.join(HERE, "triage_mails.jsonl"))
    check_fields(S, "s", {"id": str, "lang": str, "domain": str, "text": str, "labels": list})
    check_fields(D, "d", {"id": str, "lang": str, "domain": str, "subject": str, "text": str, "labels": list})
    check_fields(M, "t", {"id": str, "lang": str, "domain": str, "subject": str, "body": str,
                          "urgency": str, "emotion": str, "terse": bool})

    print("lint_sentences")
    span(240, 240, len(S), "sentences total")
    for lang, n, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        it = [x for x in S if x["lang"] == lang]
        span(n, n, len(it), f"{lang} sentences")
        clean = sum(not x["labels"] for x in it)
        span(round(n * 0.35), round(n * 0.45), clean, f"{lang} clean sentences (~40%)")
        c = Counter(l for x in it for l in x["labels"])
        for l in SENT:
            span(lo, hi, c[l], f"{lang} {l}")
        span(0, 0, sum(len(x["labels"]) > 2 for x in it), f"{lang} sentences with >2 labels")
        print(f"    {lang} two-label sentences: {sum(len(x['labels']) == 2 for x in it)}")
    for x in S:
        for l in x["labels"]:
            if l not in SENT:
                bad(f"{x['id']}: label {l} not a sentence label")
        if len(set(x["labels"])) != len(x["labels"]):
            bad(f"{x['id']}: repeated label")

    print("lint_drafts")
    span(60, 60, len(D), "drafts total")
    for lang, n in (("ja", 40), ("en", 20)):
        it = [x for x in D if x["lang"] == lang]
        span(n, n, len(it), f"{lang} drafts")
        span(n // 2, n // 2, sum(not x["labels"] for x in it), f"{lang} clean drafts")
        print(f"    {lang} draft labels: {dict(Counter(l for x in it for l in x['labels']))}")
    for x in D:
        for l in x["labels"]:
            if l not in DRAFT:
                bad(f"{x['id']}: label {l} not a draft label")
        has_ph = bool(PLACEHOLDER.search(x["text"]) or PLACEHOLDER.search(x["subject"]))
        if has_ph != ("placeholder_left" in x["labels"]):
            bad(f"{x['id']}: placeholder present={has_ph} but labels={x['labels']}")
        if not x["subject"].strip():
            bad(f"{x['id']}: empty subject")

    print("triage_mails")
    span(180, 180, len(M), "mails total")
    want = {"ja": (120, {"high": 36, "normal": 60, "low": 24}), "en": (60, {"high": 18, "normal": 30, "low": 12})}
    for lang, (n, urg) in want.items():
        it = [x for x in M if x["lang"] == lang]
        span(n, n, len(it), f"{lang} mails")
        cu = Counter(x["urgency"] for x in it)
        for u, k in urg.items():
            span(k - 2, k + 2, cu[u], f"{lang} urgency={u}")
        ce = Counter(x["emotion"] for x in it)
        span(round(n * 0.16), round(n * 0.24), ce["angry"], f"{lang} angry (~20%)")
        span(round(n * 0.16), round(n * 0.24), ce["anxious"], f"{lang} anxious (~20%)")
        span(round(n * 0.05), round(n * 0.11), ce["positive"], f"{lang} positive (~8%)")
        span(round(n * 0.07), round(n * 0.13), sum(x["terse"] for x in it), f"{lang} terse (~10%)")
        print(f"    {lang} urgency x emotion: {dict(Counter((x['urgency'], x['emotion']) for x in it))}")
    for x in M:
        if x["urgency"] not in ("high", "normal", "low"):
            bad(f"{x['id']}: urgency {x['urgency']}")
        if x["emotion"] not in ("angry", "anxious", "neutral", "positive"):
            bad(f"{x['id']}: emotion {x['emotion']}")
        if x["urgency"] == "high":
            blob = (x["subject"] + "\n" + x["body"]).lower()
            for w in BANNED:
                if w in blob:
                    bad(f"{x['id']}: banned word '{w}' in a high mail")
        if x["terse"] and len(x["body"]) > 60:
            bad(f"{x['id']}: terse but {len(x['body'])} chars")

    print("domains")
    dom = defaultdict(lambda: defaultdict(Counter))
    for name, recs in (("S", S), ("D", D), ("M", M)):
        for x in recs:
            dom[x["domain"]][name][x["lang"]] += 1
    span(12, 12, len(dom), "number of domains")
    for k in sorted(dom):
        row = "  ".join(f"{n}: ja {dom[k][n]['ja']:2d} en {dom[k][n]['en']:2d}" for n in "SDM")
        print(f"    {k:10s} {row}")
        for n in "SDM":
            if not dom[k][n]["ja"] or not dom[k][n]["en"]:
                bad(f"domain {k}: {n} missing a language")

    print("dates, near-copies")
    for x in S + D:
        check_dates(x["id"], x.get("subject", "") + "\n" + x["text"])
    for x in M:
        check_dates(x["id"], x["subject"] + "\n" + x["body"])
    kit = []
    for fn in os.listdir(KIT):
        if fn.startswith("example_") and fn.endswith(".jsonl"):
            for r in load(os.path.join(KIT, fn)):
                kit.append(grams(r.get("text") or r.get("body") or ""))
    mine = [(x["id"], grams(x["text"])) for x in S + D] + [(x["id"], grams(x["body"])) for x in M]
    worst = 0.0
    for rid, g in mine:
        for k in kit:
            j = jacc(g, k)
            worst = max(worst, j)
            if j >= 0.6:
                bad(f"{rid}: near-copy of a kit example (Jaccard {j:.2f})")
    print(f"  max Jaccard vs kit examples: {worst:.2f}")
    worst_pair = (0.0, None, None)
    for i in range(len(mine)):
        for j in range(i + 1, len(mine)):
            if len(mine[i][1]) < 8 or len(mine[j][1]) < 8:
                continue
            v = jacc(mine[i][1], mine[j][1])
            if v > worst_pair[0]:
                worst_pair = (v, mine[i][0], mine[j][0])
            if v >= 0.6:
                bad(f"{mine[i][0]} ~ {mine[j][0]}: near-duplicate items (Jaccard {v:.2f})")
    print(f"  max Jaccard between own items: {worst_pair[0]:.2f} ({worst_pair[1]}, {worst_pair[2]})")

    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        known = {x["id"] for x in S + D + M}
        cited = set(re.findall(r"\b[sdt]-(?:ja|en)-\d{3}\b", open(readme, encoding="utf-8").read()))
        for rid in sorted(cited - known):
            bad(f"README cites unknown id {rid}")
        print(f"  README cites {len(cited)} ids, all present" if cited <= known else "  README cites unknown ids")

    print()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
