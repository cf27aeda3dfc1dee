# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


@pytest.mark.parametrize(
    "sentence",
    [
        "原因はわかりません。",
        "現時点では原因は不明です。",
        "原因はまだ特定できておりませんが、引き続き調査いたします。",
        "I don't know why this happened.",
    ],
)
def test_it_flags_not_knowing_without_plan_and_date(rules_in, sentence: str) -> None:
    assert "unknown_without_followup" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "現時点では原因は不明ですが、開発チームが調査しており、9月12日までに結果をご報告いたします。",
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
        "設定方法が分からない場合は、お電話でもご案内いたします。",
        "The cause is still unknown; I have escalated it to our engineering team and will report back by Wednesday.",
    ],
)
def test_it_accepts_a_plan_with_a_date_and_the_customers_own_doubts(
    rules_in, sentence: str
) -> None:
    assert "unknown_without_followup" not in rules_in(sentence)


def test_the_plan_and_date_may_follow_in_the_next_sentence(rules_in) -> None:
    draft = "原因はまだ分かっておりません。\n開発部門に調査を依頼し、明日17時までに結果をお知らせいたします。"
    assert "unknown_without_followup" not in rules_in(draft)


def test_it_says_when_only_the_date_is_missing() -> None:
    finding = next(
        f
        for f in lint("原因は不明ですが、調査してご連絡いたします。")
        if f.rule == "unknown_without_followup"
    )
    assert "いつまでに" in finding.message
