# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 46: what the model retrained on fresh-eval60 and fresh-eval61 began to flag in clean
replies, read by meaning — a step already under way on our side (「すでに…進めております」 is
news, not an amount withheld) and our own promise for next time in humble verbs (「今後は…気を
つけてまいります」 is not the warning said to the customer). The warning to the customer and an
ultimatum stay condescending. Sentences written for these tests, none from a labelled set."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    "text",
    [
        "お預かりしたご返金は、既に経理の者が手配しております。",
        "故障した給湯器の部品取り寄せも、すでに弊社で進めております。",
        "このたびは配送が乱れご迷惑をおかけしましたが、以後は出荷前の点検を徹底してまいります。",
    ],
)
def test_our_own_work_and_promises_are_not_findings(text: str) -> None:
    assert _rules(text, "ja") == set()


@pytest.mark.parametrize(
    "text",
    [
        "今回に限り無償で対応しますが、次回からはくれぐれもご注意ください。",
        "また期限を過ぎるようでしたら、以後のお取引はお断りいたします。",
    ],
)
def test_a_warning_to_the_customer_is_still_condescending(text: str) -> None:
    assert "condescending" in _rules(text, "ja")
