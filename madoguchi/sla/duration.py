"""SLA targets as people write them: 「40時間」, 「1時間30分」, "90 min", "1.5h", "1:30".

Pure: no Django. The targets are stored in business minutes (the clock runs only while the
calendar is open), so a day is not a fixed length there: "2日" is refused with that reason
rather than read as 48 hours, which would be about a working week of calendar time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_MINUTES = 2_147_483_647  # a PositiveIntegerField's ceiling on every database

_UNITS = {
    "minutes": 1,
    "minute": 1,
    "mins": 1,
    "min": 1,
    "m": 1,
    "分": 1,
    "hours": 60,
    "hour": 60,
    "hrs": 60,
    "hr": 60,
    "h": 60,
    "時間": 60,
}
_DAY_UNITS = ("days", "day", "d", "日", "営業日")
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+|時間|分|営業日|日)?\s*")
_CLOCK = re.compile(r"(\d+):([0-5]\d)")


class DurationError(ValueError):
    """Text that is not a duration; `reason` says which: "empty", "days", "unreadable"."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text!r}")
        self.reason = reason


@dataclass(frozen=True)
class Duration:
    hours: int
    minutes: int


def split_minutes(total: int) -> Duration:
    hours, minutes = divmod(int(total), 60)
    return Duration(hours, minutes)


def parse_minutes(text: str) -> int:
    """The number of minutes `text` names. A bare number is minutes, as the form took before."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip().lower().replace(",", "")
    cleaned = cleaned.replace("and", " ").replace("、", " ")
    if not cleaned:
        raise DurationError("empty", text)
    clock = _CLOCK.fullmatch(cleaned)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    total = 0.0
    position = 0
    units_seen: list[int] = []
    while position < len(cleaned):
        part = _PART.match(cleaned, position)
        if part is None or part.end() == position:
            raise DurationError("unreadable", text)
        number, unit = float(part.group(1)), part.group(2) or "分"
        if unit in _DAY_UNITS:
            raise DurationError("days", text)
        if unit not in _UNITS:
            raise DurationError("unreadable", text)
        if units_seen and _UNITS[unit] >= units_seen[-1]:
            raise DurationError("unreadable", text)  # "30分1時間", "1時間2時間"
        units_seen.append(_UNITS[unit])
        total += number * _UNITS[unit]
        position = part.end()
    minutes = round(total)
    if total != minutes or minutes > MAX_MINUTES:
        raise DurationError("unreadable", text)  # "0.3分", or past any sane target
    return minutes
