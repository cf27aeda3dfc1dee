# Sample mails stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 24 (walk 23 H7): a reply that is nothing but an apology says no cause, nothing done
and nothing next. 「ご迷惑をおかけしました。」 alone was flagged; "Sorry for the inconvenience."
alone passed. Both languages now name the family apology_only when the reply is framed (an
addressee, a sign-off) or of two sentences or more; an apology beside an answer or a remedy,
regret for a no, and one bare sentence (a line being checked) are not it.

The drafts are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _apology(text: str, subject: str | None = None) -> list[str | None]:
    return [
        finding.family
        for finding in warnings_of(lint(text, subject=subject))
        if finding.rule == "apology_incomplete"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom,\n\nSorry for the inconvenience.\n\nBest regards,\nEmi",
        "Hi Maya,\n\nWe're very sorry for the trouble, and we appreciate your patience.\n\nBest,\nEmi\n",
        "このたびの件、心よりお詫びいたします。\n重ねてお詫び申し上げます。",
        "井上様\n\nこのたびはご迷惑をおかけし、大変申し訳ございませんでした。\nご理解のほどよろしくお願いいたします。\n\n小林\n",
    ],
)
def test_a_reply_that_only_apologises_is_an_incomplete_apology(text: str) -> None:
    assert _apology(text, "Re: 注文した商品について") == ["apology_only"]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry to hear that. You can reset the password from the sign-in page under 'Forgot password'.",
        "Sorry for the trouble. The refund of £12 went back to your card this morning.",
        "ご不便をおかけしました。本日、交換品をお送りしております。",
        "Sorry for the late reply.",
        # One sentence with no frame may be a line of a longer answer being checked.
        "We apologise for any inconvenience this may have caused.",
    ],
)
def test_an_apology_beside_an_answer_or_a_remedy_is_not_apology_only(text: str) -> None:
    assert "apology_only" not in _apology(text, "Re: my order")
