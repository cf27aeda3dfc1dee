# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 45: the families fresh-eval60 found missing, read after its scoring, each with new
sentences written for these tests (none from the set).
vague — a time set by an event nobody dates (「本社の承認が終わったところでお送りします」), the
kana 〜しだい as 〜次第, a saving with no figure (「お得な価格」), a price that "depends" with no
figure (「出張費は地域によって変わります」) — each clear when the figure is there.
condescending — a one-off favour with a warning for next time. purpose_not_upfront — a safety
request buried in a newsletter, "we need every member to confirm … by this Friday".
apology_incomplete — a day after "on" is no prevention ("nobody came on Tuesday").
Not findings: "As you pointed out, …", which credits the customer."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang, subject=subject))}


@pytest.mark.parametrize(
    "text",
    [
        "見積書は、本社の承認が終わったところでお送りいたします。",
        "作業は機材の準備ができしだい開始いたします。",
        "まとめてご注文いただくと、お得な料金でご用意できます。",
        "出張費は地域によって変わります。",
    ],
)
def test_a_time_or_an_amount_left_to_an_undated_event_or_no_figure_is_vague(text: str) -> None:
    assert "vague" in _rules(text, "ja")


@pytest.mark.parametrize(
    "text",
    [
        "見積書は、本社の承認が終わりましたら、その日のうちにお送りいたします。",
        "まとめてご注文いただくと、1割お得になります。",
        "出張費は地域によって変わります。市内は2,200円、市外は4,400円です。",
    ],
)
def test_the_same_with_its_figure_is_not_vague(text: str) -> None:
    assert "vague" not in _rules(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "今回に限り無償で修理いたしますが、次回からは有料ですので、取り扱いには十分お気をつけください。",
            "ja",
        ),
        (
            "We'll swap it free of charge as a one-off, but next time there will be a fee, so please take more care with it.",
            "en",
        ),
    ],
)
def test_a_one_off_favour_with_a_warning_for_next_time_is_condescending(
    text: str, lang: str
) -> None:
    assert "condescending" in _rules(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "今回はご不便をおかけしましたが、今後は同じことが起きないよう気をつけてまいります。",
            "ja",
        ),
        ("We got it wrong this time, and from now on we'll take more care with the labels.", "en"),
    ],
)
def test_our_own_promise_to_take_care_is_not_condescending(text: str, lang: str) -> None:
    assert "condescending" not in _rules(text, lang)


def test_a_credit_to_the_customer_is_not_condescending() -> None:
    text = "As you rightly noticed, the totals on page two were added up from the wrong column."
    assert "condescending" not in _rules(text, "en")


def test_a_safety_request_buried_in_a_newsletter_is_not_upfront() -> None:
    text = (
        "Dear Brightwell customer,\n\n"
        "Brightwell has made kitchen scales in Leeds for thirty years, and we are proud of every one.\n"
        "This autumn we opened a repair counter at our shop and added two new colours to the range.\n"
        "Our spring catalogue will arrive in February with a few surprises.\n"
        "We have found that some KS-20 scales sold in June can overheat while charging. "
        "If yours has a serial number starting with 06, please stop charging it and contact us for a free replacement.\n\n"
        "Thank you for choosing Brightwell.\n"
    )
    assert "purpose_not_upfront" in _rules(text, "en", subject="A message from Brightwell")


def test_a_request_to_every_member_by_this_friday_is_not_upfront_in_a_newsletter() -> None:
    text = (
        "Hi Sam,\n\n"
        "Winter is nearly here, and our kiln has been busy with the new celadon glaze.\n"
        "Twelve members finished their first teapots last month, which made the studio very proud.\n"
        "We have also added a Thursday evening wheel session.\n"
        "As our insurer has changed, we need every member to confirm their emergency contact by this Friday, otherwise we cannot open the studio to you next week.\n\n"
        "Warmly,\nThe Clayworks team\n"
    )
    assert "purpose_not_upfront" in _rules(text, "en", subject="News from Clayworks")


def test_an_apology_without_prevention_is_incomplete_even_with_a_day_after_on() -> None:
    text = (
        "Dear Ms Hale,\n\n"
        "I'm very sorry that nobody from our crew came for the gutter clearing on Friday, as we had arranged.\n\n"
        "The reason was a mistake on our side: the visit was put in the diary for the following month.\n\n"
        "We cleared the gutters this morning at no charge.\n\n"
        "Kind regards,\nOwen\n"
    )
    assert "apology_incomplete" in _rules(text, "en", subject="Missed gutter clearing")
