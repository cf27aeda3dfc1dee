# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 45: what the model retrained on fresh-eval59 began to flag in clean replies, read by
meaning — a compliment to the customer ("we value clients like you"), the line naming what the
mail is about, the letter's greeting asking after their health, and leave asked for our own
next step in the plain form (「検討させていただけますか」). Asking the customer to make
something happen (「人数を確定させてもらえますか」) is still a request. Sentences written for
these tests, none from a labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We truly value long-standing clients like you.", "en"),
        ("This is about the reissue of your parking permit.", "en"),
        ("I'm writing regarding the replacement filter for your purifier.", "en"),
        ("寒さが厳しくなってまいりましたが、皆様お健やかにお過ごしでしょうか。", "ja"),
        ("お見積もりの件、二日ほど検討させていただけますか。", "ja"),
    ],
)
def test_clean_courtesies_are_not_findings(text: str, lang: str) -> None:
    assert _rules(text, lang) == set()


def test_asking_the_customer_to_settle_a_number_is_still_a_request() -> None:
    assert "request_without_reason" in _rules("参加人数を前日までに確定させてもらえますか。", "ja")


def test_a_topic_line_that_blames_is_still_condescending() -> None:
    text = "This is about your late payment, which you should have settled last week."
    assert "condescending" in _rules(text, "en")


def test_a_draft_opening_with_a_compliment_is_not_dismissive() -> None:
    text = (
        "Dear Ms Ito,\n\nThank you for writing to us. This is Ken from Hikari Gas.\n\n"
        "We truly value long-standing clients like you.\n"
        "This is about the reissue of your parking permit: the new permit was posted today "
        "and should reach you by Thursday.\n\nBest regards,\nKen\nHikari Gas\n"
    )
    assert _rules(text, "en", subject="Your parking permit reissue") == set()
