# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Walk 24 H2: a threat on the customer's asking again passed the checker although the rule
says it covers threats (「これ以上お問い合わせが続く場合は、ご契約を解除させていただきます」, "If you
keep emailing us, we will close your account"). The rule now reads the move itself: contact
again as the condition, an end of service as the consequence. Help offered on a repeated problem
is no threat.

The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text, learned=False)}


@pytest.mark.parametrize(
    "text",
    [
        "今後も同じ内容のメールが続く場合は、会員登録を停止させていただきます。",
        "再度お電話をいただいた際は、お取引をお断りすることになります。",
        "If you continue to call the shop about this, we will ban you from the premises.",
        "Any more messages like this and we will no longer serve you.",
    ],
)
def test_a_threat_on_contacting_us_again_talks_down(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you keep getting the error, we will send an engineer at no cost.",
        "今後も同じ症状が続く場合は、無償で部品を交換いたします。",
        "If you contact us again after the 10th, we will have the new stock and can ship at once.",
    ],
)
def test_help_offered_on_a_repeated_problem_is_no_threat(text: str) -> None:
    assert "condescending" not in _rules(text)
