# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
from __future__ import annotations

from madoguchi.quality.lint.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in split_sentences(text)]


def test_it_splits_japanese_and_english_punctuation() -> None:
    assert _sentences("ご確認ください。少々お待ちください！Thanks. See you.") == [
        "ご確認ください。",
        "少々お待ちください！",
        "Thanks.",
        "See you.",
    ]


def test_a_line_wrapped_mid_sentence_is_joined() -> None:
    assert _sentences("シリアルコードを使っての\nご応募でお困りでしょうか。") == [
        "シリアルコードを使っての\nご応募でお困りでしょうか。"
    ]


def test_the_addressee_line_is_its_own_sentence() -> None:
    assert _sentences("山田様\nお世話になっております。") == ["山田様", "お世話になっております。"]


def test_the_replied_to_message_is_left_out() -> None:
    text = "承知いたしました。\n\nOn Mon, 9 Sep 2024 at 10:00, Taro <taro@example.jp> wrote:\n> 返送してください。\n"
    assert _sentences(text) == ["承知いたしました。"]


def test_prices_and_abbreviations_do_not_end_a_sentence() -> None:
    assert _sentences("Dear Mr. Brown, the fee is $5.00 per month.") == [
        "Dear Mr. Brown, the fee is $5.00 per month."
    ]
