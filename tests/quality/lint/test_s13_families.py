# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 13: dismissive and request_without_reason read by family, in wordings nobody listed.

dismissive: can't help as a stance or a limit (「お答えする立場にございません」「〜以上のことは
お答えできません」), go elsewhere with no route (「〜さんに直接聞いてください」「〜にお尋ね
いただく内容かと存じます」), handed back (「当事者同士で解決していただくことになります」),
closing the matter (「ご意見として承っておきます」, "nothing more to discuss"), the policy as a wall
("we simply follow the policy"). A refusal with a reason and an alternative stays clean.

request_without_reason: 「〜の際は」 says when, not why, for a request to bring, show or write
something; 「あらためて」 is no ため; "let us know which …" asks for work.

The sentences here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "展示品の購入価格については、当館としてお答えする立場にございません。",
        "パンフレットに載っている以上のことは、お答えいたしかねます。",
        "キャンプ道具の選び方は、アウトドア用品店さんに直接聞いてください。",
        "保険金の額は、保険会社にお尋ねいただく内容かと存じます。",
        "隣のサイトの方との騒音トラブルは、当事者同士で話し合っていただくことになります。",
        "お客様のご要望として承っておきます。",
        "We are just following our policy on refunds.",
        "There is nothing more to discuss on this point.",
    ],
)
def test_a_brush_off_in_a_family_nobody_listed_is_dismissive(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "水槽の生体はお譲りしておりませんが、同じ種類を扱う専門店を2軒ご紹介できますので、ご希望でしたらお知らせください。",
        "染み抜きの結果はお約束できませんが、事前に無料で生地を確認し、落とせる見込みをお伝えいたします。",
        "We can't reopen the campsite early because the ground is still frozen, but we can move your booking to any weekend in April at no charge.",
    ],
)
def test_a_refusal_with_a_reason_and_an_alternative_is_not_dismissive(sentence: str) -> None:
    assert "dismissive" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ご入館の際は、学生証をお持ちいただけますか。",
        "お引き取りの際は、受付で伝票番号をご記入ください。",
        "受診票を、あらためてご提出いただけますでしょうか。",
        "Please let us know which size your child usually wears.",
    ],
)
def test_a_request_with_no_reason_is_found(sentence: str) -> None:
    assert "request_without_reason" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "お振込みの際は、ご依頼人名の前に予約番号を入力していただけますでしょうか。入金の確認に使用いたします。",
        "ご入館の際は、年齢確認のため学生証をお持ちいただけますか。",
        "Please let us know if anything else comes up.",
    ],
)
def test_a_request_with_its_reason_or_occasion_is_clean(sentence: str) -> None:
    assert "request_without_reason" not in _rules(sentence)
