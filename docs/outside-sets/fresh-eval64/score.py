#!/usr/bin/env python3
"""Score a madoguchi build against the fresh-eval64 sets.

usage: python3 score.py /path/to/madoguchi

Runs `madoguchi lint --jsonl -` on lint_sentences.jsonl and lint_drafts.jsonl and
`madoguchi triage --jsonl -` on triage_mails.jsonl (batch mode, CONTRACT.md), once per
file, and prints per-language figures. A rule counts as predicted for an item when the
item's output carries at least one finding with that rule id (offsets are not scored).
The language of each item is passed as "lang" to lint (the compose box knows it).
"""
import json, os, subprocess, sys, time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
ALL_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
EMOTIONS = ["angry", "anxious", "neutral", "positive"]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run(exe, sub, inputs):
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in inputs)
    t0 = time.time()
    p = subprocess.run([exe, sub, "--jsonl", "-"], input=data.encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    dt = time.time() - t0
    out = {}
    bad = 0
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(o, dict) and "id" in o:
            out[o["id"]] = o
        else:
            bad += 1
    missing = [x["id"] for x in inputs if x["id"] not in out]
    errors = [i for i, o in out.items() if "error" in o]
    err = p.stderr.decode("utf-8", "replace").strip()
    print(f"[{sub}] {len(inputs)} inputs, exit {p.returncode}, {dt:.2f}s, "
          f"{len(out)} outputs, {len(missing)} missing, {len(errors)} error lines, {bad} unparsable lines")
    if "Traceback" in err:
        print(f"[{sub}] WARNING: traceback on stderr")
    if err:
        print(f"[{sub}] stderr (first 300 chars): {err[:300]!r}")
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predicted_rules(o):
    if not o or "error" in o:
        return set()
    return {f.get("rule") for f in o.get("findings", []) if isinstance(f, dict)}


def rule_table(items, out, rules):
    print(f"    {'rule':26s} {'gold':>4s} {'pred':>4s} {'tp':>4s} {'fp':>4s} {'fn':>4s}   {'P':>5s} {'R':>5s} {'F1':>5s}")
    tot = Counter()
    f1s = []
    for rule in rules:
        tp = fp = fn = 0
        for x in items:
            g = rule in x["labels"]
            pr = rule in predicted_rules(out.get(x["id"]))
            tp += g and pr
            fp += (not g) and pr
            fn += g and not pr
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        f1s.append(f)
        tot.update(tp=tp, fp=fp, fn=fn)
        print(f"    {rule:26s} {tp+fn:4d} {tp+fp:4d} {tp:4d} {fp:4d} {fn:4d}   {p:5.2f} {r:5.2f} {f:5.2f}")
    p, r, f = prf(tot["tp"], tot["fp"], tot["fn"])
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"    {'micro (all rules)':26s} {tot['tp']+tot['fn']:4d} {tot['tp']+tot['fp']:4d} {tot['tp']:4d} {tot['fp']:4d} {tot['fn']:4d}   {p:5.2f} {r:5.2f} {f:5.2f}")
    print(f"    macro-F1 over rules with gold or predictions: {macro:.2f}")


def clean_vs_problem(items, out, what):
    clean = [x for x in items if not x["labels"]]
    prob = [x for x in items if x["labels"]]
    fa = sum(1 for x in clean if predicted_rules(out.get(x["id"])))
    det = sum(1 for x in prob if predicted_rules(out.get(x["id"])))
    hit = sum(1 for x in prob if predicted_rules(out.get(x["id"])) & set(x["labels"]))
    full = sum(1 for x in prob if set(x["labels"]) <= predicted_rules(out.get(x["id"])))
    print(f"    clean-{what} false-alarm rate: {fa}/{len(clean)} = {fa/max(1,len(clean)):.2f}")
    print(f"    problem-{what} detection rate (any finding): {det}/{len(prob)} = {det/max(1,len(prob)):.2f}")
    print(f"    problem-{what} with a correct rule: {hit}/{len(prob)} = {hit/max(1,len(prob)):.2f};"
          f" with all gold rules: {full}/{len(prob)} = {full/max(1,len(prob)):.2f}")


SUMMARY = []


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: score.py /path/to/madoguchi")
    exe = sys.argv[1]
    sents = load("lint_sentences.jsonl")
    drafts = load("lint_drafts.jsonl")
    mails = load("triage_mails.jsonl")

    print("== fresh-eval64 ==")
    s_out = run(exe, "lint", [{"id": x["id"], "text": x["text"], "lang": x["lang"]} for x in sents])
    d_out = run(exe, "lint", [{"id": x["id"], "text": x["text"], "subject": x["subject"], "lang": x["lang"]} for x in drafts])
    t_out = run(exe, "triage", [{"id": x["id"], "subject": x["subject"], "body": x["body"]} for x in mails])

    for lang in ("ja", "en"):
        print(f"\n######## lang = {lang} ########")
        it = [x for x in sents if x["lang"] == lang]
        print(f"\n  -- lint_sentences ({len(it)} sentences, {sum(not x['labels'] for x in it)} clean) --")
        rule_table(it, s_out, SENT_RULES)
        clean_vs_problem(it, s_out, "sentence")

        it = [x for x in drafts if x["lang"] == lang]
        print(f"\n  -- lint_drafts ({len(it)} drafts, {sum(not x['labels'] for x in it)} clean) --")
        rule_table(it, d_out, ALL_RULES)
        clean_vs_problem(it, d_out, "draft")

        it = [x for x in mails if x["lang"] == lang]
        print(f"\n  -- triage ({len(it)} mails) --")
        ok = [x for x in it if x["id"] in t_out and "error" not in t_out[x["id"]]]
        if len(ok) != len(it):
            print(f"    {len(it)-len(ok)} mails without a usable answer (counted as wrong)")
        g = lambda x, k: t_out.get(x["id"], {}).get(k)
        acc = sum(g(x, "urgency") == x["urgency"] for x in it) / len(it)
        print(f"    urgency accuracy: {acc:.2f}")
        conf = Counter((x["urgency"], g(x, "urgency")) for x in it)
        labs = ["high", "normal", "low"]
        print("    urgency confusion (rows gold, cols predicted):  " + " ".join(f"{l:>6s}" for l in labs))
        for a in labs:
            print(f"      {a:>6s} (n={sum(1 for x in it if x['urgency']==a):3d})" + " " * 33 + " ".join(f"{conf[(a,b)]:6d}" for b in labs))
        for u in labs:
            tp = sum(1 for x in it if x["urgency"] == u and g(x, "urgency") == u)
            fp = sum(1 for x in it if x["urgency"] != u and g(x, "urgency") == u)
            fn = sum(1 for x in it if x["urgency"] == u and g(x, "urgency") != u)
            p, r, f = prf(tp, fp, fn)
            print(f"    urgency={u:6s} P {p:.2f}  R {r:.2f}  F1 {f:.2f}  ({tp}/{tp+fn} recalled, {fp} false)")
        hi = [x for x in it if x["urgency"] == "high"]
        print(f"    RECALL of high urgency: {sum(g(x,'urgency')=='high' for x in hi)}/{len(hi)} = {sum(g(x,'urgency')=='high' for x in hi)/max(1,len(hi)):.2f}")
        f1s = []
        for e in EMOTIONS:
            tp = sum(1 for x in it if x["emotion"] == e and g(x, "emotion") == e)
            fp = sum(1 for x in it if x["emotion"] != e and g(x, "emotion") == e)
            fn = sum(1 for x in it if x["emotion"] == e and g(x, "emotion") != e)
            p, r, f = prf(tp, fp, fn)
            f1s.append(f)
            print(f"    emotion={e:8s} n={tp+fn:3d}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}")
        print(f"    EMOTION macro-F1: {sum(f1s)/len(f1s):.2f}")
        neg = [x for x in it if x["emotion"] in ("angry", "anxious")]
        nr = sum(g(x, "emotion") in ("angry", "anxious") for x in neg)
        print(f"    RECALL of negative emotion (angry|anxious -> angry|anxious): {nr}/{len(neg)} = {nr/max(1,len(neg)):.2f}")
        tp = sum(1 for x in it if x["terse"] and g(x, "terse") is True)
        fp = sum(1 for x in it if not x["terse"] and g(x, "terse") is True)
        fn = sum(1 for x in it if x["terse"] and g(x, "terse") is not True)
        p, r, f = prf(tp, fp, fn)
        print(f"    TERSE  P {p:.2f}  R {r:.2f}  F1 {f:.2f}  (gold {tp+fn}, predicted {tp+fp}, tp {tp})")
        hr = sum(g(x,'urgency')=='high' for x in hi)/max(1,len(hi))
        SUMMARY.append(f"  {lang}: urgency acc {acc:.2f} | high recall {hr:.2f} | emotion macro-F1 {sum(f1s)/len(f1s):.2f}"
                       f" | neg-emotion recall {nr/max(1,len(neg)):.2f} | terse F1 {f:.2f}")

    print("\n######## summary (triage) ########")
    for line in SUMMARY:
        print(line)


if __name__ == "__main__":
    main()
