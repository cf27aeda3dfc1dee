# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Each family of wording is found by its signal, in sentences written for these tests.

The sentences are new (not in the labelled data): a family is a move, found by structure
and morphology, so it must be found in a business and wording nobody listed.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import RULES, lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text, learned=False)}


def test_every_rule_names_the_families_it_covers_in_both_languages() -> None:
    for rule in RULES:
        families = getattr(rule, "families", ())
        assert families, rule.id
        for family_id, ja, en in families:
            assert family_id and ja and en, (rule.id, family_id)


@pytest.mark.parametrize(
    "sentence",
    [
        # The customer as the one who acted, a fault, given as the cause.
        "ピアノの調律がずれたのは、お引っ越しの際にご自身で移動されたためです。",
        "会費の引き落としができなかったのは、ご登録いただいた口座番号に誤りがあったことによるものです。",
        "The hotel cancelled the room because the card details you gave us were invalid.",
        "Your seedlings wilted because you planted them out too early, against the instructions.",
    ],
)
def test_blame_is_found_by_its_structure(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ご指定いただいた日が定休日のため、翌日のお届けとなります。",
        "お客様のご要望により、工事日を12月8日に変更いたしました。",
        "We moved your lesson to Thursday because you asked for a later time.",
        "Sorry, the form was rejected because we entered your postcode wrong.",
    ],
)
def test_a_cause_that_is_not_a_fault_of_the_customer_is_not_blame(sentence: str) -> None:
    assert "condescending" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "As any pet owner should know, chocolate is toxic to dogs.",
        "Drivers are expected to return the van with a full tank.",
        "If the balance isn't settled by Monday, we will give your slot to the next client.",
        "The opening hours are printed on the door, you know.",
        "以前の面談の際にもご説明した通り、入会金は返金できません。",
        "時間を守るのは、社会に出る方として最低限のマナーです。",
    ],
)
def test_the_other_condescending_moves_are_found(sentence: str) -> None:
    assert "condescending" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tax questions are not something our bookkeeping team can help with.",
        "We don't handle insurance claims for rental bikes.",
        "Complaints about the venue should be raised directly with the venue.",
        "駐輪場の区画については、管理組合に直接お問い合わせください。",
    ],
)
def test_dismissive_families_are_found_without_an_alternative(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


def test_an_alternative_after_the_refusal_clears_it() -> None:
    text = "We don't handle insurance claims for rental bikes. You can file one with the bike's insurer, and I can send you their form today."
    assert "dismissive" not in _rules(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "ご依頼の件は、現在担当者に確認しております。",
        "修理の見積もりについては、工場に問い合わせているところです。",
        "Your refund request is being reviewed.",
        "We are still looking into the problem.",
    ],
)
def test_an_inquiry_under_way_without_a_date_is_found(sentence: str) -> None:
    assert "unknown_without_followup" in _rules(sentence)


def test_an_inquiry_under_way_with_a_date_is_fine() -> None:
    assert "unknown_without_followup" not in _rules(
        "ご依頼の件は、現在担当者に確認しております。12月3日までにご連絡いたします。"
    )
    assert "unknown_without_followup" not in _rules(
        "Your refund request is being reviewed, and we will reply by Friday 5 pm."
    )


def test_a_time_that_waits_on_our_side_is_vague() -> None:
    assert "vague" in _rules("部品が入荷し次第、お電話でご案内いたします。")
    assert "vague" not in _rules("部品が入荷し次第、12月10日までにお電話でご案内いたします。")
