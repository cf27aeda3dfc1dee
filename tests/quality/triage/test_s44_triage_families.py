# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 44 (fresh-eval59, read after its scoring): a short question that raises its topic as
spoken (「〜って」) about a case of the writer's never described is terse — the first reply asks
which one (65 of the 66 short labelled questions of this shape are terse). A verb's 「〜って」
is not that topic marker, and a long mail with the same question has said what it is about.
The mails are new, written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


@pytest.mark.parametrize(
    "subject, body",
    [
        ("修理", "ベルトの穴って増やせますか"),
        ("料金", "出張費っていくらかかりますか？"),
        ("予約", "体験レッスンって今からでも入れますか"),
    ],
)
def test_a_short_spoken_question_about_an_unnamed_case_is_terse(subject: str, body: str) -> None:
    assert triage(body, subject=subject).terse


def test_the_same_question_with_its_case_described_is_not_terse() -> None:
    body = (
        "先月そちらで購入した革ベルト（品番 BL-2207、長さ110cm）についてです。\n"
        "ウエストが細くなったため、今の一番内側の穴より3cm内側にもう一つ穴を開けたいと考えています。\n"
        "ベルトの穴って増やせますか。費用とお預かりの日数も教えてください。"
    )
    assert not triage(body, subject="ベルトの穴の追加について").terse


def test_insurance_named_after_a_hazard_is_no_hazard_under_way() -> None:
    body = (
        "No rush at all - we're only comparing options before the policy renews in spring.\n"
        "Does your flood cover include the garage, and do earthquake insurers ask for a survey?"
    )
    assert triage(body, subject="Cover question").urgency != "high"


def test_an_earthquake_that_happened_is_still_a_hazard() -> None:
    body = (
        "Since the earthquake this morning the gas meter is ticking and the wall has a new crack."
    )
    assert triage(body, subject="After the earthquake").urgency == "high"
