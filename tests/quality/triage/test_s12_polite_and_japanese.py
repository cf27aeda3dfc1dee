"""Session 12: a polite request is not anger (walk 11 F-10); Japanese high urgency said as
consequence and time, without 至急 or 緊急."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import render_reasons, triage
from madoguchi.quality.triage.matching import find_hits


def _categories(text: str) -> set[str]:
    return {hit.category.name for hit in find_hits(text.lower())}


def test_a_polite_request_to_refund_a_double_charge_is_urgent_but_not_angry() -> None:
    # Walk 11 F-10: shown as Angry, 'worded like an unhappy customer ("Could you check and
    # refund the duplicate")'.
    result = triage(
        "Hello,\n\nOur card statement shows two charges of USD 290 from Tsunagu on the same "
        "day.\nCould you check and refund the duplicate as soon as possible? Our bookkeeper\n"
        "closes the month tomorrow.\n",
        subject="Charged twice this month?",
    )
    assert result.urgency == "high"
    assert result.emotion in ("neutral", "anxious")
    assert "learned_angry" not in {code for code, _ in result.codes}
    assert not any("unhappy" in reason for reason in render_reasons(result.codes, "en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you check and refund the duplicate?",
        "Please send the corrected invoice when you can.",
        "Would you be able to fix the spelling on the certificate?",
    ],
)
def test_a_request_inside_a_polite_question_is_no_firm_demand(sentence: str) -> None:
    assert "demand" not in _categories(sentence)


@pytest.mark.parametrize(
    "sentence", ["Refund it.", "You charged me twice. Just fix this.", "Then send the money."]
)
def test_a_bare_imperative_is_still_a_firm_demand(sentence: str) -> None:
    assert "demand" in _categories(sentence)
