"""Date and date-time fields: one kind everywhere (reports, audit log, absences, snooze).

The field is text written the way the UI language writes dates — 2026/11/01 in Japanese,
2026-11-01 in English — with the browser's own calendar beside it (a phone's date wheel),
which fills the text. Neither half alone was enough: the browser's date input shows the
*browser's* locale, not the page's (Chromium ignores `lang`; a Japanese UI in an English
browser read mm/dd/yyyy, s8 walk), and a bare text field (session 9's reports) lost the
calendar a phone needs. Typed text is read in every form people use, year first only
(11/01/2026 reads as November to one person and January to another).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# 2026-11-01, 2026/11/01, 2026.11.01, 2026年11月1日 (after NFKC: full-width digits are ASCII).
DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
# …and a time after it: 2026/11/01 9:30, 2026-11-01T09:30 (the browser's own form).
DAY_TIME = re.compile(DAY.pattern + r"(?:\s*[T\s]\s*(\d{1,2})\s*[:：時]\s*(\d{2})\s*分?)?")

# How each UI language writes a day, and the example shown in an empty field.
SEPARATORS = {"ja": "/", "en": "-"}


def _separator() -> str:
    language = (get_language() or "ja").split("-")[0]
    return SEPARATORS.get(language, SEPARATORS["en"])


def written_day(day: date) -> str:
    separator = _separator()
    return f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d}"


def written_time(moment: datetime) -> str:
    return f"{written_day(moment.date())} {moment:%H:%M}"


def example(kind: str) -> str:
    """The placeholder: YYYY/MM/DD (ja) or YYYY-MM-DD (en), with hh:mm for a time. Not an
    example date: 「2026/11/01 09:30」 in an empty snooze field read as a value, and a past
    one (walk 11 F-2)."""
    separator = _separator()
    day = separator.join(("YYYY", "MM", "DD"))
    return f"{day} hh:mm" if kind == "datetime" else day


def read_day(typed: str) -> date | None:
    """The day in text as people type it, or None; ValueError for 2026/13/01."""
    match = DAY.fullmatch(unicodedata.normalize("NFKC", typed).strip())
    return date(*(int(part) for part in match.groups())) if match else None


def read_day_time(typed: str) -> datetime | None:
    """A day and an optional time (midnight without one), naive; ValueError if impossible."""
    match = DAY_TIME.fullmatch(unicodedata.normalize("NFKC", typed).strip())
    if match is None:
        return None
    year, month, day, hour, minute = match.groups()
    moment = time(int(hour), int(minute)) if hour is not None else time(0, 0)
    return datetime.combine(date(int(year), int(month), int(day)), moment)


class DayInput(forms.TextInput):
    """The text in the UI's way, with the browser's calendar beside it (date_picker.html)."""

    template_name = "madoguchi/widgets/date_field.html"
    kind = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {"inputmode": "numeric", "autocomplete": "off", "size": 10}
        super().__init__(attrs={**defaults, **(attrs or {})})

    def _written(self, value: Any) -> str:
        return written_day(value.date() if isinstance(value, datetime) else value)

    def _read(self, typed: str) -> Any:
        return read_day(typed)

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, str):  # as typed or linked: shown back in the UI's way if a day
            try:
                value = self._read(value) or value
            except ValueError:
                pass  # 2026/13/01 stays as typed, beside its error
        if isinstance(value, date):
            return self._written(value)
        return super().format_value(value)

    def get_context(self, name: str, value: Any, attrs: Any) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        shown = context["widget"]["attrs"]
        # min/max bound the calendar (the text is checked by the form); data-for is the
        # queue's bulk bar showing the fields of the chosen change.
        context["widget"]["picker_min"] = shown.pop("min", "")
        context["widget"]["picker_max"] = shown.pop("max", "")
        context["widget"]["data_for"] = shown.pop("data-for", "")
        shown.update(
            {
                "placeholder": example(self.kind),
                "data-date-text": self.kind,
                "data-date-separator": _separator(),
            }
        )
        context["widget"]["kind"] = self.kind
        return context


class DayTimeInput(DayInput):
    kind = "datetime"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__({"size": 16, **(attrs or {})})

    def _written(self, value: Any) -> str:
        if isinstance(value, datetime):
            return written_time(timezone.localtime(value) if timezone.is_aware(value) else value)
        return written_day(value)

    def _read(self, typed: str) -> Any:
        return read_day_time(typed)


class DayField(forms.DateField):
    """A day as people type it in Japan as well as ISO (s6 walk: 2026/11/01 gave an empty
    HTTP 400); typed, picked or linked values all go through here."""

    widget = DayInput
    default_error_messages = {
        "invalid": _("Enter a date such as 2026-11-01, 2026/11/01 or 2026年11月1日."),
    }

    def to_python(self, value: Any) -> date | None:
        if not isinstance(value, str):
            return super().to_python(value)
        if not value.strip():
            return None
        try:
            day = read_day(value)
        except ValueError:  # 2026/13/01
            day = None
        if day is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        # Year 1 in Tokyo is before datetime's year 1 in UTC, and the day after 9999-12-31
        # does not exist: the reports and the audit log answered 500 (session 8 audit).
        if not date(1900, 1, 1) <= day <= date(9998, 12, 31):
            raise forms.ValidationError(_("Enter a date between 1900 and 9998."), code="range")
        return day


class DayTimeField(forms.DateTimeField):
    """A day and a time in the agent's zone: 2026/11/01 09:30, 2026-11-01 09:30, the
    browser's 2026-11-01T09:30; a day alone is its midnight."""

    widget = DayTimeInput
    default_error_messages = {
        "invalid": _("Enter a date and time such as 2026/11/01 09:30 or 2026-11-01 09:30."),
    }

    def to_python(self, value: Any) -> datetime | None:
        if not isinstance(value, str):
            return super().to_python(value)
        if not value.strip():
            return None
        try:
            moment = read_day_time(value)
        except ValueError:  # 2026/13/01, 25:00
            moment = None
        if moment is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        # Year 1 or 9999 in a zone ahead of or behind UTC overflows datetime; far past or far
        # future is kept as such, so the form's own check names the problem ("at most 90
        # days ahead"), not the calendar's limits.
        moment = min(max(moment, datetime(1900, 1, 1)), datetime(9998, 12, 31))
        return timezone.make_aware(moment)


def in_sentence(moment: datetime) -> str:
    """A date and time in the UI language's own format (2026年12月15日21:02, 2026-12-15 21:02:
    madoguchi/formats) for the end of a sentence. A format ending in a full stop (Django's
    English "9:02 p.m.") loses it, so the sentence's own is not doubled (walk 11 F-3/F-14)."""
    written = date_format(timezone.localtime(moment), "DATETIME_FORMAT")
    return written[:-1] if written.endswith(".") else written
