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


# fresh-eval48, read after its scoring: each family with sentences written here.
@pytest.mark.parametrize(
    ("sentence", "rule", "lang"),
    [
        ("幼稚園児でもできる操作ですので、説明書どおりに進めてください。", "condescending", "ja"),
        (
            "延長料金についてはすでに二度ご説明しておりますが、もう一度だけお送りします。",
            "condescending",
            "ja",
        ),
        ("開演後のご入場はお断りしております、決まりは決まりですので。", "condescending", "ja"),
        ("今後はしっかりお読みになってからお申し込みください。", "condescending", "ja"),
        ("刺繍の糸の色まで、当店で確認する義務はございません。", "dismissive", "ja"),
        ("駐車場から会場までは、少し歩くことになります。", "vague", "ja"),
        ("The late start wasn't our fault.", "condescending", "en"),
        ("You signed off the layout, so the typo is on you, not us.", "dismissive", "en"),
        ("The campsite is a fair walk from the car park.", "vague", "en"),
    ],
)
def test_a_fresh_eval48_family_is_found(sentence: str, rule: str, lang: str) -> None:
    assert rule in _rules(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "rule", "lang"),
    [
        ("お子様でも安全にお使いいただけます。", "condescending", "ja"),
        ("鉢の直径は、株の幅より2cmほど大きめにするのが一般的です。", "condescending", "ja"),
        ("大事なことですので、重ねてご案内いたします。", "condescending", "ja"),
        ("交換する義務はございませんが、今回は新しい品をお送りします。", "dismissive", "ja"),
        ("It wasn't your fault at all, and the new card is on its way.", "condescending", "en"),
        (
            "We'll get back to you shortly with the revised timetable.",
            "unknown_without_followup",
            "en",
        ),
    ],
)
def test_a_fresh_eval48_lookalike_is_not_found(sentence: str, rule: str, lang: str) -> None:
    assert rule not in _rules(sentence, lang)


def test_a_format_left_as_a_value_is_a_blank_but_a_format_explained_is_not() -> None:
    left = lint("Your booking:\n\nDate: DD/MM\nTime: 19:00\n\nBest regards,\nTom", lang="en")
    assert "placeholder_left" in {finding.rule for finding in left}
    explained = lint("Please write the date on the form as DD/MM/YYYY.", lang="en")
    assert "placeholder_left" not in {finding.rule for finding in explained}


def test_an_english_apology_missing_its_cause_or_its_remedy_is_incomplete() -> None:
    no_cause = (
        "Dear Mr Adeyemi,\n\nI'm very sorry that the index pages were left out of the reprinted manuals.\n"
        "We've printed 40 new copies with the index, and they will reach you on Thursday.\n"
        "From now on every manual is checked page by page against the proof before it is boxed.\n\n"
        "Kind regards,\nNina"
    )
    no_remedy = (
        "Dear Ms Kaur,\n\nI'm sorry that the tiles you received are a much darker grey than the sample we sent.\n"
        "The difference comes from the glaze batch: we fired a new batch without testing it first.\n"
        "From now on every batch is compared with the approved sample before it is packed.\n\n"
        "Best regards,\nOmar"
    )
    for subject, text in (("Your manuals", no_cause), ("Your tiles", no_remedy)):
        found = lint(text, subject=subject, lang="en")
        assert "apology_incomplete" in {finding.rule for finding in found}


def test_an_english_apology_with_a_traced_cause_is_complete() -> None:
    text = (
        "Dear Mr Byrne,\n\nI'm sorry the strap on your camera bag tore on its first trip.\n"
        "We traced it to a roll of webbing from a new mill that was thinner than our specification.\n"
        "A replacement bag went out this morning by tracked post.\n"
        "We've gone back to our usual mill, and every roll is now measured before it is cut.\n\n"
        "Kind regards,\nAlex"
    )
    found = lint(text, subject="Your camera bag", lang="en")
    assert "apology_incomplete" not in {finding.rule for finding in found}
