"""SLA targets as people write them (sla/duration.py, pure)."""

from __future__ import annotations

import pytest

from madoguchi.sla.duration import DurationError, parse_minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("40時間", 2400),
        ("１時間３０分", 90),  # full-width, as a Japanese IME types it
        ("90", 90),  # a bare number stays minutes, as the form took before
        ("90分", 90),
        ("1.5時間", 90),
        ("1.5h", 90),
        ("1:30", 90),
        ("40 hours", 2400),
        ("1 hour 30 minutes", 90),
        ("2 h 15 min", 135),
    ],
)
def test_it_reads_hours_and_minutes_as_people_write_them(text: str, minutes: int) -> None:
    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["2日", "2 days", "3営業日"])
def test_it_refuses_days_because_a_business_day_has_no_fixed_length(text: str) -> None:
    with pytest.raises(DurationError) as error:
        parse_minutes(text)
    assert error.value.reason == "days"


@pytest.mark.parametrize("text", ["abc", "30分1時間", "1時間2時間", "0.3分", "-5"])
def test_it_names_text_that_is_not_a_duration(text: str) -> None:
    with pytest.raises(DurationError) as error:
        parse_minutes(text)
    assert error.value.reason == "unreadable"
