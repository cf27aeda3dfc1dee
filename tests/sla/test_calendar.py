"""Business-hours arithmetic on real dates: Japanese holidays, 年末年始, lunch, DST."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.sla.calendar import (
    Calendar,
    CalendarError,
    add_business_minutes,
    add_business_seconds,
    add_business_seconds_each,
    business_minutes_between,
    business_seconds_between,
    parse_periods,
)
from madoguchi.sla.clock import Clock
from madoguchi.sla.holidays import public_holidays

pytestmark = pytest.mark.pure

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")
YEARS = range(2024, 2029)
OFFICE = parse_periods("09:00-12:00, 13:00-18:00")


def tokyo_calendar(*company_closed: date) -> Calendar:
    closed = set(public_holidays("JP", YEARS)) | set(company_closed)
    return Calendar("Asia/Tokyo", {day: OFFICE for day in range(5)}, frozenset(closed))


def berlin_calendar() -> Calendar:
    weekly = {day: parse_periods("09:00-17:00") for day in range(5)}
    return Calendar("Europe/Berlin", weekly, frozenset(public_holidays("DE", YEARS, "BE")))


def tokyo(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO)  # type: ignore[misc]


def test_it_carries_friday_evening_past_a_monday_national_holiday() -> None:
    # 2026-07-20 (Monday) is 海の日: 10 minutes on Friday, 50 on Tuesday morning.
    due = add_business_minutes(tokyo_calendar(), tokyo(2026, 7, 17, 17, 50), 60)
    assert due == tokyo(2026, 7, 21, 9, 50)


def test_it_skips_lunch() -> None:
    due = add_business_minutes(tokyo_calendar(), tokyo(2026, 7, 16, 11, 30), 60)
    assert due == tokyo(2026, 7, 16, 13, 30)
    assert (
        business_minutes_between(
            tokyo_calendar(), tokyo(2026, 7, 16, 11, 0), tokyo(2026, 7, 16, 14, 0)
        )
        == 120
    )


def test_it_keeps_the_office_closed_over_nenmatsu_nenshi() -> None:
    closed = [date(2026, 12, 29) + timedelta(days=n) for n in range(6)]  # 12/29 … 1/3
    due = add_business_minutes(tokyo_calendar(*closed), tokyo(2026, 12, 28, 17, 0), 120)
    assert due == tokyo(2027, 1, 4, 10, 0)


def test_it_skips_a_substitute_holiday() -> None:
    # 2026-05-03 憲法記念日 is a Sunday: Wednesday 5/6 is 振替休日.
    due = add_business_minutes(tokyo_calendar(), tokyo(2026, 5, 1, 17, 0), 120)
    assert due == tokyo(2026, 5, 7, 10, 0)


def test_it_skips_a_citizens_holiday_between_two_holidays() -> None:
    # 2026-09-22 lies between 敬老の日 and 秋分の日: 国民の休日.
    due = add_business_minutes(tokyo_calendar(), tokyo(2026, 9, 18, 17, 0), 120)
    assert due == tokyo(2026, 9, 24, 10, 0)


# The Cabinet Office's list (内閣府「国民の祝日について」, syukujitsu.csv), the dates only;
# there both 振替休日 and 国民の休日 are named 「休日」.
CABINET_OFFICE = {
    2025: "1/1 1/13 2/11 2/23 2/24 3/20 4/29 5/3 5/4 5/5 5/6 7/21 8/11 9/15 9/23 10/13 "
    "11/3 11/23 11/24",
    2026: "1/1 1/12 2/11 2/23 3/20 4/29 5/3 5/4 5/5 5/6 7/20 8/11 9/21 9/22 9/23 10/12 11/3 11/23",
    2027: "1/1 1/11 2/11 2/23 3/21 3/22 4/29 5/3 5/4 5/5 7/19 8/11 9/20 9/23 10/11 11/3 11/23",
}


@pytest.mark.parametrize("year", sorted(CABINET_OFFICE))
def test_the_japanese_holidays_match_the_cabinet_office_list(year: int) -> None:
    expected = {
        date(year, int(month), int(day))
        for month, day in (item.split("/") for item in CABINET_OFFICE[year].split())
    }
    assert set(public_holidays("JP", [year])) == expected


def test_it_names_the_substitute_and_citizens_holidays_in_japanese() -> None:
    names = public_holidays("JP", [2026])
    assert names[date(2026, 5, 6)] == "振替休日"
    assert names[date(2026, 9, 22)] == "国民の休日"


def test_it_moves_with_the_wall_clock_across_the_berlin_spring_change() -> None:
    # Clocks go forward on Sunday 2026-03-29: Friday is CET (UTC+1), Monday CEST (UTC+2).
    start = datetime(2026, 3, 27, 16, 0, tzinfo=BERLIN)
    due = add_business_minutes(berlin_calendar(), start, 120)
    assert due == datetime(2026, 3, 30, 10, 0, tzinfo=BERLIN)
    assert due.astimezone(ZoneInfo("UTC")).hour == 8
    assert business_minutes_between(berlin_calendar(), start, due) == 120


def test_it_keeps_berlin_easter_and_the_autumn_change() -> None:
    # Good Friday 2026-04-03 and Easter Monday 04-06 are public holidays in Berlin.
    due = add_business_minutes(berlin_calendar(), datetime(2026, 4, 2, 16, 30, tzinfo=BERLIN), 60)
    assert due == datetime(2026, 4, 7, 9, 30, tzinfo=BERLIN)
    # Clocks go back on Sunday 2026-10-25; Monday still opens at 09:00 local.
    due = add_business_minutes(berlin_calendar(), datetime(2026, 10, 23, 16, 0, tzinfo=BERLIN), 90)
    assert due == datetime(2026, 10, 26, 9, 30, tzinfo=BERLIN)
    assert due.utcoffset() == timedelta(hours=1)


def test_a_zero_target_outside_hours_is_the_next_opening() -> None:
    due = add_business_minutes(tokyo_calendar(), tokyo(2026, 7, 18, 3, 0), 0)  # a Saturday
    assert due == tokyo(2026, 7, 21, 9, 0)


def test_it_names_bad_input() -> None:
    with pytest.raises(CalendarError, match="not a period"):
        parse_periods("9時から")
    with pytest.raises(CalendarError, match="ends before it starts"):
        parse_periods("18:00-09:00")
    with pytest.raises(CalendarError, match="overlap"):
        parse_periods("09:00-13:00, 12:00-18:00")
    with pytest.raises(CalendarError, match="unknown time zone"):
        Calendar("Asia/Nowhere", {0: OFFICE})
    with pytest.raises(CalendarError, match="no business hours"):
        Calendar("Asia/Tokyo", {})
    with pytest.raises(ValueError, match="'XX'"):
        public_holidays("XX", [2026])


def test_it_accepts_japanese_punctuation_in_periods() -> None:
    assert parse_periods("9:00〜12:00、13:00～18:00") == OFFICE


# --- properties ---------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(TOKYO)
).map(lambda at: at.replace(microsecond=0))
berlin_instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(BERLIN)
).map(lambda at: at.replace(microsecond=0))
targets = st.integers(min_value=1, max_value=5 * 9 * 3600)
CALENDARS = [tokyo_calendar(date(2026, 12, 30)), berlin_calendar()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CALENDARS), st.one_of(instants, berlin_instants), targets)
def test_a_due_time_never_falls_outside_business_hours(
    calendar: Calendar, start: datetime, seconds: int
) -> None:
    due = add_business_seconds(calendar, start, seconds)
    # Inside a period, or at the very end of one: the last second before it was open.
    assert calendar.is_open(due - timedelta(seconds=1))
    assert business_seconds_between(calendar, start, due) == seconds


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(CALENDARS),
    instants,
    st.integers(min_value=0, max_value=20 * 86400),
    st.integers(min_value=0, max_value=20 * 86400),
    targets,
)
def test_pausing_and_resuming_never_loses_or_adds_business_time(
    calendar: Calendar, start: datetime, before_pause: int, pause: int, target: int
) -> None:
    paused_at = start + timedelta(seconds=before_pause)
    resumed_at = paused_at + timedelta(seconds=pause)
    clock = Clock().start(start).pause(calendar, paused_at).resume(resumed_at)
    banked = business_seconds_between(calendar, start, paused_at)
    assert clock.spent == banked
    due = clock.due(calendar, target)
    assert due is not None
    if banked < target:
        assert banked + business_seconds_between(calendar, resumed_at, due) == target
    later = resumed_at + timedelta(days=3)
    assert clock.elapsed(calendar, later) == banked + business_seconds_between(
        calendar, resumed_at, later
    )


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CALENDARS), instants, instants, instants)
def test_business_time_adds_up_over_any_split(
    calendar: Calendar, first: datetime, second: datetime, third: datetime
) -> None:
    a, b, c = sorted((first, second, third))
    assert business_seconds_between(calendar, a, c) == business_seconds_between(
        calendar, a, b
    ) + business_seconds_between(calendar, b, c)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(CALENDARS), instants, st.lists(targets, min_size=1, max_size=3))
def test_several_targets_in_one_walk_match_one_at_a_time(
    calendar: Calendar, start: datetime, seconds: list[int]
) -> None:
    assert add_business_seconds_each(calendar, start, seconds) == [
        add_business_seconds(calendar, start, each) for each in seconds
    ]
