"""Walk 20 G3: 「念のため申し上げますと、…基本中の基本の操作です。」 passed the reply check. The
reader told the basics are basic is the obvious family; the basics we offer to teach are not.
Wordings here are new (not the labelled sentences)."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang="ja"))}


@pytest.mark.parametrize(
    "text",
    [
        "念のため申し上げますと、取引先の統合は基本中の基本の操作です。",
        "請求書の宛名変更は初歩的な操作ですので、画面をよくご覧ください。",
        "バックアップを取るのは初歩の初歩ですよ。",
    ],
)
def test_telling_the_reader_it_is_basic_is_condescending(text: str) -> None:
    assert "condescending" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "はじめての方向けに、基本中の基本から丁寧にご説明する勉強会をご用意しています。",
        "初歩的なご質問でも、どうぞお気軽にお寄せください。",
    ],
)
def test_offering_to_teach_the_basics_is_fine(text: str) -> None:
    assert "condescending" not in _rules(text)
