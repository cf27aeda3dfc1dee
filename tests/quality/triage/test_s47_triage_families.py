"""Session 47 (fresh-eval62, read after its scoring): goods spoiled before a dated step close
at hand that depends on them are urgent, and a wrong charge that leaves the writer with a
few pounds to live on is money lost. The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    "body",
    [
        "Your driver left the box of insulin pens at the front gate instead of handing it "
        "over, and it stood in the sun for three hours. We have a diabetes clinic at 2 p.m. "
        "today that depends on them. I need a replacement box before 1:30.",
        "The florist boxes were put in the van's back corner and not unloaded with the rest. "
        "The church service tomorrow relies on them. Can your driver bring them by 9?",
    ],
)
def test_spoiled_goods_a_near_event_depends_on_are_urgent(body: str) -> None:
    assert triage(body, subject="Today's order").urgency == "high"


def test_a_project_that_depends_on_stored_data_with_no_date_is_not_urgent_for_that() -> None:
    body = (
        "Could you confirm how long you keep archived survey files? Our research programme "
        "depends on them and I'd like to plan our own backups. Thanks, Priya"
    )
    assert triage(body, subject="Archive retention").urgency != "high"


def test_a_double_charge_that_leaves_the_writer_with_little_money_is_urgent() -> None:
    body = (
        "Your app took my weekly bus pass payment of $38.50 two times on Monday. That has "
        "left me $9 until payday on Friday. Please put the second one back."
    )
    assert triage(body, subject="Paid twice for my bus pass").urgency == "high"
