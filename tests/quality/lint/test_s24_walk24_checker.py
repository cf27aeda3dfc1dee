# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Walk 24 (a helper walking the demo with no sight of the code): what the reply checker told
a writer that was wrong.

- H3: an honest admission of our fault was stopped as a brush-off (「〜は仕様ではなく、当社の
  〜の不具合によるものです」), and 「当然」 was flagged where it favours the customer.
- H4: a conditional apology was flagged with the message about 「当然」「常識」.
- H11: the English message listed the missing parts without "and", and an English reader of
  a Japanese draft read the Japanese names of the parts.

The sentences are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text)}


@pytest.mark.parametrize(
    "text",
    [
        "返金が遅れたのは仕様ではなく、弊社の処理の誤りによるものです。",
        "The double booking was not by design; it was our mistake in the calendar sync.",
    ],
)
def test_admitting_our_fault_is_not_a_brush_off(text: str) -> None:
    assert "dismissive" not in _rules(text)


def test_obvious_in_the_customers_favour_does_not_talk_down() -> None:
    assert "condescending" not in _rules("当然ながら、再発行の手数料はいただきません。")


@pytest.mark.parametrize(
    ("text", "ja", "en"),
    [
        ("ご不便をおかけしたのであれば、申し訳ございません。", "受け取り方", 'without the "if"'),
        ("We apologise if the new layout confused you.", "受け取り方", 'without the "if"'),
    ],
)
def test_a_conditional_apology_is_told_what_is_wrong_with_it(text: str, ja: str, en: str) -> None:
    [finding] = [f for f in lint(text) if f.rule == "condescending"]
    assert finding.family == "perception_apology"
    assert ja in finding.messages[0] and en in finding.messages[1]
    assert "当然" not in finding.messages[0]


def test_the_missing_parts_are_named_in_each_language() -> None:
    [finding] = [
        f
        # (With the conversation's subject, as the compose box checks it: one sentence with no
        # subject is read as a line of a longer mail since session 36.)
        for f in lint(
            "このたびは配送が遅れてしまい、大変申し訳ございません。", subject="配送について"
        )
        if f.rule == "apology_incomplete"
    ]
    ja, en = finding.messages
    assert "原因" in ja
    assert "原因" not in en and "the cause" in en
    assert ", how it will be prevented" not in en and " and how it will be prevented" in en


@pytest.mark.parametrize(
    "text",
    [
        "Please don't contact our office about it any more.",
        "二度とこの件でお電話なさらないでください。",
    ],
)
def test_telling_the_customer_not_to_ask_again_is_a_brush_off_with_no_polite_rewrite(
    text: str,
) -> None:
    """Walk 24 H9: "Do not email us about this again." was offered "Please do not email us
    about this again." as its fix."""
    findings = lint(text)
    assert "dismissive" in {f.rule for f in findings}
    assert all(f.suggestion is None for f in findings if f.rule == "imperative")


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        ("アプリのデータを削除してください。", "データの削除をお願いいたします"),
        ("記入の済んだ用紙は同封の封筒で返送してください。", "ご返送を" + "お願いいたします"),
    ],
)
def test_an_operation_on_a_thing_takes_no_honorific_prefix(text: str, rewrite: str) -> None:
    """Walk 24 H9: 「キャッシュのご削除をお願いいたします」 read as over-honorific."""
    [finding] = [f for f in lint(text) if f.rule == "imperative"]
    assert finding.suggestion == rewrite
