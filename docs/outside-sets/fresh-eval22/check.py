#!/usr/bin/env python3
"""Sanity checks for fresh-eval22 (run after build.py). Exits 1 on any failure.

Checks: counts per file and language, unique and well-formed ids, label vocabularies,
per-label ranges, clean share, urgency / emotion / terse distributions, banned words in
high-urgency mails, placeholders only where labelled, domains (12, each in both
languages, none from the kit's used list), and near-copies of the kit's example lines
(character 3-gram Jaccard >= 0.6), plus near-duplicates inside this set.
"""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = "/work/fe22-kit"
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
DRAFT_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
BANNED_HIGH = ["至急", "緊急", "急ぎ", "大至急", "urgent", "asap", "emergency", "immediately"]
PLACEHOLDER = re.compile(r"〇〇|○○|◯◯|△△|××|〇月〇日|\{[A-Za-z_ ]+\}|\[[^\]\n]{1,20}\]|＜[^＞]{1,10}＞")
USED_DOMAINS = """funeral wedding vet car-repair pest-control translation coworking music-school
farm-direct-sales it-outsourcing moving printing pharmacy sports-club hotel ryokan catering childcare
elder-care hair-salon legal-scrivener parking pet-hotel photo-studio renovation rental-car ticketing
cleaning appliance-repair bike-share care-equipment-rental crowdfunding dental-lab driving-school
elevator-maintenance florist home-security piano-tuning solar tax-accountant used-cars water-server
camera-rental car-wash cinema climbing-gym ev-charging gift-catalogues golf hearing-aids karaoke kimono
marina mountain-huts personal-training trunk-rooms farm-machinery auction-house bridal-jewellery
craft-beer dog-trimming eyewear homestay instrument-rental laundromat calligraphy orthodontics
school-uniforms ski-resort taxi bakery-subscription balloon-rides bowling bus-tours embroidery
fishing-charters gojokai hanko karate sauna seeds tatami vending-machines tree-care beekeeping bonsai
drone-surveying escape-rooms community-fm scuba soba-classes wood-stoves tutoring well-drilling
aquarium-fish bicycles locksmith roofing yoga tailor air-con-cleaning aircon watch-repair shoe-repair
pottery saas e-commerce ecommerce banking insurance telecom real-estate logistics utilities games
recruiting airlines public-services clinics gyms language-schools ferries onsen campsites museums
knife-sharpening tyre-storage sign-language-interpreting glamping model-railways fireworks-displays
stage-lighting-hire genealogy-research ropeway wine-importer prosthetics orthotics coin-and-stamp-dealer
riding-club septic-tanks futon-remaking oyster-farm planetarium archery-range rice-milling snow-removal
house-clearing event-tents childrens-coding-school grave-cleaning coffee-subscription data-recovery signs
shredding eyelash-salon dance-studio fountain-pens linen-supply scaffolding rehearsal-studio meal-kits
costume-hire taiko-school boat-licence-school chimney-sweeping sake-brewery bookbinding
braille-transcription patent-attorney instrument-calibration videotape-digitising allotment-garden
reptile-shop wagashi-shop curtain-shop knitting-yarn pawnshop wigs upholstery abacus-school
horse-race-tours kerosene-delivery nail-salon film-lab cat-cafe kitchen-remodelling bike roof aqua""".split()
DOMAIN_MEANING = {
    "shogi": "shogi club", "stainedglass": "stained glass studio", "paraglide": "paragliding school",
    "lumber": "timber yard", "tea": "tea ceremony classes", "shutters": "storm and roller shutters",
    "oldbooks": "second-hand bookshop", "toyrental": "toy subscription", "officefurn": "office furniture",
    "telescope": "telescope shop", "trophies": "trophy engraving", "surf": "surf school",
}

fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL:", msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def grams(s):
    s = re.sub(r"\s+", " ", s.lower())
    return {s[i:i + 3] for i in range(max(0, len(s) - 2))}


def jacc(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def texts(x):
    return [v for k, v in x.items() if k in ("text", "subject", "body") and isinstance(v, str) and v.strip()]


def main():
    S = load(os.path.join(HERE, "lint_sentences.jsonl"))
    D = load(os.path.join(HERE, "lint_drafts.jsonl"))
    T = load(os.path.join(HERE, "triage_mails.jsonl"))

    # ids and fields
    allids = [x["id"] for x in S + D + T]
    if len(allids) != len(set(allids)):
        fail("duplicate ids")
    for items, p, fields in ((S, "s", ["id", "lang", "domain", "text", "labels"]),
                             (D, "d", ["id", "lang", "domain", "subject", "text", "labels"]),
                             (T, "t", ["id", "lang", "domain", "subject", "body", "urgency", "emotion", "terse"])):
        for x in items:
            if list(x.keys()) != fields:
                fail(f"{x.get('id')}: fields {list(x.keys())}")
            if not re.fullmatch(rf"{p}-{x['lang']}-\d{{3}}", x["id"]):
                fail(f"bad id {x['id']}")
            for lang in ("ja", "en"):
                nums = sorted(int(y["id"][-3:]) for y in items if y["lang"] == lang)
                if nums != list(range(1, len(nums) + 1)):
                    fail(f"{p}-{lang} ids not contiguous")
                    break

    def bylang(items, lang):
        return [x for x in items if x["lang"] == lang]

    # counts
    for items, name, want in ((S, "sentences", {"ja": 160, "en": 80}), (D, "drafts", {"ja": 40, "en": 20}),
                              (T, "mails", {"ja": 120, "en": 60})):
        for lang, n in want.items():
            got = len(bylang(items, lang))
            if got != n:
                fail(f"{name} {lang}: {got} items, want {n}")

    # sentence labels
    rng = {"ja": (16, 26), "en": (8, 12)}
    for lang in ("ja", "en"):
        it = bylang(S, lang)
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"sentences {lang}: n={len(it)} clean={clean} ({clean/len(it):.0%}) " +
              " ".join(f"{r}={c[r]}" for r in SENT_RULES) +
              f" double={sum(len(x['labels']) == 2 for x in it)}")
        if not 0.35 <= clean / len(it) <= 0.45:
            fail(f"sentences {lang}: clean share {clean/len(it):.2f}")
        for r in SENT_RULES:
            lo, hi = rng[lang]
            if not lo <= c[r] <= hi:
                fail(f"sentences {lang}: {r}={c[r]} outside {lo}-{hi}")
        for x in it:
            if set(x["labels"]) - set(SENT_RULES) or len(x["labels"]) > 2 or len(set(x["labels"])) != len(x["labels"]):
                fail(f"{x['id']}: bad labels {x['labels']}")

    # draft labels
    for lang in ("ja", "en"):
        it = bylang(D, lang)
        c = Counter(l for x in it for l in x["labels"])
        clean = sum(not x["labels"] for x in it)
        print(f"drafts {lang}: n={len(it)} clean={clean} " + " ".join(f"{r}={c[r]}" for r in DRAFT_RULES if c[r]))
        if clean * 2 != len(it):
            fail(f"drafts {lang}: {clean} clean of {len(it)}, want half")
        for r in ("apology_incomplete", "placeholder_left", "purpose_not_upfront"):
            if c[r] < 2:
                fail(f"drafts {lang}: too few {r}")
        for x in it:
            if set(x["labels"]) - set(DRAFT_RULES):
                fail(f"{x['id']}: bad labels {x['labels']}")
            has_ph = bool(PLACEHOLDER.search(x["text"]))
            if has_ph != ("placeholder_left" in x["labels"]):
                fail(f"{x['id']}: placeholder pattern {has_ph} but labels {x['labels']}")

    # triage
    want_u = {"ja": {"high": 36, "normal": 60, "low": 24}, "en": {"high": 18, "normal": 30, "low": 12}}
    for lang in ("ja", "en"):
        it = bylang(T, lang)
        u = Counter(x["urgency"] for x in it)
        e = Counter(x["emotion"] for x in it)
        tr = sum(x["terse"] for x in it)
        print(f"mails {lang}: n={len(it)} urgency={dict(u)} emotion={dict(e)} terse={tr}")
        if dict(u) != want_u[lang]:
            fail(f"mails {lang}: urgency {dict(u)}")
        n = len(it)
        for emo, lo, hi in (("angry", .15, .25), ("anxious", .15, .25), ("positive", .05, .11)):
            if not lo <= e[emo] / n <= hi:
                fail(f"mails {lang}: {emo} share {e[emo]/n:.2f}")
        if not .08 <= tr / n <= .12:
            fail(f"mails {lang}: terse share {tr/n:.2f}")
        for x in it:
            if x["urgency"] not in ("high", "normal", "low") or x["emotion"] not in ("angry", "anxious", "neutral", "positive") \
                    or not isinstance(x["terse"], bool):
                fail(f"{x['id']}: bad triage labels")
            if x["urgency"] == "high":
                blob = (x["subject"] + "\n" + x["body"]).lower()
                for w in BANNED_HIGH:
                    if w in blob:
                        fail(f"{x['id']}: high mail uses banned word {w!r}")
            if x["terse"] and len(x["body"]) > 40:
                fail(f"{x['id']}: terse but body is {len(x['body'])} chars")

    # domains
    doms = defaultdict(set)
    for x in S + D + T:
        doms[x["domain"]].add(x["lang"])
    print("domains:", ", ".join(f"{d}={DOMAIN_MEANING.get(d, '?')}" for d in sorted(doms)))
    if len(doms) != 12:
        fail(f"{len(doms)} domains, want 12")
    for d, langs in doms.items():
        if langs != {"ja", "en"}:
            fail(f"domain {d} only in {langs}")
        if d not in DOMAIN_MEANING:
            fail(f"domain {d} has no meaning listed")
        if d.replace("_", "-") in USED_DOMAINS:
            fail(f"domain {d} is in the kit's used list")
    for items, name in ((S, "sentences"), (T, "mails")):
        for d in doms:
            for lang in ("ja", "en"):
                if not any(x["domain"] == d and x["lang"] == lang for x in items):
                    fail(f"{name}: domain {d} missing in {lang}")

    # near-copies of the kit examples
    kit = []
    for path in sorted(os.listdir(KIT)):
        if path.startswith("example_") and path.endswith(".jsonl"):
            for ex in load(os.path.join(KIT, path)):
                kit += [(ex.get("id"), grams(t)) for t in texts(ex)]
    worst = 0.0
    for x in S + D + T:
        for t in texts(x):
            g = grams(t)
            for kid, kg in kit:
                j = jacc(g, kg)
                worst = max(worst, j)
                if j >= 0.6:
                    fail(f"{x['id']} is a near-copy of kit example {kid} (J={j:.2f})")
    print(f"max 3-gram Jaccard against kit examples: {worst:.2f}")

    # near-duplicates inside the set (same file)
    for items, key in ((S, "text"), (D, "text"), (T, "body")):
        gs = [(x["id"], grams(x[key])) for x in items if len(x[key]) >= 15]
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                jj = jacc(gs[i][1], gs[j][1])
                if jj >= 0.6:
                    fail(f"near-duplicate inside the set: {gs[i][0]} / {gs[j][0]} (J={jj:.2f})")

    print("OK" if not fails else f"{len(fails)} problem(s)")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
