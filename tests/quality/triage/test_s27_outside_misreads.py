"""Session 27 (fresh-eval24 to fresh-eval26, read after their scoring): words that looked
like stakes and were not, and short Japanese mails that point at a thing of theirs without
naming it. Wordings here are new, not the labelled mails."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A habit, not a hazard.
        (
            "Sleep study",
            "Hello, I'd like to join the sleep study but I smoke after dinner most days. "
            "Would that be a problem? Thanks, Rui",
        ),
        # "membership" is not "members can't …": a member unhappy, not a business stopped.
        (
            "Classes moved again",
            "Hi, my pottery class was moved to another night again. I'm paying for a "
            "membership I barely get to use. Could you tell me the next fixed date? Mo",
        ),
        # A certificate for the alarm, not a fire.
        (
            "Fire alarm certificate",
            "Hello, our insurer asks for the fire alarm certificate from the last visit. "
            "Could you email a copy when you have a moment? Pat",
        ),
    ],
)
def test_a_word_of_danger_in_another_sense_is_not_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency != "high"


def test_smoke_still_reads_as_danger() -> None:
    result = triage(
        "There is smoke coming out of the dryer you installed this morning!", subject="Dryer"
    )
    assert result.urgency == "high"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("ケーキ", "あのケーキ、また頼めますか"),
        ("先日の", "この前送ってもらったやつ、どうやって使うんですか"),
        ("注文", "前にお電話で話した色、まだ残ってますか？"),
        ("予約", "予約の件です。日にち変えられますか？"),
        ("fixed?", "Is it fixed yet?"),
    ],
)
def test_a_thing_pointed_at_but_never_named_is_terse(subject: str, body: str) -> None:
    assert triage(body, subject=subject).terse


def test_a_named_case_with_its_detail_is_not_terse() -> None:
    body = "予約番号R-55021の件です。6月14日の18時から19時に変えられますか？"
    assert not triage(body, subject="予約変更").terse
