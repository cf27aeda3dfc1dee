# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 45: the families fresh-eval61 found missing, read after its scoring, each with new
sentences written for these tests (none from the set).
vague — a next step that waits on another party (「〜を待ってのご案内となります」), 〜次第 before a
visit or a repair. unknown_without_followup — 「情報は持ち合わせておりません」「まだ本部から知らされて
おりません」, "we don't have any information on when …", "Nobody here knows when …", "too many
factors for us to give you a date". condescending — "not as simple as you think", their
understanding called wrong, harm laid at their door after the fact (not our own "if we had
checked sooner"), "as I explained to you twice", "that's made perfectly clear on every …".
request_without_reason — a reason after a colon counts."""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint, warnings_of


def _rules(text: str, lang: str) -> set[str]:
    return {finding.rule for finding in warnings_of(lint(text, lang=lang))}


@pytest.mark.parametrize(
    "text",
    [
        "ご予約の確定は、ホテルからの回答を待ってのご案内となります。",
        "部品が入り次第、担当者が伺って修理いたします。",
    ],
)
def test_a_step_that_waits_on_another_party_is_vague(text: str) -> None:
    assert "vague" in _rules(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("その型番が取り付けられるかどうかの情報は持ち合わせておりません。", "ja"),
        ("返還の時期は、まだ本部から知らされておりません。", "ja"),
        ("We don't have any information on when the part will ship.", "en"),
        ("Nobody here knows when the lift will be repaired.", "en"),
        ("There are too many factors for us to give you a date.", "en"),
    ],
)
def test_not_knowing_with_no_next_step_is_unknown(text: str, lang: str) -> None:
    assert "unknown_without_followup" in _rules(text, lang)


def test_not_knowing_with_a_date_to_hear_by_is_not_unknown() -> None:
    text = "返還の時期はまだ本部から知らされておりませんが、12月10日までに届く予定で、届き次第その日のうちにお知らせします。"
    assert "unknown_without_followup" not in _rules(text, "ja")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("配線の引き直しは、ご家庭で思っていらっしゃるほど単純な作業ではございません。", "ja"),
        ("どの機種でも使える、というご認識は根本的に誤りです。", "ja"),
        (
            "毎朝の換気をもう少しきちんとされていれば、ここまでカビが広がることはなかったと思われます。",
            "ja",
        ),
        ("As I explained to you twice, the warranty ended in March.", "en"),
        ("Late boarding closes the gate; that's made perfectly clear on every ticket.", "en"),
    ],
)
def test_belittling_blaming_and_told_before_are_condescending(text: str, lang: str) -> None:
    assert "condescending" in _rules(text, lang)


def test_our_own_if_only_is_not_condescending() -> None:
    assert "condescending" not in _rules("弊社がもう少し早く点検していれば防げた漏水でした。", "ja")


def test_a_reason_after_a_colon_is_a_reason() -> None:
    text = "Please leave the meter cupboard unlocked on Thursday: our engineer has to read the dial before the supply is switched back on."
    assert "request_without_reason" not in _rules(text, "en")
