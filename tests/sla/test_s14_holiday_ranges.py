"""The company-holidays box reads a range as offices write it (walk 12, F-15:
「2026-12-29〜2027-01-03 年末年始」 was refused; only `..` was understood)."""

from __future__ import annotations

from datetime import date

import pytest

from madoguchi.sla.calendar import CalendarError, parse_special_days


@pytest.mark.parametrize(
    "line",
    [
        "2026-12-29〜2027-01-03 年末年始",
        "2026-12-29～2027-01-03 年末年始",
        "2026-12-29~2027-01-03 年末年始",
        "2026-12-29-2027-01-03 年末年始",
        "2026-12-29 - 2027-01-03 年末年始",
        "2026-12-29–2027-01-03 年末年始",
        "2026-12-29から2027-01-03 年末年始",
        "2026/12/29〜2027/1/3 年末年始",
        "２０２６－１２－２９〜２０２７－０１－０３　年末年始",
        "2026-12-29..2027-01-03 年末年始",
    ],
)
def test_a_dated_range_reads_the_same_however_it_is_written(line: str) -> None:
    days = parse_special_days(line)
    assert [day.day for day in days][0] == date(2026, 12, 29)
    assert [day.day for day in days][-1] == date(2027, 1, 3)
    assert len(days) == 6 and all(day.name == "年末年始" for day in days)
    assert not any(day.every_year for day in days)


@pytest.mark.parametrize(
    "line", ["12-29〜01-03 年末年始", "12/29〜1/3 年末年始", "12-29-01-03 年末年始"]
)
def test_an_every_year_range_too(line: str) -> None:
    days = parse_special_days(line)
    assert len(days) == 6 and all(day.every_year for day in days)


def test_hours_after_a_day_keep_their_own_dash() -> None:
    (day,) = parse_special_days("2026-11-07 10:00〜15:00 半日営業")
    assert day.day == date(2026, 11, 7) and day.periods and day.name == "半日営業"


def test_a_wrong_date_is_still_named() -> None:
    with pytest.raises(CalendarError, match="not a date"):
        parse_special_days("2026-13-01〜2026-13-03 年末年始")
