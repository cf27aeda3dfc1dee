# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 45 (fresh-eval60, read after its scoring): danger told by what the body or the thing
did, with no hazard word — a reader who is dizzy and clammy, a shelf that tipped onto a child
and left bruises, a bottle that burst and left glass everywhere — is high urgency. Bruised fruit
is no injury. The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    "subject, body",
    [
        (
            "Strange readings tonight",
            "My father checked his blood pressure after dinner and it showed 82/50. He says he feels light-headed and dizzy and his hands are clammy. Could the cuff be wrong? Please tell us what to make of it.",
        ),
        (
            "Bookcase came down",
            "The tall bookcase we bought in May tipped over while my daughter reached for a book. She has bruising on her arm and it could easily have hit her head. We have a second one in the hall - is that one safe to keep?",
        ),
        (
            "Jar exploded",
            "One of the fermenting jars from your kit burst on the counter an hour ago and there is glass all over the kitchen floor. The other two lids look swollen. What should we do with them?",
        ),
        (
            "めまいがします",
            "昨日からそちらのサプリを飲み始めた母が、夕方からめまいがして冷や汗が出ると言っています。飲み合わせの問題があるのでしょうか。",
        ),
    ],
)
def test_danger_told_by_what_happened_is_high(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "high"


def test_bruised_fruit_is_no_injury() -> None:
    body = (
        "Whenever you have a moment: the last box had a few bruised apples at the bottom. "
        "Nothing serious, just letting you know for the packing team."
    )
    assert triage(body, subject="Apples in the last box").urgency != "high"
