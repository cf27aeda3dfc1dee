"""The hand-labelled set: big enough, both languages, and triage still meets the targets
on the dev part (the held-out part is only reported by scripts/triage_eval.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score, recall_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

from labelled import load_labelled  # noqa: E402

from madoguchi.quality.triage import triage  # noqa: E402


def test_it_has_at_least_200_mails_in_both_languages_with_a_held_out_part() -> None:
    mails = load_labelled()
    assert len(mails) >= 200
    assert len({mail.key for mail in mails}) == len(mails)
    assert any("ja-" in mail.key for mail in mails) and any("en-" in mail.key for mail in mails)
    held_out = sum(1 for mail in mails if mail.split == "held-out")
    assert 0.2 * len(mails) <= held_out <= 0.4 * len(mails)


def test_it_meets_the_targets_on_the_dev_part() -> None:
    mails = [mail for mail in load_labelled() if mail.split == "dev"]
    results = [triage(mail.body, subject=mail.subject) for mail in mails]
    gold_urgency = [mail.urgency for mail in mails]
    urgency = [result.urgency for result in results]
    assert accuracy_score(gold_urgency, urgency) >= 0.8
    assert recall_score(gold_urgency, urgency, labels=["high"], average=None)[0] >= 0.9
    emotion_f1 = f1_score(
        [mail.emotion for mail in mails], [result.emotion for result in results], average="macro"
    )
    assert emotion_f1 >= 0.7
    assert f1_score([mail.terse for mail in mails], [result.terse for result in results]) >= 0.8
