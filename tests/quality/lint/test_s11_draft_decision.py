# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 11: the draft-level decision. In a mail of several sentences a finding is a warning
(what the checker asserts reads badly: CONTRACT.md's `findings`, exit 1, the team's policy)
only when its evidence reaches its rule's learned threshold; a weaker one is a hint, kept and
shown quietly, blocking nothing. A single sentence keeps every finding a warning.

The drafts here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from madoguchi.quality.lint import Finding, hints_of, lint, warnings_of
from madoguchi.quality.lint.learned import grade, model

MADOGUCHI = Path(sys.executable).with_name("madoguchi")

# "Just reply …" opens like a bare command, but it offers the customer a way to reach us.
RISKY_BUT_CLEAN = (
    "Re: Refund",
    "Hello Ms Lee,\n\nI have refunded the 24.00 EUR for the broken mug today; it will show on your card within 5 business days.\n\nJust reply to this mail if it has not arrived by 20 June.\n\nKind regards,\nTom",
)
CLEARLY_BAD = (
    "Re: 返金について",
    "田中 様\n\nお問い合わせの件、前回のメールで既にご説明したとおりです。\n\nよく読んでいただければ分かるはずですが、返金はできません。\n\n以上です。",
)


def _finding(rule: str, evidence: float, added: bool = False) -> Finding:
    return Finding(rule, 0, 4, "text", "message", None, evidence=evidence, added=added)


def test_below_its_threshold_a_finding_in_a_mail_is_a_hint_and_at_it_a_warning() -> None:
    thresholds = {"imperative": 0.9, "imperative:added": 0.95}
    graded = grade(
        [
            _finding("imperative", 0.5),
            _finding("imperative", 0.9),
            _finding("imperative", 0.93, added=True),
        ],
        thresholds,
        body=3,
    )
    assert [f.severity for f in graded] == ["hint", "warning", "hint"]
    assert [f.rule for f in warnings_of(graded)] == ["imperative"]
    assert len(hints_of(graded)) == 2


def test_a_single_sentence_and_a_rule_without_a_threshold_keep_their_warnings() -> None:
    weak = _finding("imperative", 0.1)
    assert grade([weak], {"imperative": 0.9}, body=1)[0].severity == "warning"
    placeholder = _finding("placeholder_left", 1.0)
    assert grade([placeholder], {"imperative": 0.9}, body=4)[0].severity == "warning"


def test_the_shipped_model_carries_the_two_thresholds_of_every_sentence_rule() -> None:
    trained = model()
    assert trained is not None
    expected = {key for rule in trained.rules for key in (rule, f"{rule}:added")}
    assert set(trained.draft_thresholds) == expected
    assert all(0.0 <= value <= 1.01 for value in trained.draft_thresholds.values())


def test_a_clean_draft_that_looks_risky_gets_a_hint_and_no_warning() -> None:
    subject, text = RISKY_BUT_CLEAN
    found = lint(text, subject=subject)
    assert warnings_of(found) == []
    (hint,) = hints_of(found)
    assert hint.rule == "imperative" and hint.excerpt.startswith("Just reply")


def test_a_clearly_bad_draft_still_gets_warnings() -> None:
    subject, text = CLEARLY_BAD
    assert "condescending" in {f.rule for f in warnings_of(lint(text, subject=subject))}


def test_the_same_sentence_alone_is_still_a_warning() -> None:
    # Sentence-level checks (a sentence typed alone) keep every finding.
    found = lint("Just reply to this mail if it has not arrived by 20 June.")
    assert [f.rule for f in warnings_of(found)] == ["imperative"]


def _cli(*args: str, data: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(MADOGUCHI), "lint", *args],
        input=data.encode(),
        capture_output=True,
        check=False,
        timeout=60,
    )


def test_the_cli_puts_hints_beside_the_findings_and_exits_0_on_hints_only() -> None:
    subject, text = RISKY_BUT_CLEAN
    result = _cli("--format", "json", "--subject", subject, "-", data=text)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["findings"] == []
    (hint,) = output["hints"]
    assert set(hint) == {"rule", "start", "end", "excerpt", "message", "suggestion"}
    assert text[hint["start"] : hint["end"]] == hint["excerpt"]

    subject, text = CLEARLY_BAD
    result = _cli("--format", "json", "--subject", subject, "-", data=text)
    assert result.returncode == 1
    assert "condescending" in {f["rule"] for f in json.loads(result.stdout)["findings"]}


def test_batch_mode_carries_hints_too() -> None:
    subject, text = RISKY_BUT_CLEAN
    line = json.dumps({"id": "a", "text": text, "subject": subject})
    result = _cli("--jsonl", "-", data=line + "\n")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["id"] == "a" and output["findings"] == [] and len(output["hints"]) == 1


def test_floor_on_the_hand_written_drafts_of_the_training_split() -> None:
    """The shipped model was trained on these drafts (the training split): a regression floor
    only. Held-out figures are scripts/lint_eval.py --hand's to report, never gated here.
    At the time of writing: clean drafts with a warning 6/432, labels warned 401/541."""
    hand = Path(__file__).parent / "data" / "hand"
    clean = clean_warned = labels = labels_warned = 0
    for path in sorted(hand.glob("*drafts*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            warned = {f.rule for f in warnings_of(lint(item["text"], subject=item.get("subject")))}
            if not item["labels"]:
                clean += 1
                clean_warned += bool(warned)
            for rule in item["labels"]:
                labels += 1
                labels_warned += rule in warned
    assert clean >= 400 and labels >= 500
    assert clean_warned / clean <= 0.03
    assert labels_warned / labels >= 0.70
