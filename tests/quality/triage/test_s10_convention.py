"""Session 10: the urgency label convention (tests/quality/triage/data/README.md) as a lead
ordering the queue would notice it, and the families fixed from session 9's leftovers.

Each mail is new wording, written for these tests, not copied from the labelled data.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "見積もりのお願い",
            "2tトラック1台分の引越しの見積もりをお願いします。候補日は5月10日か11日です。",
        ),
        ("体験レッスン", "ヨガの体験レッスンを受けたいのですが、平日の夜のクラスはありますか。"),
        ("Quote for a sofa clean", "Hi, could you quote for cleaning a three-seat fabric sofa?"),
        ("Feature question", "Does the Team plan let us export tickets as CSV?"),
    ],
)
def test_it_keeps_a_routine_request_normal(subject: str, body: str) -> None:
    # Outside writers file these normal (train8 ~48 of 51, train10 ~48 of 49).
    assert triage(body, subject=subject).urgency == "normal"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "パンフレットの送付",
            "来年の入会を考えています。パンフレットがあれば郵送していただけますか。急ぎません。",
        ),
        (
            "Membership question",
            "Is there a family rate for the climbing wall? Just planning ahead, so no rush.",
        ),
        (
            # The learned layer used to overrule the rules' low to normal here (a known miss
            # until session 19: the model no longer raises a mail that says it can wait).
            "Brochure",
            "Could you post me your spring course list when you get a chance? Not in a hurry.",
        ),
    ],
)
def test_it_files_a_request_that_can_wait_low(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "low"


def test_it_keeps_something_broken_normal_even_when_it_can_wait() -> None:
    result = triage(
        "The booking page shows an error when I pick a date. No rush, I can phone instead.",
        subject="Booking page",
    )
    assert result.urgency == "normal"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "送付先変更のお願い",
            "来月分から、請求書の送付先を経理部 keiri@hoshino.example.jp に変更してください。",
        ),
        (
            "New address",
            "We've moved. Please use our new address from the next delivery: 4 Elm Road, Leeds.",
        ),
    ],
)
def test_it_files_new_details_for_later_low(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "low"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("住所変更", "転居したので登録住所を変えたいのですが、手続きはどうすればよいですか。"),
        ("Change of address", "I've moved house. How do I change my address on the account?"),
    ],
)
def test_it_keeps_a_question_of_how_to_change_details_normal(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "normal"


@pytest.mark.parametrize(
    "body",
    ["これで4回目の連絡です。いい加減にしてください。", "Fourth time asking. Unbelievable."],
)
def test_it_reads_a_bare_third_contact_in_anger_as_high_angry_and_terse(body: str) -> None:
    result = triage(body)
    assert (result.urgency, result.emotion, result.terse) == ("high", "angry", True)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "お礼",
            "先日は抜歯をありがとうございました。前の晩はとても不安でしたが、"
            "先生のおかげで痛みもなく終わりました。",
        ),
        (
            "Thanks!",
            "Thank you all. We were so nervous about the move, but your crew made it easy.",
        ),
    ],
)
def test_it_reads_a_past_worry_in_a_thank_you_as_positive(subject: str, body: str) -> None:
    result = triage(body, subject=subject)
    assert (result.urgency, result.emotion) == ("low", "positive")


def test_it_does_not_read_a_happy_report_of_today_as_urgent() -> None:
    result = triage(
        "Passed my swimming badge today! Last spring I was terrified of the deep end. "
        "Please say thanks to Coach Amy.",
        subject="I did it!!",
    )
    assert result.urgency != "high"
    assert result.emotion not in ("angry", "anxious")
