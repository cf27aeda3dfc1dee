"""Business-hours arithmetic: "add N business minutes", "business minutes between".

Pure: no Django, no database. A `Calendar` is a value (time zone, weekly opening
periods with lunch breaks, closed dates, one-off days with their own hours); the caller
builds it from whatever it stores. Times in and out are aware datetimes; the arithmetic
walks the opening periods of each local day, so a DST change (Europe/Berlin) moves the
hours with the wall clock, as people expect: 09:00 stays 09:00.

Everything is counted in whole seconds, so that splitting an interval anywhere (a pause
and a resume) never loses or adds time through rounding.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Far enough for any target a team sets (a year of holidays in a row is not a calendar).
MAX_DAYS = 3 * 366

Period = tuple[time, time]  # opening period of a day, local wall clock, start < end


class CalendarError(ValueError):
    """A calendar that cannot be used; the message names the problem (English). `code`
    and `params` let a caller say it in the reader's language (walk 10, F13: the form
    showed these English sentences inside Japanese ones)."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def parse_periods(text: str) -> tuple[Period, ...]:
    """ "09:00-12:00, 13:00-18:00" → periods; "" → closed. Raises CalendarError."""
    periods: list[Period] = []
    for chunk in text.replace("、", ",").replace("，", ",").split(","):
        chunk = chunk.strip().replace("〜", "-").replace("～", "-").replace("–", "-")
        chunk = chunk.replace("－", "-").replace("ー", "-")
        if not chunk:
            continue
        start_text, dash, end_text = chunk.partition("-")
        if not dash:
            raise CalendarError(
                f"{chunk!r} is not a period like 09:00-12:00", "not_period", text=chunk
            )
        start, end = _parse_time(start_text), _parse_time(end_text)
        if end <= start and end != time(0):
            raise CalendarError(f"{chunk!r} ends before it starts", "ends_early", text=chunk)
        periods.append((start, end))
    periods.sort()
    for (_, first_end), (second_start, _) in zip(periods, periods[1:], strict=False):
        if first_end == time(0) or second_start < first_end:
            raise CalendarError(f"periods overlap in {text!r}", "overlap", text=text)
    return tuple(periods)


def _parse_time(text: str) -> time:
    # 「１０：００」 and 「10時」「10時30分」 as people type them in a Japanese form.
    text = unicodedata.normalize("NFKC", text).strip()
    if text.endswith("時"):
        text = text[:-1]
    text = text.replace("時", ":").removesuffix("分")
    if text in ("24:00", "24"):
        return time(0)  # midnight at the end of the day
    hour, _, minute = text.partition(":")
    try:
        return time(int(hour), int(minute or 0))
    except ValueError:
        raise CalendarError(f"{text!r} is not a time like 09:00", "not_time", text=text) from None


def format_periods(periods: Iterable[Period]) -> str:
    return ", ".join(
        f"{start:%H:%M}-{'24:00' if end == time(0) else f'{end:%H:%M}'}" for start, end in periods
    )


@dataclass(frozen=True)
class Calendar:
    time_zone: str
    # Monday = 0 … Sunday = 6; a missing day is closed.
    weekly: Mapping[int, tuple[Period, ...]]
    closed: frozenset[date] = frozenset()  # national and company holidays
    # One-off days with their own hours (an open Saturday, a half day); () = closed.
    overrides: Mapping[date, tuple[Period, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(f"unknown time zone {self.time_zone!r}") from None
        if not any(self.weekly.get(day) for day in range(7)) and not any(self.overrides.values()):
            raise CalendarError("the calendar has no business hours at all")

    # Opening spans per local day, as UTC epoch seconds: the ingest computes two
    # deadlines a mail, and rebuilding aware datetimes for every day walked cost 170 µs
    # for a 24-business-hour target (now about 15 µs).
    _spans_by_day: dict[date, tuple[tuple[int, int], ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False, hash=False
    )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def periods_on(self, day: date) -> tuple[Period, ...]:
        if day in self.overrides:
            return self.overrides[day]
        if day in self.closed:
            return ()
        return self.weekly.get(day.weekday(), ())

    def _spans_on(self, day: date) -> tuple[tuple[int, int], ...]:
        spans = self._spans_by_day.get(day)
        if spans is None:
            zone = self.zone
            built = []
            for period_start, period_end in self.periods_on(day):
                opens = _local(day, period_start, zone)
                end_day = day + timedelta(days=1) if period_end == time(0) else day
                closes = _local(end_day, period_end, zone)
                if closes > opens:  # a period inside a DST gap has no length
                    built.append((int(opens.timestamp()), int(closes.timestamp())))
            spans = self._spans_by_day[day] = tuple(built)
        return spans

    def spans(self, start: int) -> Iterator[tuple[int, int]]:
        """Opening spans (epoch seconds) from the local day of `start` on, in order, for
        at most MAX_DAYS days."""
        day = datetime.fromtimestamp(start, self.zone).date()
        for _ in range(MAX_DAYS):
            yield from self._spans_on(day)
            day += timedelta(days=1)

    def intervals(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The same spans as aware datetimes in the calendar's zone."""
        zone = self.zone
        for opens, closes in self.spans(_seconds(start)):
            yield datetime.fromtimestamp(opens, zone), datetime.fromtimestamp(closes, zone)

    def is_open(self, at: datetime) -> bool:
        moment = _seconds(at)
        for opens, closes in self.spans(moment - 86400):
            if opens > moment:
                return False
            if opens <= moment < closes:
                return True
        return False


def _seconds(at: datetime) -> int:
    # Whole seconds: splitting an interval anywhere never rounds time away.
    return int(at.replace(microsecond=0).timestamp())


def _local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    # Through UTC and back so that a wall-clock time in a DST gap resolves to a real
    # instant (zoneinfo keeps impossible local times as given otherwise).
    naive = datetime.combine(day, clock)
    return naive.replace(tzinfo=zone).astimezone(ZoneInfo("UTC")).astimezone(zone)


def add_business_seconds(calendar: Calendar, start: datetime, seconds: int) -> datetime:
    """The instant when `seconds` of business time have passed after `start`.

    Zero seconds from outside business hours is the next opening: a deadline is always
    inside business hours (or at the very end of a period)."""
    return add_business_seconds_each(calendar, start, [seconds])[0]


def add_business_seconds_each(
    calendar: Calendar, start: datetime, targets: list[int]
) -> list[datetime]:
    """add_business_seconds for several targets (a warning and its deadline) in one walk."""
    if start.tzinfo is None:
        raise CalendarError("start must be an aware datetime")
    if any(seconds < 0 for seconds in targets):
        raise CalendarError("a business-time target cannot be negative")
    moment = _seconds(start)
    order = sorted(range(len(targets)), key=targets.__getitem__)
    found: list[datetime | None] = [None] * len(targets)
    spent = 0  # business seconds walked so far
    position = 0
    for opens, closes in calendar.spans(moment):
        if closes <= moment:
            continue
        begin = max(opens, moment)
        length = closes - begin
        while position < len(order) and targets[order[position]] - spent <= length:
            index = order[position]
            found[index] = datetime.fromtimestamp(begin + targets[index] - spent, calendar.zone)
            position += 1
        if position == len(order):
            return [at for at in found if at is not None]
        spent += length
    raise CalendarError("the calendar has no business hours in the next three years")


def business_seconds_between(calendar: Calendar, start: datetime, end: datetime) -> int:
    """Business seconds in [start, end); 0 when end is not after start."""
    if start.tzinfo is None or end.tzinfo is None:
        raise CalendarError("start and end must be aware datetimes")
    first, last = _seconds(start), _seconds(end)
    if last <= first:
        return 0
    total = 0
    for opens, closes in calendar.spans(first):
        if opens >= last:
            break
        if closes <= first:
            continue
        total += min(closes, last) - max(opens, first)
    return total


def add_business_minutes(calendar: Calendar, start: datetime, minutes: int) -> datetime:
    return add_business_seconds(calendar, start, minutes * 60)


def business_minutes_between(calendar: Calendar, start: datetime, end: datetime) -> float:
    return business_seconds_between(calendar, start, end) / 60


@dataclass(frozen=True)
class SpecialDay:
    """A company holiday or a one-off day, as a lead writes it on one line."""

    day: date  # for every_year, the year is a placeholder (2000, a leap year)
    every_year: bool
    periods: tuple[Period, ...]  # () = closed
    name: str


# A day: 2026-12-29, 2026/12/29, 12-29, 12/29; a range between two of them written as
# offices write it: 〜 ～ ~ - – — から or ..
# (walk 12, F-15: 「2026-12-29〜2027-01-03」 was refused).
_DAY = r"\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/]\d{1,2}"
_RANGE = re.compile(rf"^(?P<start>{_DAY})(?:\s*(?:\.\.|[〜~\-–—]|から)\s*(?P<end>{_DAY}))?(?=\s|$)")


def _plain_range(line: str) -> tuple[str, str]:
    """The line with its leading day or range written `start..end` (full-width digits and
    spaces folded), for parse_special_days, and that day or range as written (for an error);
    a line of another shape comes back as it was."""
    folded = unicodedata.normalize("NFKC", line).strip()
    found = _RANGE.match(folded)
    if found is None:
        return line, line.partition(" ")[0]
    start = found["start"].replace("/", "-")
    end = found["end"].replace("/", "-") if found["end"] else ""
    return (f"{start}..{end}" if end else start) + folded[found.end() :], found[0]


def parse_special_days(text: str) -> list[SpecialDay]:
    """One day or range a line: `12-29..01-03 年末年始` (every year), `2026-08-13 お盆`,
    `2026-11-07 10:00-15:00 半日営業` (open with its own hours); a range may be written
    with 〜, ~, -, – or から too, and full-width digits. Raises CalendarError naming the line."""
    days: list[SpecialDay] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line, written = _plain_range(line.strip())
        if not line or line.startswith("#"):
            continue
        first, _, rest = line.partition(" ")
        rest = rest.strip()
        periods: tuple[Period, ...] = ()
        hours, _, name = rest.partition(" ")
        if hours[:1].isdigit() and ":" in hours:
            try:
                periods = parse_periods(hours)
            except CalendarError as error:
                raise CalendarError(
                    f"line {number}: {error}", error.code, line=number, **error.params
                ) from None
            rest = name.strip()
        start_text, dots, end_text = first.partition("..")
        try:
            start, every_year = _parse_day(start_text)
            end, end_every_year = _parse_day(end_text) if dots else (start, every_year)
        except ValueError:
            raise CalendarError(
                f"line {number}: {written!r} is not a date like 2026-08-13 or 12-29..01-03",
                "not_date",
                line=number,
                text=written,
            ) from None
        if every_year != end_every_year:
            raise CalendarError(
                f"line {number}: write both ends with a year, or neither", "years", line=number
            )
        if end < start and every_year:
            end = end.replace(year=end.year + 1)  # 12-29..01-03 runs over the new year
        if end < start or (end - start).days > 62:
            raise CalendarError(
                f"line {number}: {written!r} is not a range of up to 62 days",
                "long_range",
                line=number,
                text=written,
            )
        current = start
        while current <= end:
            placeholder = current.replace(year=2000 + (current.year - start.year))
            days.append(
                SpecialDay(placeholder if every_year else current, every_year, periods, rest)
            )
            current += timedelta(days=1)
    return days


def _parse_day(text: str) -> tuple[date, bool]:
    parts = text.split("-")
    if len(parts) == 2:
        return date(2000, int(parts[0]), int(parts[1])), True
    if len(parts) == 3 and len(parts[0]) == 4:
        return date(int(parts[0]), int(parts[1]), int(parts[2])), False
    raise ValueError(text)


def format_special_days(days: Iterable[SpecialDay]) -> str:
    """The text parse_special_days reads; consecutive days of one name become a range."""
    runs: list[list[SpecialDay]] = []
    for day in sorted(days, key=lambda d: (d.every_year, d.day)):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (last.every_year, last.periods, last.name)
            == (day.every_year, day.periods, day.name)
            and day.day - last.day == timedelta(days=1)
        ):
            runs[-1].append(day)
        else:
            runs.append([day])
    lines = []
    for run in runs:
        first, last = run[0], run[-1]
        shape = "%m-%d" if first.every_year else "%Y-%m-%d"
        when = first.day.strftime(shape)
        if last is not first:
            when += ".." + last.day.strftime(shape)
        hours = f" {format_periods(first.periods).replace(' ', '')}" if first.periods else ""
        lines.append(f"{when}{hours} {first.name}".rstrip())
    return "\n".join(lines)


def add_business_days(calendar: Calendar, start: datetime, days: int) -> datetime:
    """The same wall-clock time `days` business days (days with opening hours) after
    `start`, or the next opening after it when the office is closed then."""
    if start.tzinfo is None:
        raise CalendarError("start must be an aware datetime")
    zone = calendar.zone
    local = start.astimezone(zone)
    day = local.date()
    counted = 0
    for _ in range(MAX_DAYS):
        if counted == days:
            break
        day += timedelta(days=1)
        if calendar._spans_on(day):
            counted += 1
    else:
        raise CalendarError("the calendar has no business hours in the next three years")
    moment = _local(day, local.time().replace(tzinfo=None), zone)
    return add_business_seconds(calendar, moment, 0)
