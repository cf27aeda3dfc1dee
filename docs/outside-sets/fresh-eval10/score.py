#!/usr/bin/env python3
"""Score a madoguchi build against the fresh-eval10 sets.

usage: python3 score.py /path/to/madoguchi [--details FILE]

Runs `<madoguchi> lint --jsonl -` on lint_sentences.jsonl and lint_drafts.jsonl and
`<madoguchi> triage --jsonl -` on triage_mails.jsonl (batch mode per CONTRACT.md),
then prints per-language figures.  Gold labels never reach the tool: only id, text,
subject and lang (lint) / id, subject, body (triage) are sent.
"""
import json, os, subprocess, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LINT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive", "apology_incomplete",
              "purpose_not_upfront", "placeholder_left"]
EMOTIONS = ["angry", "anxious", "neutral", "positive"]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run_batch(tool, sub, items, timeout=600):
    inp = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)
    p = subprocess.run([tool, sub, "--jsonl", "-"], input=inp.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    out, errors = {}, []
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            errors.append("unparseable output line: " + line[:80])
            continue
        if not isinstance(o, dict) or "id" not in o:
            errors.append("output line without id: " + line[:80])
            continue
        if "error" in o:
            errors.append("%s: %s" % (o.get("id"), o["error"]))
            continue
        out[o["id"]] = o
    missing = [x["id"] for x in items if x["id"] not in out]
    return out, p.returncode, errors, missing, p.stderr.decode("utf-8", "replace")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def fmt(x):
    return "%.3f" % x


def report_run(name, rc, errors, missing, stderr):
    print("  [%s] exit code %s, %d error lines, %d items without output" % (name, rc, len(errors), len(missing)))
    for e in errors[:5]:
        print("    error:", e)
    if missing[:5]:
        print("    missing:", ", ".join(missing[:5]))
    if "Traceback" in stderr:
        print("    stderr contains a traceback!")


def rule_table(gold_items, preds):
    """gold_items: list of dicts with id, labels. preds: id -> set(rules)."""
    stats = {r: [0, 0, 0] for r in LINT_RULES}
    for it in gold_items:
        g = set(it["labels"])
        p = preds.get(it["id"], set())
        for r in LINT_RULES:
            if r in g and r in p:
                stats[r][0] += 1
            elif r in p:
                stats[r][1] += 1
            elif r in g:
                stats[r][2] += 1
    print("    %-26s %5s %5s %5s %5s  %6s %6s %6s" % ("rule", "gold", "TP", "FP", "FN", "P", "R", "F1"))
    tot = [0, 0, 0]
    f1s = []
    for r in LINT_RULES:
        tp, fp, fn = stats[r]
        gold = tp + fn
        if gold == 0 and fp == 0:
            continue
        p, rr, f = prf(tp, fp, fn)
        print("    %-26s %5d %5d %5d %5d  %6s %6s %6s" % (r, gold, tp, fp, fn, fmt(p), fmt(rr), fmt(f)))
        for i in range(3):
            tot[i] += stats[r][i]
        if gold:
            f1s.append(f)
    p, rr, f = prf(*tot)
    print("    %-26s %5d %5d %5d %5d  %6s %6s %6s" % ("micro", tot[0] + tot[2], tot[0], tot[1], tot[2], fmt(p), fmt(rr), fmt(f)))
    if f1s:
        print("    macro-F1 over rules with gold items: %s" % fmt(sum(f1s) / len(f1s)))


def lint_preds(out):
    return {i: {f.get("rule") for f in o.get("findings", []) if isinstance(f, dict)} for i, o in out.items()}


def score_sentences(tool, details):
    data = load("lint_sentences.jsonl")
    items = [{"id": x["id"], "text": x["text"], "lang": x["lang"]} for x in data]
    out, rc, errors, missing, stderr = run_batch(tool, "lint", items)
    print("== lint: single sentences (lint_sentences.jsonl)")
    report_run("lint", rc, errors, missing, stderr)
    preds = lint_preds(out)
    for lang in ("ja", "en"):
        g = [x for x in data if x["lang"] == lang]
        clean = [x for x in g if not x["labels"]]
        fa = sum(1 for x in clean if preds.get(x["id"]))
        print("  -- %s: %d sentences (%d clean, %d with problems)" % (lang, len(g), len(clean), len(g) - len(clean)))
        rule_table(g, preds)
        print("    clean sentences with any finding: %d/%d = %s" % (fa, len(clean), fmt(fa / len(clean) if clean else 0)))
        prob = [x for x in g if x["labels"]]
        hit = sum(1 for x in prob if preds.get(x["id"]))
        print("    problem sentences with any finding: %d/%d = %s" % (hit, len(prob), fmt(hit / len(prob) if prob else 0)))
    for x in data:
        details.append({"set": "sentences", "id": x["id"], "gold": sorted(x["labels"]), "pred": sorted(preds.get(x["id"], set()))})


def score_drafts(tool, details):
    data = load("lint_drafts.jsonl")
    items = [{"id": x["id"], "text": x["text"], "subject": x["subject"], "lang": x["lang"]} for x in data]
    out, rc, errors, missing, stderr = run_batch(tool, "lint", items)
    print("== lint: whole drafts (lint_drafts.jsonl)")
    report_run("lint", rc, errors, missing, stderr)
    preds = lint_preds(out)
    for lang in ("ja", "en"):
        g = [x for x in data if x["lang"] == lang]
        clean = [x for x in g if not x["labels"]]
        prob = [x for x in g if x["labels"]]
        fa = sum(1 for x in clean if preds.get(x["id"]))
        det = sum(1 for x in prob if preds.get(x["id"]))
        det_right = sum(1 for x in prob if preds.get(x["id"], set()) & set(x["labels"]))
        print("  -- %s: %d drafts (%d clean, %d with problems)" % (lang, len(g), len(clean), len(prob)))
        rule_table(g, preds)
        print("    clean-draft false-alarm rate (any finding): %d/%d = %s" % (fa, len(clean), fmt(fa / len(clean) if clean else 0)))
        print("    problem-draft detection rate (any finding): %d/%d = %s" % (det, len(prob), fmt(det / len(prob) if prob else 0)))
        print("    problem drafts with at least one correct rule: %d/%d = %s" % (det_right, len(prob), fmt(det_right / len(prob) if prob else 0)))
        fr = Counter(r for x in clean for r in preds.get(x["id"], set()))
        if fr:
            print("    rules firing on clean drafts: " + ", ".join("%s=%d" % kv for kv in fr.most_common()))
    for x in data:
        details.append({"set": "drafts", "id": x["id"], "gold": sorted(x["labels"]), "pred": sorted(preds.get(x["id"], set()))})


def score_triage(tool, details):
    data = load("triage_mails.jsonl")
    items = [{"id": x["id"], "subject": x["subject"], "body": x["body"]} for x in data]
    out, rc, errors, missing, stderr = run_batch(tool, "triage", items)
    print("== triage (triage_mails.jsonl)")
    report_run("triage", rc, errors, missing, stderr)
    for lang in ("ja", "en"):
        g = [x for x in data if x["lang"] == lang]
        n = len(g)
        print("  -- %s: %d mails (urgency %s; emotion %s; terse %d)" % (
            lang, n, dict(Counter(x["urgency"] for x in g)), dict(Counter(x["emotion"] for x in g)),
            sum(x["terse"] for x in g)))
        pu = {x["id"]: out.get(x["id"], {}).get("urgency") for x in g}
        pe = {x["id"]: out.get(x["id"], {}).get("emotion") for x in g}
        pt = {x["id"]: bool(out.get(x["id"], {}).get("terse")) for x in g}
        acc = sum(pu[x["id"]] == x["urgency"] for x in g) / n
        print("    urgency accuracy: %s" % fmt(acc))
        # confusion
        conf = defaultdict(Counter)
        for x in g:
            conf[x["urgency"]][pu[x["id"]]] += 1
        print("    urgency confusion (gold -> predicted): " + "; ".join(
            "%s: %s" % (k, dict(conf[k])) for k in ("high", "normal", "low")))
        tp = sum(1 for x in g if x["urgency"] == "high" and pu[x["id"]] == "high")
        fp = sum(1 for x in g if x["urgency"] != "high" and pu[x["id"]] == "high")
        fn = sum(1 for x in g if x["urgency"] == "high" and pu[x["id"]] != "high")
        p, r, f = prf(tp, fp, fn)
        print("    high urgency: recall %s (%d/%d), precision %s, F1 %s" % (fmt(r), tp, tp + fn, fmt(p), fmt(f)))
        f1s = []
        parts = []
        for e in EMOTIONS:
            tp = sum(1 for x in g if x["emotion"] == e and pe[x["id"]] == e)
            fp = sum(1 for x in g if x["emotion"] != e and pe[x["id"]] == e)
            fn = sum(1 for x in g if x["emotion"] == e and pe[x["id"]] != e)
            p, r, f = prf(tp, fp, fn)
            f1s.append(f)
            parts.append("%s P%s R%s F1 %s (n=%d)" % (e, fmt(p), fmt(r), fmt(f), tp + fn))
        print("    emotion macro-F1: %s" % fmt(sum(f1s) / len(f1s)))
        print("      " + "; ".join(parts))
        eacc = sum(pe[x["id"]] == x["emotion"] for x in g) / n
        print("    emotion accuracy: %s" % fmt(eacc))
        neg = [x for x in g if x["emotion"] in ("angry", "anxious")]
        negr = sum(1 for x in neg if pe[x["id"]] in ("angry", "anxious"))
        print("    negative-emotion recall (gold angry/anxious predicted angry or anxious): %d/%d = %s" % (
            negr, len(neg), fmt(negr / len(neg) if neg else 0)))
        tp = sum(1 for x in g if x["terse"] and pt[x["id"]])
        fp = sum(1 for x in g if not x["terse"] and pt[x["id"]])
        fn = sum(1 for x in g if x["terse"] and not pt[x["id"]])
        p, r, f = prf(tp, fp, fn)
        print("    terse: P %s R %s F1 %s (TP %d FP %d FN %d)" % (fmt(p), fmt(r), fmt(f), tp, fp, fn))
    for x in data:
        o = out.get(x["id"], {})
        details.append({"set": "triage", "id": x["id"], "gold": [x["urgency"], x["emotion"], x["terse"]],
                        "pred": [o.get("urgency"), o.get("emotion"), o.get("terse")]})


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    tool = argv[1]
    details_path = None
    if "--details" in argv:
        details_path = argv[argv.index("--details") + 1]
    details = []
    print("fresh-eval10 scores for %s" % tool)
    score_sentences(tool, details)
    score_drafts(tool, details)
    score_triage(tool, details)
    if details_path:
        with open(details_path, "w", encoding="utf-8") as f:
            for d in details:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
