# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 38: the families fresh-eval47 found missing, read after its scoring, each with new
sentences written for these tests (none from the set): vague — a measure told only by its
size (「それなりに」「ほんのわずか」「ちょっとした費用」, in the reason for a request too) and a
month told by its part with no end (「9月上旬以降」); imperative — a phrasal command ("Throw
away …", "Toss the …") and "Discard"/"Dispose of" with their object."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str = "ja") -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    "sentence",
    [
        "ご予約なしの場合はお待ち時間がそれなりにありますので、お電話でのご予約をおすすめします。",
        "延長保証の追加料金はほんのわずかですので、ぜひご検討ください。",
        "名入れの刻印は、ちょっとした料金で追加できます。",
        "返送にかかる日数はかなりありますので、お早めにお手続きください。",
        "再入荷分のお届けは、9月上旬以降を予定しております。",
    ],
)
def test_a_size_or_an_open_month_in_place_of_a_figure_is_vague(sentence: str) -> None:
    assert "vague" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ちょっとした工夫で、においはかなり抑えられます。",
        "再入荷分のお届けは、9月12日以降となります。",
        "送料の差額はわずかでしたので、今回は当店で負担いたしました。",
    ],
)
def test_a_plain_figure_or_a_small_idea_is_not_vague(sentence: str) -> None:
    assert "vague" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Throw away the cartridge that leaked, since the ink can stain.",
        "Toss the paper insert before you fill the kettle.",
        "Discard the seal that came loose and fit the spare one.",
        "Dispose of the old battery at any recycling point.",
    ],
)
def test_a_command_to_throw_something_away_is_imperative(sentence: str) -> None:
    assert "imperative" in _rules(sentence, "en")


def test_a_throw_that_is_a_noun_is_no_command() -> None:
    assert "imperative" not in _rules("Throw pillows come in three colours this season.", "en")
