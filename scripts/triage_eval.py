"""Accuracy and per-class F1 of `madoguchi.quality.triage` on the hand-labelled mails.

    .venv/bin/python scripts/triage_eval.py              # all, dev and held-out
    .venv/bin/python scripts/triage_eval.py --split dev --errors   # while tuning

Targets (issue): urgency accuracy >= 0.8, recall of high >= 0.9, emotion macro-F1 >= 0.7,
terse F1 >= 0.8.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, recall_score

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "quality" / "triage"))

from labelled import LabelledMail, load_labelled  # noqa: E402

from madoguchi.quality.triage import TriageResult, triage  # noqa: E402

URGENCY = ["high", "normal", "low"]
EMOTION = ["angry", "anxious", "neutral", "positive"]


def report(name: str, mails: Sequence[LabelledMail], results: Sequence[TriageResult]) -> None:
    gold_u = [mail.urgency for mail in mails]
    pred_u = [result.urgency for result in results]
    gold_e = [mail.emotion for mail in mails]
    pred_e = [result.emotion for result in results]
    gold_t = [mail.terse for mail in mails]
    pred_t = [result.terse for result in results]
    f1_u = f1_score(gold_u, pred_u, labels=URGENCY, average=None, zero_division=0)
    f1_e = f1_score(gold_e, pred_e, labels=EMOTION, average=None, zero_division=0)
    print(f"\n## {name} ({len(mails)} mails)")
    print("| signal | accuracy | per-class F1 | headline |")
    print("|---|---|---|---|")
    high_recall = recall_score(gold_u, pred_u, labels=["high"], average=None, zero_division=0)[0]
    per_u = ", ".join(f"{label} {value:.2f}" for label, value in zip(URGENCY, f1_u, strict=True))
    print(
        f"| urgency | {accuracy_score(gold_u, pred_u):.3f} | {per_u} "
        f"| recall(high) {high_recall:.3f} |"
    )
    per_e = ", ".join(f"{label} {value:.2f}" for label, value in zip(EMOTION, f1_e, strict=True))
    macro = f1_score(gold_e, pred_e, labels=EMOTION, average="macro", zero_division=0)
    print(f"| emotion | {accuracy_score(gold_e, pred_e):.3f} | {per_e} | macro-F1 {macro:.3f} |")
    terse_f1 = f1_score(gold_t, pred_t, pos_label=True, zero_division=0)
    print(
        f"| terse | {accuracy_score(gold_t, pred_t):.3f} | terse {terse_f1:.2f} "
        f"| F1(terse) {terse_f1:.3f} |"
    )


def show_errors(mails: Sequence[LabelledMail], results: Sequence[TriageResult]) -> None:
    for mail, result in zip(mails, results, strict=True):
        wrong = []
        if mail.urgency != result.urgency:
            wrong.append(f"urgency {mail.urgency}->{result.urgency}")
        if mail.emotion != result.emotion:
            wrong.append(f"emotion {mail.emotion}->{result.emotion}")
        if mail.terse != result.terse:
            wrong.append(f"terse {mail.terse}->{result.terse}")
        if wrong:
            first_line = (mail.subject or "") + " / " + mail.body.replace("\n", " ")[:70]
            print(f"{mail.key}: {'; '.join(wrong)} :: {first_line}")
            print(f"    reasons: {list(result.reasons)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["all", "dev", "held-out"], default=None)
    parser.add_argument("--errors", action="store_true", help="list misjudged mails")
    args = parser.parse_args()
    mails = load_labelled()
    results = [triage(mail.body, subject=mail.subject) for mail in mails]
    pairs = list(zip(mails, results, strict=True))
    splits = [args.split] if args.split else ["all", "dev", "held-out"]
    for split in splits:
        chosen = [(m, r) for m, r in pairs if split == "all" or m.split == split]
        report(split, [m for m, _ in chosen], [r for _, r in chosen])
        if args.errors:
            show_errors([m for m, _ in chosen], [r for _, r in chosen])
    return 0


if __name__ == "__main__":
    sys.exit(main())
