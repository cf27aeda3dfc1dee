"""Dated promises found in our own replies (walk 13, F21): what is a promise, and when it
is due in the mailbox's calendar (Tokyo, 9:00–18:00 on weekdays)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from madoguchi.quality.promises import find_promise, warn_at
from madoguchi.sla.calendar import Calendar, parse_periods

TOKYO = ZoneInfo("Asia/Tokyo")
CALENDAR = Calendar("Asia/Tokyo", {day: parse_periods("09:00-18:00") for day in range(5)})
SENT = datetime(2026, 12, 2, 15, 0, tzinfo=TOKYO)  # a Wednesday afternoon


def due(text: str, sent: datetime = SENT) -> datetime | None:
    promise = find_promise(text, sent, CALENDAR)
    return promise.due if promise else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明日１２月３日の正午までにお送りいたします。", datetime(2026, 12, 3, 12, 0)),
        ("本日中に、途中経過と恒久対応の見通しをご連絡いたします。", datetime(2026, 12, 2, 18, 0)),
        ("３営業日以内にご回答いたします。", datetime(2026, 12, 7, 18, 0)),
        ("明日の午後3時までにご報告します。", datetime(2026, 12, 3, 15, 0)),
        ("来週月曜日までに修正版をお送りいたします。", datetime(2026, 12, 7, 18, 0)),
        ("We'll send the fix by Friday 5 pm.", datetime(2026, 12, 4, 17, 0)),
        ("We will get back to you within 2 business days.", datetime(2026, 12, 4, 18, 0)),
        ("I'll update you tomorrow morning.", datetime(2026, 12, 3, 12, 0)),
        ("You'll hear from us by December 4.", datetime(2026, 12, 4, 18, 0)),
    ],
)
def test_it_resolves_the_promised_deadline(text: str, expected: datetime) -> None:
    assert due(text) == expected.replace(tzinfo=TOKYO)


@pytest.mark.parametrize(
    "text",
    [
        "明日までにご返信をお願いします。",  # asked of the customer
        "明日から年末年始の休業をいたします。",  # a date, no answer promised
        "近日中にご連絡いたします。",  # no resolvable date: nothing guessed
        "12月中旬にご連絡いたします。",
        "Please reply by Friday.",
        "We will not be able to answer by Friday.",
        "We'll look into it and get back to you soon.",
        # Walk 24 H7: the card company's forecast, not ours.
        "本日返金の手続きを行い、カード会社の処理により12月9日までにご利用明細に反映される見込みです。",
    ],
)
def test_it_records_no_promise_without_a_commitment_and_a_date(text: str) -> None:
    assert due(text) is None


def test_today_written_after_hours_still_means_today() -> None:
    late = datetime(2026, 12, 1, 22, 15, tzinfo=TOKYO)
    assert due("本日中にご連絡いたします。", late) == datetime(2026, 12, 2, 0, 0, tzinfo=TOKYO)


def test_the_quoted_original_below_the_reply_is_not_ours() -> None:
    text = "確認いたしました。\n明日中にご連\n絡いたします。\n\n> 明日までに送ります。"
    promise = find_promise(text, SENT, CALENDAR)
    assert promise is not None
    assert promise.quote == "明日中にご連絡いたします。"
    quoted_only = "確認いたしました。\n> 明日までにお送りいたします。"
    assert find_promise(quoted_only, SENT, CALENDAR) is None


def test_the_warning_comes_two_business_hours_before() -> None:
    noon = datetime(2026, 12, 3, 12, 0, tzinfo=TOKYO)
    assert warn_at(CALENDAR, noon, SENT) == datetime(2026, 12, 3, 10, 0, tzinfo=TOKYO)
    # Monday 10:00: one hour on Monday, one on Friday evening.
    monday = datetime(2026, 12, 7, 10, 0, tzinfo=TOKYO)
    assert warn_at(CALENDAR, monday, SENT) == datetime(2026, 12, 4, 17, 0, tzinfo=TOKYO)
