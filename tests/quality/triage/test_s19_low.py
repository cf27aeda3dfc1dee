"""Low urgency said with no time at all — "at some point", "when I'm next in town",
「そのうち」「近くに寄ったついでに」 — and a thank-you that mentions a hazard that did not
happen (session 19: fresh-eval16 read such mails as normal, one thank-you as high)."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Pottery", "Will you be running the raku workshop again at some point this year?"),
        ("Strings", "Do you stock Elixir strings? I'll drop in when I'm next in the area."),
        ("Spring", "When do you start taking bookings for the cherry blossom boat trips?"),
        ("額縁", "そのうち額装をお願いしたいのですが、費用の目安はどのくらいでしょうか。"),
        ("足袋", "近くに寄ったついでに見たいのですが、白の足袋は何センチまでありますか。"),
    ],
)
def test_a_question_with_no_time_at_all_is_low(subject: str, body: str) -> None:
    assert triage(body, subject=subject).urgency == "low"


def test_a_thank_you_for_a_roof_that_held_is_not_a_stopped_business() -> None:
    result = triage(
        "The storm on Saturday was the worst in years and not one drop came in. "
        "Many thanks to your team.",
        subject="Thanks",
    )
    assert result.urgency == "low" and result.emotion == "positive"


@pytest.mark.parametrize(
    "body",
    [
        "Since this morning not a single order has come through the checkout. We're losing sales.",
        "Will you run the class again at some point? My card was charged twice and I need it back "
        "before rent is due on Friday.",
    ],
)
def test_the_same_words_beside_a_stopped_business_or_money_are_not_low(body: str) -> None:
    assert triage(body, subject="Help").urgency != "low"
