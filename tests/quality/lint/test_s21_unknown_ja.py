# Sample sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 21: unknown_without_followup's Japanese false alarms leave-domains-out (37): a dated
step that is not a report (a call, a delivery) was read as no plan, and a question refused as out
of scope (他社製, 管轄, 範囲外) is a brush-off, not a gap in what we know. Written for these tests."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str) -> set[str]:
    return {finding.rule for finding in lint(text, lang="ja", learned=False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "会場の空き状況は確認中で、明日15時までに担当の森からお電話いたします。",
        "異音の原因はまだ特定できていませんが、代わりの機械を明日の朝9時にお届けします。",
    ],
)
def test_an_unknown_with_a_dated_step_of_any_kind_is_answered(sentence: str) -> None:
    assert "unknown_without_followup" not in _rules(sentence)


def test_a_question_refused_as_out_of_scope_is_a_brush_off_not_an_unknown() -> None:
    found = _rules("他社製の時計の修理についてはお答えできかねます。")
    assert "unknown_without_followup" not in found and "dismissive" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "新しい釜の焼成テストの日程は、まだ決まっておりません。",
        "ご質問の件は、データがないため回答いたしかねます。",
        "倉庫の移転がいつになるかは、私どもにも分かりかねます。",
    ],
)
def test_a_plain_unknown_is_still_found(sentence: str) -> None:
    assert "unknown_without_followup" in _rules(sentence)
