from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


@pytest.mark.parametrize(
    "sentence",
    [
        "こちらの内容に変更すると、少し費用が発生します。",
        "なるべく早くご連絡いたします。",
        "近日中に発送いたします。",
        "後ほどご連絡いたします。",
        "返金までに数日かかる場合がございます。",
        "There will be a small fee for this change.",
        "We will get back to you soon.",
    ],
)
def test_it_flags_vague_amounts_and_times(rules_in, sentence: str) -> None:
    assert "vague" in rules_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "こちらの内容に変更すると、別途費用が5,000円かかります。",
        "後ほど、本日15時までにお電話でご連絡いたします。",
        "少々お待ちください。",
        "少しでもお役に立てれば幸いです。",
        "少し分かりにくい画面で、申し訳ございません。",
        "早急に対応いたしました。",
        "しばらくご利用がなかったため、アカウントが一時停止となっております。",
        "The refund usually takes 3 to 5 business days.",
        "The refund may take up to five business days.",
    ],
)
def test_it_accepts_concrete_figures_and_degree_words(rules_in, sentence: str) -> None:
    assert "vague" not in rules_in(sentence)


def test_it_prompts_for_the_amount_when_a_cost_is_vague() -> None:
    finding = next(f for f in lint("少し費用が発生します。") if f.rule == "vague")
    assert finding.excerpt == "少し"
    assert finding.suggestion == "別途費用が〇円かかります"


def test_a_vague_time_in_a_sentence_about_prices_is_asked_for_a_date() -> None:
    # 「近いうち」 lacks a date; the prices around it made the hint ask for an amount (session 23).
    text = "近いうちに会員向けの新しい料金表をお送りします。"
    finding = next(f for f in lint(text) if f.rule == "vague")
    assert finding.excerpt == "近いうち"
    assert finding.suggestion == "〇月〇日〇時までに"
