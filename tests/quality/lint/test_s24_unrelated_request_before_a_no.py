# Sample mails stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Walk 24 H1: 「キャッシュを削除してください。二重請求は仕様ですので対応できません。」 went to an
angry customer with no brush-off finding: any request before a no was read as the way out, and
the no's 「ので」 as the reason for the request. A way before a no counts when it is about the
same matter (a case the customer may be in, a word back to it, a word in common, another way to
try); a no beside an unrelated request is still a no, and the request still lacks its reason.

The drafts are written for these tests, not taken from any labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text, learned=False)}


@pytest.mark.parametrize(
    "text",
    [
        "アプリを一度再起動してください。\n年会費の返金は仕様上できません。",
        "アプリを一度再起動してください。年会費は規約ですので返金いたしかねます。",
        "Please log out and log back in. We don't offer partial refunds.",
    ],
)
def test_a_no_after_an_unrelated_request_is_still_a_brush_off(text: str) -> None:
    assert "dismissive" in _rules(text)


def test_the_request_before_an_unrelated_no_still_lacks_its_reason() -> None:
    assert "request_without_reason" in _rules(
        "アプリを一度再起動してください。年会費は規約ですので返金いたしかねます。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ご家族以外の方がお迎えの場合は、事前にお名前をお知らせください。登録のない方にはお引き渡しできません。",
        "Could you try the desktop site? The app is not supported on tablets.",
        "お届け前に住所をご確認いただけますか。お届け後の住所変更はお受けできません。",
    ],
)
def test_a_way_about_the_same_matter_before_the_no_is_an_answer(text: str) -> None:
    assert "dismissive" not in _rules(text)
