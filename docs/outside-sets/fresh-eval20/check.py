#!/usr/bin/env python3
"""Check the fresh-eval20 files: shapes, counts, label vocabularies, ids, the words a
high-urgency mail must not use, and that nothing is a near-copy of the kit's example
lines (character 3-gram Jaccard >= 0.6) or of another item in this set.

usage: python3 check.py [--kit /work/fe20-kit]      exit 0 = all checks pass
"""
import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe20-kit"
if "--kit" in sys.argv:
    KIT = sys.argv[sys.argv.index("--kit") + 1]

SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
URGENCY = ["high", "normal", "low"]
EMOTIONS = ["angry", "anxious", "neutral", "positive"]
BANNED_HIGH = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
# Domains already used by earlier fresh-eval sets (from the kit README); ours must differ.
USED_DOMAINS = """funeral wedding vet car-repair pest-control translation coworking music-school
farm-direct-sales it-outsourcing moving printing pharmacy sports-club hotel ryokan catering
childcare elder-care hair-salon legal-scrivener parking pet-hotel photo-studio renovation
rental-car ticketing cleaning appliance-repair bike-share care-equipment-rental crowdfunding
dental-lab driving-school elevator-maintenance florist home-security piano-tuning solar
tax-accountant used-cars water-server camera-rental car-wash cinema climbing-gym ev-charging
gift-catalogues golf hearing-aids karaoke kimono marina mountain-huts personal-training
trunk-rooms farm-machinery auction-house bridal-jewellery craft-beer dog-trimming eyewear
homestay instrument-rental laundromat calligraphy orthodontics school-uniforms ski-resort taxi
bakery-subscription balloon-rides bowling bus-tours embroidery fishing-charters gojokai hanko
karate sauna seeds tatami vending-machines tree-care beekeeping bonsai drone-surveying
escape-rooms community-fm scuba soba-classes wood-stoves tutoring well-drilling aquarium-fish
bicycles locksmith roofing yoga tailor air-con-cleaning watch-repair shoe-repair pottery saas
e-commerce banking insurance telecom real-estate logistics utilities games recruiting airlines
public-services clinics gyms language-schools ferries onsen campsites museums knife-sharpening
tyre-storage sign-language-interpreting glamping model-railways fireworks-displays
stage-lighting-hire genealogy-research ropeway wine-importer prosthetics orthotics
coin-and-stamp-dealer riding-club septic-tanks futon-remaking oyster-farm planetarium
archery-range rice-milling snow-removal house-clearing event-tents childrens-coding-school
grave-cleaning coffee-subscription data-recovery signs shredding eyelash-salon dance-studio
fountain-pens linen-supply scaffolding rehearsal-studio meal-kits costume-hire
bike aircon roof aqua""".split()
PLACEHOLDER_RE = re.compile(r"〇〇|○○|△△|××|＿＿|__|〇月|〇日|\{[^}\n]*\}|\[[A-Za-z_ ]+\]|\[[^\]\n]*(名|社|様|日)\]|<[A-Za-z_ ]+>|\bXXX?\b")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n}: not JSON ({e})")
    return rows


def grams(s):
    s = re.sub(r"\s+", " ", s.lower()).strip()
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jaccard(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def in_range(name, value, lo, hi):
    if not lo <= value <= hi:
        err(f"{name} = {value}, expected {lo}..{hi}")


def check_common(name, rows, prefix, fields):
    ids = [r.get("id") for r in rows]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"{name}: duplicate ids {dup[:5]}")
    for r in rows:
        if set(r) != set(fields):
            err(f"{name} {r.get('id')}: fields {sorted(r)} != {sorted(fields)}")
        if r.get("lang") not in ("ja", "en"):
            err(f"{name} {r.get('id')}: bad lang {r.get('lang')!r}")
            continue
        if not re.fullmatch(rf"{prefix}-{r['lang']}-\d{{3}}", str(r.get("id"))):
            err(f"{name}: bad id {r.get('id')!r}")
        for k in fields:
            if k in ("labels", "terse"):
                continue
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                err(f"{name} {r.get('id')}: empty or non-string {k}")
    for lang in ("ja", "en"):
        nums = sorted(int(r["id"].split("-")[2]) for r in rows if r.get("lang") == lang and "id" in r)
        if nums != list(range(1, len(nums) + 1)):
            err(f"{name}: {lang} ids are not 001..{len(nums):03d} without gaps")


def check_domains(name, rows):
    doms = {}
    for r in rows:
        doms.setdefault(r["domain"], set()).add(r["lang"])
    for d, langs in doms.items():
        if langs != {"ja", "en"}:
            err(f"{name}: domain {d} used only in {sorted(langs)}")
        if d.lower().replace("_", "-") in USED_DOMAINS:
            err(f"{name}: domain {d} is on the list of domains already used")
    return set(doms)


def main():
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")

    # ---- shapes and ids
    check_common("lint_sentences", sents, "s", ["id", "lang", "domain", "text", "labels"])
    check_common("lint_drafts", drafts, "d", ["id", "lang", "domain", "subject", "text", "labels"])
    check_common("triage_mails", mails, "t",
                 ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])

    # ---- domains: 12, each in both languages, in every file, none already used
    d1 = check_domains("lint_sentences", sents)
    d2 = check_domains("lint_drafts", drafts)
    d3 = check_domains("triage_mails", mails)
    if not (len(d1) == len(d2) == len(d3) == 12 and d1 == d2 == d3):
        err(f"domains differ between files or are not 12: {sorted(d1)} / {sorted(d2)} / {sorted(d3)}")

    # ---- sentences
    for r in sents:
        labs = r.get("labels")
        if not isinstance(labs, list) or len(labs) > 2 or len(set(labs)) != len(labs):
            err(f"{r['id']}: labels must be a list of at most two distinct rules: {labs}")
        elif any(l not in SENT_RULES for l in labs):
            err(f"{r['id']}: unknown sentence label in {labs}")
    for lang, total, lo, hi in (("ja", 160, 16, 26), ("en", 80, 8, 12)):
        part = [r for r in sents if r["lang"] == lang]
        in_range(f"sentences {lang} count", len(part), total, total)
        clean = sum(1 for r in part if not r["labels"])
        in_range(f"sentences {lang} clean share %", round(100 * clean / max(1, len(part))), 35, 45)
        c = Counter(l for r in part for l in r["labels"])
        for rule in SENT_RULES:
            in_range(f"sentences {lang} {rule}", c[rule], lo, hi)

    # ---- drafts
    for r in drafts:
        labs = r.get("labels")
        if not isinstance(labs, list) or any(l not in DRAFT_RULES for l in labs) or len(set(labs)) != len(labs):
            err(f"{r['id']}: bad draft labels {labs}")
            continue
        has_ph = bool(PLACEHOLDER_RE.search(r["subject"] + "\n" + r["text"]))
        if ("placeholder_left" in labs) != has_ph:
            err(f"{r['id']}: placeholder_left={('placeholder_left' in labs)} but placeholder pattern found={has_ph}")
    for lang, total in (("ja", 40), ("en", 20)):
        part = [r for r in drafts if r["lang"] == lang]
        in_range(f"drafts {lang} count", len(part), total, total)
        in_range(f"drafts {lang} clean", sum(1 for r in part if not r["labels"]), total // 2, total // 2)
        c = Counter(l for r in part for l in r["labels"])
        for rule in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            in_range(f"drafts {lang} {rule}", c[rule], 2, total // 4)
        in_range(f"drafts {lang} with a sentence label", sum(1 for r in part if set(r["labels"]) & set(SENT_RULES)), 1, 5)

    # ---- triage
    for r in mails:
        if r.get("urgency") not in URGENCY:
            err(f"{r['id']}: bad urgency {r.get('urgency')!r}")
        if r.get("emotion") not in EMOTIONS:
            err(f"{r['id']}: bad emotion {r.get('emotion')!r}")
        if not isinstance(r.get("terse"), bool):
            err(f"{r['id']}: terse must be true or false")
        if r.get("urgency") == "high":
            text = (r["subject"] + "\n" + r["body"]).lower()
            for w in BANNED_HIGH:
                if w in text:
                    err(f"{r['id']}: high-urgency mail uses banned word {w!r}")
            if "急" in text:
                warnings.append(f"{r['id']}: high-urgency mail contains 急")
    for lang, total, want in (("ja", 120, {"high": 36, "normal": 60, "low": 24}),
                              ("en", 60, {"high": 18, "normal": 30, "low": 12})):
        part = [r for r in mails if r["lang"] == lang]
        in_range(f"mails {lang} count", len(part), total, total)
        u = Counter(r["urgency"] for r in part)
        for k, v in want.items():
            in_range(f"mails {lang} urgency={k}", u[k], v - 2, v + 2)
        e = Counter(r["emotion"] for r in part)
        for k, lo, hi in (("angry", 15, 25), ("anxious", 15, 25), ("positive", 5, 11)):
            in_range(f"mails {lang} emotion={k} %", round(100 * e[k] / total), lo, hi)
        in_range(f"mails {lang} terse %", round(100 * sum(r["terse"] for r in part) / total), 8, 12)
        if any(r["terse"] and r["urgency"] == "low" for r in part):
            warnings.append(f"{lang}: a terse mail is labelled low")

    # ---- near copies of the kit's examples, and near duplicates inside the set
    def texts(r):
        out = []
        for k in ("text", "body"):
            if k in r:
                out.append(r[k])
        return out

    kit_texts = []
    for path in sorted(glob.glob(os.path.join(KIT, "example_*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    x = json.loads(line)
                    for t in texts(x) + [x.get("subject", "")]:
                        if t and len(t) >= 8:
                            kit_texts.append((x.get("id"), grams(t)))
    if not kit_texts:
        err(f"no kit example lines found under {KIT}")
    ours = []
    for r in sents + drafts + mails:
        for t in texts(r):
            ours.append((r["id"], grams(t), t))
    for rid, g, t in ours:
        for kid, kg in kit_texts:
            j = jaccard(g, kg)
            if j >= 0.6:
                err(f"{rid} is a near-copy of kit example {kid} (3-gram Jaccard {j:.2f})")
    for i in range(len(ours)):
        for k in range(i + 1, len(ours)):
            j = jaccard(ours[i][1], ours[k][1])
            if j >= 0.6:
                err(f"{ours[i][0]} and {ours[k][0]} are near-duplicates (3-gram Jaccard {j:.2f})")

    # ---- score.py must be the kit's, unchanged
    mine = os.path.join(HERE, "score.py")
    kit = os.path.join(KIT, "score.py")
    if not os.path.exists(mine):
        err("score.py missing")
    elif os.path.exists(kit):
        h = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()
        if h(mine) != h(kit):
            err("score.py differs from the kit's score.py")

    # ---- report
    print(f"sentences {len(sents)}, drafts {len(drafts)}, mails {len(mails)}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("FAIL:", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
