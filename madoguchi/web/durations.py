"""SLA targets read and written as people say them (「40時間」, "1 hour 30 minutes"), in the
reader's language; the parsing itself is in sla/duration.py (pure)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from madoguchi.sla.duration import DurationError, parse_minutes, split_minutes


def duration_text(minutes: int | None) -> str:
    """2400 → 「40時間」 / "40 hours"; 90 → 「1時間30分」 / "1 hour 30 minutes"."""
    if minutes is None:
        return ""
    parts = split_minutes(minutes)
    hours = ngettext("%(n)d hour", "%(n)d hours", parts.hours) % {"n": parts.hours}
    rest = ngettext("%(n)d minute", "%(n)d minutes", parts.minutes) % {"n": parts.minutes}
    if parts.hours and parts.minutes:
        return _("%(hours)s %(minutes)s") % {"hours": hours, "minutes": rest}
    return hours if parts.hours else rest


class BusinessMinutesField(forms.CharField):
    """A target in business minutes, typed as 40時間, 1時間30分, 90分, 1.5h or a bare number of
    minutes (as before); shown back as the reader says it."""

    default_error_messages = {
        "days": gettext_lazy(
            "Write the target in hours, not days: it counts business hours only (the clock "
            "stops when the calendar is closed), so a day has no fixed length. E.g. 16 hours "
            "for two business days of 8 hours."
        ),
        "unreadable": gettext_lazy(
            "Write a duration such as 40 hours, 1 hour 30 minutes or 90 minutes."
        ),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.pop("max_value", None)
        kwargs.pop("min_value", None)
        kwargs.pop("step_size", None)
        # No max_length: its validator would run on the cleaned number; the parser bounds it.
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("maxlength", "60")

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int):
            return duration_text(value)
        return value

    def to_python(self, value: Any) -> int | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        if len(text) > 60:
            raise forms.ValidationError(self.error_messages["unreadable"], code="unreadable")
        try:
            return parse_minutes(text)
        except DurationError as error:
            raise forms.ValidationError(
                self.error_messages.get(error.reason, self.error_messages["unreadable"]),
                code=error.reason,
            ) from None
