# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 46, families fresh-eval62 showed (blame and vagueness by implication). condescending —
"as a quick glance at your own invoice would have told you" (it was obvious), "If your installer
had …, we wouldn't …" (the harm laid at their side's door; our own "If we had …" owns it), "came
out just as one would expect" after their file is described.
vague — an awaited moment with no date: "closer to the start of the term", "will be paid after
their review", "once the accounts are reconciled", "when the technician can get to it";
「担当者が次に出社した際に」「受付分が一巡したところで」「繁忙期が落ち着いた頃に」. dismissive —
"not something we deal with here". Each with its clean neighbour: a figure, a date or a way
given. Sentences written for these tests, none from a labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    ("text", "lang", "rule"),
    [
        (
            "The invoice lists twelve boxes, as a quick glance at your own invoice would have told you.",
            "en",
            "condescending",
        ),
        (
            "If your installer had read the wiring diagram, the heater wouldn't have tripped the breaker.",
            "en",
            "condescending",
        ),
        (
            "Your photos were sent at thumbnail size, so the prints came out just as one would expect.",
            "en",
            "condescending",
        ),
        ("The new uniforms will be handed out closer to the start of the term.", "en", "vague"),
        ("Your deposit is with the landlord and will be paid after their review.", "en", "vague"),
        ("We'll credit the missing hours once the timesheets are reconciled.", "en", "vague"),
        ("The broken gate will be repaired when the technician can get to it.", "en", "vague"),
        (
            "Parking rules are set by the building owner, so they're not something we deal with here.",
            "en",
            "dismissive",
        ),
        ("お見積もりの再計算は、担当者が次に出社した際にご連絡いたします。", "ja", "vague"),
        ("新規のお申し込みは、受付分が一巡したところで順次ご案内いたします。", "ja", "vague"),
        ("増産のご相談は、繁忙期が落ち着いた頃に改めてご連絡いたします。", "ja", "vague"),
    ],
)
def test_flaw_by_implication_is_found(text: str, lang: str, rule: str) -> None:
    assert rule in _rules(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "If we had double-checked the label, the parcel wouldn't have gone to the old address.",
            "en",
        ),
        (
            "Your deposit will be paid after our review, which usually takes three working days.",
            "en",
        ),
        ("The new uniforms will be handed out on 8 April, the first day of term.", "en"),
        ("増産のご相談は、繁忙期が落ち着いた6月3日に改めてご連絡いたします。", "ja"),
    ],
)
def test_our_own_fault_or_a_date_is_clean(text: str, lang: str) -> None:
    assert _rules(text, lang) == set()
