"""Dated promises in our own replies (walk 13, F21): 「明日12月3日の正午までにお送りいたします」,
「本日中にご連絡いたします」, 「3営業日以内に」, "by Friday 5 pm", "within 2 business days".

Pure: no Django. A promise is a sentence where we commit to doing something (いたします,
"we'll") and name when; its deadline is resolved in the mailbox's calendar (time zone and
business hours). A sentence whose date cannot be resolved is no promise: nothing is guessed.
A day without a time is due at that day's closing time (or at midnight when the office is
already closed then: 「本日中に」 written at 22:15 still means today).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from madoguchi.mail.quote import split_quoted
from madoguchi.sla.calendar import (
    Calendar,
    CalendarError,
    add_business_days,
    business_seconds_between,
)

WARN_BUSINESS_SECONDS = 2 * 3600  # 期限間近 this long (in business hours) before the deadline
QUOTE_CHARS = 120

# Full-width digits, letters and signs to ASCII, one character for one: spans stay valid.
_NARROW = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# We commit (ja): a verb of telling or sending, in the polite affirmative.
_JA_VERB = re.compile(
    r"(連絡|報告|回答|返信|返事|お送り|送付|送り|お知らせ|案内|お届け|共有|提示|提出|修正|"
    r"反映|対応|お伝え|発送|お戻し|返金|再送|電話|ご説明|説明)"
)
_JA_COMMIT = re.compile(r"(いたし|致し|し|差し上げ|申し上げ)ます(?!ん)|予定です|見込みです")
_JA_NOT = re.compile(r"お願い|ください|下さい|いただけ|頂け|ません|かねます|できない")
# We commit (en): we/I will …, you will hear/receive …
_EN_COMMIT = re.compile(
    r"\b(we|i)\s*('ll|’ll|\s+will|\s+shall|\s+are going to|\s+am going to|\s+aim to|"
    r"\s+plan to|\s+expect to)\b|\byou\s*('ll|’ll|\s+will)\s+(hear|receive|have|get)\b",
    re.IGNORECASE,
)
_EN_NOT = re.compile(r"\bnot\b|n't|n’t|\bunable\b|\bcannot\b|\bplease\b|\?", re.IGNORECASE)

_JA_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_EN_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "an": 1}

_JA_DATE = re.compile(
    r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日|(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])"
)
_JA_RELATIVE = re.compile(r"(本日|今日|明日|あす|明後日|あさって|翌営業日)")
_JA_WEEKDAY = re.compile(r"(来週)?の?([月火水木金土日])曜")
_JA_WITHIN = re.compile(r"(\d+)\s*(営業日|日|時間)以内")
_JA_CLOCK = re.compile(r"(午前|午後)?\s*(\d{1,2})\s*(?:時\s*(半|(\d{1,2})\s*分)?|:(\d{2}))")
_JA_NOON = re.compile(r"正午|午前中|お昼")
_JA_DEADLINE = re.compile(r"まで|中に|中の|以内|内に|中旬")  # 中旬: refused below

_EN_DATE = re.compile(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_EN_MONTHS) + r")[a-z]*"
    r"|(" + "|".join(_EN_MONTHS) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)
_EN_RELATIVE = re.compile(
    r"\b(today|tonight|tomorrow|end of (?:the )?(?:business )?day|eod|cob|close of business)\b",
    re.IGNORECASE,
)
_EN_WEEKDAY = re.compile(
    r"\b(next\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|"
    r"thu|thurs?|fri)\b",
    re.IGNORECASE,
)
_EN_WITHIN = re.compile(
    r"\bwithin\s+(?:the\s+next\s+)?(\d+|one|two|three|four|five|a|an)\s+"
    r"(business\s+days?|working\s+days?|days?|hours?)\b",
    re.IGNORECASE,
)
_EN_CLOCK = re.compile(
    r"\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b",
    re.IGNORECASE,
)
_EN_NOON = re.compile(r"\b(noon|midday|morning)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Promise:
    due: datetime  # aware, in the calendar's zone
    quote: str  # our own words, as written


def narrow(text: str) -> str:
    return text.translate(_NARROW)


def own_sentences(text: str) -> list[str]:
    """The sentences of the reply itself: the quoted original and the signature below it
    are not ours (mail/quote.split_quoted, as the rest of the app reads them)."""
    lines = [line.strip() for line in split_quoted(text or "").body.splitlines()]
    joined = "\n".join(lines)
    # A Japanese sentence wrapped over two lines is one sentence.
    joined = re.sub(r"(?<=[^\x00-\x7f])\n(?=[^\x00-\x7f])", "", joined)
    found = [s.strip() for s in re.split(r"(?<=[。！？!?])|\n|(?<=\.)\s+", joined)]
    return [s for s in found if s]


def find_promise(text: str, sent_at: datetime, calendar: Calendar) -> Promise | None:
    """The earliest dated promise in a reply sent at `sent_at`, or None."""
    found: list[Promise] = []
    for sentence in own_sentences(text):
        plain = narrow(sentence)
        due = _japanese(plain, sent_at, calendar) if _ja_committed(plain) else None
        if due is None and _en_committed(plain):
            due = _english(plain, sent_at, calendar)
        if due is not None and due > sent_at:
            quote = sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 1]
            found.append(Promise(due, quote + ("…" if len(sentence) > QUOTE_CHARS else "")))
    return min(found, key=lambda promise: promise.due) if found else None


def warn_at(calendar: Calendar, due: datetime, since: datetime) -> datetime:
    """WARN_BUSINESS_SECONDS of business time before `due`, not before `since`."""
    low, high = max(since, due - timedelta(days=14)), due
    if business_seconds_between(calendar, low, due) <= WARN_BUSINESS_SECONDS:
        return low
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        if business_seconds_between(calendar, middle, due) > WARN_BUSINESS_SECONDS:
            low = middle
        else:
            high = middle
    return high.replace(second=0, microsecond=0)


# Another party's processing forecast (「カード会社の処理により12月11日までに反映される見込み
# です」) is no promise of ours (walk 24 H7: the refund done today, the statement by the 11th,
# read as 「12/4 18:00 までに回答」 and the answered conversation put back at the top of 要対応).
_THIRD_PARTY_JA = re.compile(
    r"(カード会社|クレジットカード会社|銀行|金融機関|決済代行|配送業者|運送会社|宅配業者|郵便局|メーカー|航空会社|役所|行政)"
    r"[^。]{0,12}(により|による|の処理|の都合|次第|側で)"
)


def _ja_committed(plain: str) -> bool:
    if "見込み" in plain and _THIRD_PARTY_JA.search(plain):
        return False
    return bool(_JA_VERB.search(plain) and _JA_COMMIT.search(plain) and not _JA_NOT.search(plain))


def _en_committed(plain: str) -> bool:
    return bool(_EN_COMMIT.search(plain)) and not _EN_NOT.search(plain)


def _japanese(plain: str, sent_at: datetime, calendar: Calendar) -> datetime | None:
    if "中旬" in plain or "上旬" in plain or "下旬" in plain or "頃" in plain:
        return None  # a part of a month is not a date
    local = sent_at.astimezone(calendar.zone)
    within = _JA_WITHIN.search(plain)
    if within:
        return _within(int(within.group(1)), within.group(2), sent_at, calendar)
    day: date | None = None
    explicit = _JA_DATE.search(plain)
    if explicit:
        month = int(explicit.group(2) or explicit.group(4))
        number = int(explicit.group(3) or explicit.group(5))
        year = int(explicit.group(1)) if explicit.group(1) else None
        day = _dated(local.date(), year, month, number)
        if day is None:
            return None
    relative = _JA_RELATIVE.search(plain)
    if day is None and relative:
        word = relative.group(1)
        if word == "翌営業日":
            return _close(calendar, add_business_days(calendar, sent_at, 1).date(), sent_at)
        offset = {"本日": 0, "今日": 0, "明日": 1, "あす": 1, "明後日": 2, "あさって": 2}[word]
        day = local.date() + timedelta(days=offset)
    weekday = _JA_WEEKDAY.search(plain)
    if day is None and weekday:
        day = _next_weekday(local.date(), _JA_WEEKDAYS.index(weekday.group(2)), weekday.group(1))
    if day is None:
        if not _JA_DEADLINE.search(plain):
            return None
        day = local.date()  # 「15時までに」: today
        if not _JA_CLOCK.search(plain):
            return None
    return _at(day, _ja_clock(plain), calendar, sent_at)


def _ja_clock(plain: str) -> time | None:
    if _JA_NOON.search(plain):
        return time(12, 0)
    clock = _JA_CLOCK.search(plain)
    if clock is None:
        return None
    hour = int(clock.group(2))
    minute = 30 if clock.group(3) == "半" else int(clock.group(4) or clock.group(5) or 0)
    if clock.group(1) == "午後" and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return None
    return time(0, 0) if hour == 24 else time(hour, minute)


def _english(plain: str, sent_at: datetime, calendar: Calendar) -> datetime | None:
    local = sent_at.astimezone(calendar.zone)
    within = _EN_WITHIN.search(plain)
    if within:
        count = within.group(1).lower()
        number = _EN_NUMBERS.get(count) or int(count)
        unit = within.group(2).lower()
        kind = "営業日" if unit.startswith(("business", "working")) else unit[:3]
        return _within(number, {"day": "日", "hou": "時間"}.get(kind, kind), sent_at, calendar)
    day: date | None = None
    explicit = _EN_DATE.search(plain)
    if explicit:
        month_name = (explicit.group(2) or explicit.group(3)).lower()[:3]
        number = int(explicit.group(1) or explicit.group(4))
        day = _dated(local.date(), None, _EN_MONTHS.index(month_name) + 1, number)
        if day is None:
            return None
    relative = _EN_RELATIVE.search(plain)
    if day is None and relative:
        word = relative.group(1).lower()
        day = local.date() + timedelta(days=1 if word == "tomorrow" else 0)
    weekday = _EN_WEEKDAY.search(plain)
    if day is None and weekday:
        index = _EN_WEEKDAYS.index(weekday.group(2).lower()[:3])
        day = _next_weekday(local.date(), index, weekday.group(1))
    if day is None:
        return None
    return _at(day, _en_clock(plain), calendar, sent_at)


def _en_clock(plain: str) -> time | None:
    clock = _EN_CLOCK.search(plain)
    if clock is None:
        return time(12, 0) if _EN_NOON.search(plain) else None
    if clock.group(1):
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        evening = clock.group(3).lower().startswith("p")
        if hour > 12 or hour == 0:
            return None
        hour = (hour % 12) + (12 if evening else 0)
    else:
        hour, minute = int(clock.group(4)), int(clock.group(5))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _within(number: int, unit: str, sent_at: datetime, calendar: Calendar) -> datetime | None:
    if number <= 0 or number > 365:
        return None
    if unit == "時間":
        return sent_at + timedelta(hours=number)
    if unit == "営業日":
        try:
            end = add_business_days(calendar, sent_at, number)
        except CalendarError:
            return None
        return _close(calendar, end.astimezone(calendar.zone).date(), sent_at)
    local = sent_at.astimezone(calendar.zone)
    return _close(calendar, local.date() + timedelta(days=number), sent_at)


def _dated(today: date, year: int | None, month: int, number: int) -> date | None:
    try:
        day = date(year or today.year, month, number)
    except ValueError:
        return None
    if year is None and day < today - timedelta(days=60):
        day = day.replace(year=day.year + 1)  # 「1月5日」 written in December
    return day


def _next_weekday(today: date, weekday: int, next_week: str | None) -> date:
    ahead = (weekday - today.weekday()) % 7
    if next_week:
        ahead += 7 if ahead and today.weekday() < weekday else (7 if not ahead else 0)
    return today + timedelta(days=ahead)


def _at(day: date, clock: time | None, calendar: Calendar, sent_at: datetime) -> datetime:
    if clock is None:
        return _close(calendar, day, sent_at)
    return datetime.combine(day, clock, tzinfo=calendar.zone)


def _close(calendar: Calendar, day: date, sent_at: datetime) -> datetime:
    """The day's closing time; midnight when the office is closed then or has closed."""
    periods = calendar.periods_on(day)
    if periods:
        closes = periods[-1][1]
        if closes != time(0):
            moment = datetime.combine(day, closes, tzinfo=calendar.zone)
            if moment > sent_at:
                return moment
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=calendar.zone)
