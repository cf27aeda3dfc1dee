#!/usr/bin/env python3
"""Score a madoguchi executable against the fresh-eval9 sets.

usage: python3 score.py /path/to/madoguchi

Runs `madoguchi lint --jsonl -` (sentences, then drafts) and `madoguchi triage --jsonl -`
once each (batch mode per CONTRACT.md) and prints metrics per language and overall.
"""
import json, os, subprocess, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SENT_RULES = ["condescending", "vague", "imperative", "request_without_reason",
              "unknown_without_followup", "dismissive"]
ALL_RULES = SENT_RULES + ["apology_incomplete", "purpose_not_upfront", "placeholder_left"]
EMOTIONS = ["angry", "anxious", "neutral", "positive"]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run_batch(exe, sub, rows):
    inp = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    p = subprocess.run([exe, sub, "--jsonl", "-"], input=inp.encode("utf-8"),
                       capture_output=True, timeout=600)
    out, errors = {}, []
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            errors.append("unparseable output line: " + line[:80])
            continue
        if "error" in o:
            errors.append(f"{o.get('id')}: {o['error']}")
        out[o.get("id")] = o
    missing = [r["id"] for r in rows if r["id"] not in out]
    info = f"{sub}: exit={p.returncode} outputs={len(out)}/{len(rows)}"
    if missing:
        info += f" missing={len(missing)}"
    if errors:
        info += f" errors={len(errors)} e.g. {errors[0]}"
    if p.stderr.strip():
        info += " stderr: " + p.stderr.decode("utf-8", "replace").strip().splitlines()[-1][:160]
    return out, info


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def pred_rules(o):
    return {f.get("rule") for f in (o or {}).get("findings", []) or [] if isinstance(f, dict)}


def rule_table(items, preds, rules):
    lines = [f"    {'rule':26s} {'gold':>4s} {'pred':>4s} {'tp':>4s}   P      R      F1"]
    micro = [0, 0, 0]
    for rule in rules:
        tp = fp = fn = 0
        for it in items:
            g = rule in it["labels"]; p = rule in preds[it["id"]]
            tp += g and p; fp += (p and not g); fn += (g and not p)
        gold = tp + fn
        if gold == 0 and tp + fp == 0:
            continue
        P, R, F = prf(tp, fp, fn)
        micro[0] += tp; micro[1] += fp; micro[2] += fn
        lines.append(f"    {rule:26s} {gold:4d} {tp+fp:4d} {tp:4d}  {P:.3f}  {R:.3f}  {F:.3f}")
    # predictions of rules not in this table
    P, R, F = prf(*micro)
    lines.append(f"    {'micro (rules above)':26s} {micro[0]+micro[2]:4d} {micro[0]+micro[1]:4d} {micro[0]:4d}  {P:.3f}  {R:.3f}  {F:.3f}")
    return lines


def sentences(exe, rows):
    out, info = run_batch(exe, "lint", [{"id": r["id"], "text": r["text"], "lang": r["lang"]} for r in rows])
    print("== lint sentences ==  (" + info + ")")
    preds = {r["id"]: pred_rules(out.get(r["id"])) for r in rows}
    for lang in ("ja", "en", "all"):
        items = [r for r in rows if lang == "all" or r["lang"] == lang]
        clean = [r for r in items if not r["labels"]]
        fa = sum(1 for r in clean if preds[r["id"]])
        flagged = [r for r in items if r["labels"]]
        det = sum(1 for r in flagged if preds[r["id"]])
        other = Counter(x for r in items for x in preds[r["id"]] if x not in SENT_RULES)
        print(f"  [{lang}] n={len(items)} clean={len(clean)} flagged={len(flagged)}")
        print("\n".join(rule_table(items, preds, SENT_RULES)))
        print(f"    clean sentences with any finding: {fa}/{len(clean)} = {fa/max(1,len(clean)):.3f}")
        print(f"    flagged sentences with any finding: {det}/{len(flagged)} = {det/max(1,len(flagged)):.3f}")
        if other:
            print(f"    (draft-level rules fired on sentences: {dict(other)})")
    return preds


def drafts(exe, rows):
    out, info = run_batch(exe, "lint", [{"id": r["id"], "text": r["text"], "subject": r["subject"],
                                          "lang": r["lang"]} for r in rows])
    print("== lint drafts ==  (" + info + ")")
    preds = {r["id"]: pred_rules(out.get(r["id"])) for r in rows}
    for lang in ("ja", "en", "all"):
        items = [r for r in rows if lang == "all" or r["lang"] == lang]
        clean = [r for r in items if not r["labels"]]
        prob = [r for r in items if r["labels"]]
        fa = [r for r in clean if preds[r["id"]]]
        det_any = sum(1 for r in prob if preds[r["id"]])
        det_right = sum(1 for r in prob if preds[r["id"]] & set(r["labels"]))
        print(f"  [{lang}] n={len(items)} clean={len(clean)} problem={len(prob)}")
        print("\n".join(rule_table(items, preds, ALL_RULES)))
        print(f"    clean-draft false-alarm rate: {len(fa)}/{len(clean)} = {len(fa)/max(1,len(clean)):.3f}")
        if fa:
            c = Counter(x for r in fa for x in preds[r["id"]])
            print(f"      rules firing on clean drafts: {dict(c)}")
        print(f"    problem-draft detection rate (any finding): {det_any}/{len(prob)} = {det_any/max(1,len(prob)):.3f}")
        print(f"    problem-draft detection rate (a correct rule): {det_right}/{len(prob)} = {det_right/max(1,len(prob)):.3f}")
    return preds


def triage(exe, rows):
    out, info = run_batch(exe, "triage", [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    print("== triage ==  (" + info + ")")
    for lang in ("ja", "en", "all"):
        items = [r for r in rows if lang == "all" or r["lang"] == lang]
        o = {r["id"]: out.get(r["id"], {}) for r in items}
        n = len(items)
        acc = sum(o[r["id"]].get("urgency") == r["urgency"] for r in items) / n
        conf = Counter((r["urgency"], o[r["id"]].get("urgency")) for r in items)
        hi = [r for r in items if r["urgency"] == "high"]
        hi_rec = sum(o[r["id"]].get("urgency") == "high" for r in hi) / max(1, len(hi))
        pred_hi = [r for r in items if o[r["id"]].get("urgency") == "high"]
        hi_prec = sum(r["urgency"] == "high" for r in pred_hi) / max(1, len(pred_hi))
        f1s = []
        emo_lines = []
        for e in EMOTIONS:
            tp = sum(r["emotion"] == e and o[r["id"]].get("emotion") == e for r in items)
            fp = sum(r["emotion"] != e and o[r["id"]].get("emotion") == e for r in items)
            fn = sum(r["emotion"] == e and o[r["id"]].get("emotion") != e for r in items)
            P, R, F = prf(tp, fp, fn); f1s.append(F)
            emo_lines.append(f"      {e:9s} gold={tp+fn:3d} pred={tp+fp:3d}  P={P:.3f} R={R:.3f} F1={F:.3f}")
        neg = [r for r in items if r["emotion"] in ("angry", "anxious")]
        neg_rec = sum(o[r["id"]].get("emotion") in ("angry", "anxious") for r in neg) / max(1, len(neg))
        tp = sum(r["terse"] and o[r["id"]].get("terse") is True for r in items)
        fp = sum((not r["terse"]) and o[r["id"]].get("terse") is True for r in items)
        fn = sum(r["terse"] and o[r["id"]].get("terse") is not True for r in items)
        tP, tR, tF = prf(tp, fp, fn)
        g = Counter(r["urgency"] for r in items)
        print(f"  [{lang}] n={n} gold urgency={dict(g)}")
        print(f"    urgency accuracy: {acc:.3f}")
        print(f"    high-urgency recall: {hi_rec:.3f} ({sum(o[r['id']].get('urgency')=='high' for r in hi)}/{len(hi)}), precision: {hi_prec:.3f} ({len(pred_hi)} predicted high)")
        print("    urgency confusion (gold->pred): " + ", ".join(f"{a}->{b}:{c}" for (a, b), c in sorted(conf.items(), key=str)))
        print(f"    emotion macro-F1: {sum(f1s)/len(f1s):.3f}")
        print("\n".join(emo_lines))
        print(f"    negative-emotion recall (angry|anxious -> angry|anxious): {neg_rec:.3f} (n={len(neg)})")
        print(f"    terse P/R/F1: {tP:.3f} / {tR:.3f} / {tF:.3f} (gold={tp+fn}, pred={tp+fp})")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: score.py /path/to/madoguchi")
    exe = sys.argv[1]
    sentences(exe, load("lint_sentences.jsonl"))
    print()
    drafts(exe, load("lint_drafts.jsonl"))
    print()
    triage(exe, load("triage_mails.jsonl"))


if __name__ == "__main__":
    main()
