# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 20: English brush-offs and unknowns by family, and a request's reason read from
the right neighbour in a draft. The sentences are new (a kiln-hire firm, a choir, a
canal-boat yard), not in the labelled data.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in lint(text, subject=subject, learned=False)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The kiln switching itself off at 1,250 degrees is intentional.",
        "Hire deposits are non-refundable under any circumstances.",
        "Mooring fees can't be refunded.",
        "We don't repair narrowboat engines.",
        "Licence questions need to go to the Canal & River Trust, not us.",
        "You'd need to ask the council.",
        "Please take any noise complaints up with the marina office.",
    ],
)
def test_english_brush_offs_by_shape(sentence: str) -> None:
    assert "dismissive" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mooring fees can't be refunded until the boat has left the berth.",
        "Print your mooring permit before you go to the lock.",
        "The kiln deposit can't be refunded, but we can move your booking to any date in March.",
    ],
)
def test_english_lookalikes_that_are_not_brush_offs(sentence: str) -> None:
    assert "dismissive" not in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rehearsal schedule for the spring term is yet to be decided.",
        "No one here can tell you when the lock will reopen.",
        "I've passed your query to our engineers.",
        "Whether the insurance covers the hull is unclear to us.",
        "We won't know the repair cost until the boat is out of the water.",
    ],
)
def test_english_unknowns_with_nothing_after_are_found(sentence: str) -> None:
    assert "unknown_without_followup" in _rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Doubt about the reader is condescension, not an unknown.
        "I'm not sure you've understood how the hire period works.",
        "I'm not sure what you were expecting from a second-hand kiln.",
        # A date and a next step, or a way meanwhile.
        "The spring timetable hasn't been set, but you can book a trial rehearsal any Tuesday.",
        "We won't know the repair cost until the survey on 14 March, and we'll email you the same day.",
    ],
)
def test_english_lookalikes_that_are_not_unknowns(sentence: str) -> None:
    assert "unknown_without_followup" not in _rules(sentence)


def test_a_request_opening_with_mata_is_not_covered_by_the_reason_before_it() -> None:
    # 「また、」 starts one more request: the reason before was for the delay, not for the form.
    draft = (
        "森様\n\n"
        "ひばり窯工房です。\n\n"
        "焼成が遅れているのは窯の修理のためです。\n"
        "また、釉薬の申込書を窓口に提出してください。\n\n"
        "ひばり窯工房"
    )
    assert "request_without_reason" in _rules(draft, subject="焼成の遅れについて")


def test_a_second_request_beside_it_is_no_reason() -> None:
    draft = (
        "田村様\n\n"
        "合唱団やまびこです。\n\n"
        "演奏会の出演申込書を、明日までに指揮者に提出してください。\n"
        "記入漏れがないようにしてください。\n\n"
        "合唱団やまびこ"
    )
    assert "request_without_reason" in _rules(draft, subject="来月の練習日程")


def test_a_reason_in_the_next_request_still_counts() -> None:
    draft = (
        "西村様\n\n"
        "ご予約ありがとうございます。\n\n"
        "当日は15時までにご到着いただけますようお願いいたします。夕食の準備の都合上、遅れる場合は前日までにご連絡ください。\n\n"
        "山の宿 予約係"
    )
    assert "request_without_reason" not in _rules(draft, subject="ご予約の確認")


def test_an_invitation_needs_no_reason() -> None:
    assert "request_without_reason" not in _rules("ぜひまた工房の展示会ものぞいてみてください。")
