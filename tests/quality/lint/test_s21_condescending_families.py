# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 21: condescension's families still missed leave-domains-out (ja 52 of 620, en 46 of
548): the reader measured against others who manage, the reader as a novice, the fault found
in them, told before with the moment, the threat as our next step, reproach for asking, and
their ability doubted. The sentences are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _condescending(text: str, lang: str) -> bool:
    return any(f.rule == "condescending" for f in lint(text, lang=lang, learned=False))


@pytest.mark.parametrize(
    "sentence",
    [
        "Every other guest manages to find the check-in desk without a map.",
        "Most of our members can book a court online without any help.",
        "Any gardener would know that tomatoes need staking.",
        "The hinge doesn't break by itself, so we assume it was forced.",
        "The blinds jam because the cord isn't being pulled correctly.",
        "You chose not to buy the extended warranty.",
        "If the storage fee is not paid by the 30th, the items in your locker will be disposed of.",
        "Please stop emailing us the same complaint.",
        "This is the third message about the same invoice.",
        "Perhaps your daughter just isn't ready for the advanced class.",
    ],
)
def test_english_condescension_in_these_families_is_found(sentence: str) -> None:
    assert _condescending(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Most customers choose the annual plan because it saves two months.",
        "Other members have reported the same problem, and we're fixing it this week.",
        "You chose the blue frame, and it will be ready on Friday.",
        "If the parcel is not collected within 7 days, it will be returned to us and we will refund you in full.",
    ],
)
def test_english_sentences_that_only_look_alike_are_clean(sentence: str) -> None:
    assert not _condescending(sentence, "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "他の会員様は問題なく予約できていますので。",
        "初心者の方には少し難しい機種かと存じます。",
        "ご購入の際にご説明いたしましたが、この製品は防水ではありません。",
        "写真を拝見する限り、確認不足かと思われます。",
        "毎回ご案内しているとおり、雨天時は中止です。",
        "これ以上遅刻が続くようでしたら、ご契約の見直しも検討いたします。",
    ],
)
def test_japanese_condescension_in_these_families_is_found(sentence: str) -> None:
    assert _condescending(sentence, "ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "弊社の確認不足により、ご迷惑をおかけいたしました。",
        "他のお客様からも同様のご報告をいただいており、原因を調べております。",
        "初めての方にも分かりやすいよう、手順を写真付きでお送りします。",
    ],
)
def test_japanese_sentences_that_only_look_alike_are_clean(sentence: str) -> None:
    assert not _condescending(sentence, "ja")
