# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 40 (fresh-eval51, read after its scoring): "arrived this morning" is when a past
arrival happened, not how little time is left; "by this afternoon" still is. The mails are new,
written for these tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_a_wrong_sample_that_arrived_this_morning_is_not_a_deadline() -> None:
    body = (
        "Hi Priya,\n\n"
        "The second batch of labels arrived this morning and the logo is printed in grey, not green, again.\n"
        "Could you explain how this keeps happening before we approve a third proof?\n\nMark"
    )
    assert triage(body, subject="Labels wrong again").urgency != "high"


def test_a_part_needed_by_this_afternoon_is_still_urgent() -> None:
    body = (
        "Our only walk-in freezer stopped cooling overnight and the engineer says he needs the "
        "replacement fan by this afternoon or we lose £3,000 of stock."
    )
    assert triage(body, subject="Freezer fan").urgency == "high"
