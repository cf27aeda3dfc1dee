"""Forms of the SLA settings pages: business calendars and policies."""

from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from django import forms
from django.utils.translation import gettext_lazy as _

from madoguchi.models import BusinessCalendar, Priority, SlaPolicy
from madoguchi.models.sla import WEEKDAYS
from madoguchi.sla.calendar import (
    Calendar,
    CalendarError,
    SpecialDay,
    format_periods,
    format_special_days,
    parse_periods,
    parse_special_days,
)
from madoguchi.sla.holidays import COUNTRIES
from madoguchi.web.durations import BusinessMinutesField

COUNTRY_NAMES = {
    "JP": _("Japan"),
    "DE": _("Germany"),
    "US": _("United States"),
    "GB": _("United Kingdom"),
    "FR": _("France"),
    "KR": _("South Korea"),
    "TW": _("Taiwan"),
    "CN": _("China"),
    "SG": _("Singapore"),
}


CALENDAR_PROBLEMS = {
    "not_period": _("“%(text)s” is not a period like 09:00-12:00."),
    "ends_early": _("“%(text)s” ends before it starts."),
    "overlap": _("The periods in “%(text)s” overlap."),
    "not_time": _("“%(text)s” is not a time like 09:00."),
    "not_date": _("“%(text)s” is not a date like 2026-08-13 or a range like 12-29..01-03."),
    "years": _("Write both ends with a year, or neither."),
    "long_range": _("“%(text)s” is not a range of up to 62 days."),
}


def calendar_problem(error: CalendarError) -> str:
    """The pure parser's problem in the reader's language (its message is English)."""
    template = CALENDAR_PROBLEMS.get(error.code)
    if template is None:
        return str(error)
    text = str(template) % {"text": error.params.get("text", "")}
    if "line" in error.params:
        return str(
            _("Line %(line)s: %(problem)s") % {"line": error.params["line"], "problem": text}
        )
    return text


class CalendarForm(forms.ModelForm):
    days_text = forms.CharField(
        label=_("Company holidays and special days"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "One a line: 12-29..01-03 年末年始 (every year), 2026-08-13..2026-08-15 お盆 "
            "(one year), 2026-11-07 10:00-15:00 半日営業 (open with its own hours)."
        ),
    )

    class Meta:
        model = BusinessCalendar
        fields = ["name", "time_zone", "holiday_country", "holiday_subdivision", "team", "mailbox"]
        labels = {
            "team": _("Team"),
            "mailbox": _("Mailbox"),
        }  # the models' fields say it in English

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["holiday_country"] = forms.ChoiceField(
            label=_("Public holidays of"),
            required=False,
            choices=[("", _("None"))] + [(c, COUNTRY_NAMES[c]) for c in COUNTRIES],
        )
        self.fields["holiday_subdivision"].help_text = _("e.g. BE for Berlin; empty: national")
        self.fields["team"].empty_label = _("(none)")  # type: ignore[attr-defined]
        self.fields["mailbox"].empty_label = _("(none)")  # type: ignore[attr-defined]
        hours = self.instance.weekly_hours or {}
        for day, name in enumerate(WEEKDAYS):
            self.fields[f"hours_{day}"] = forms.CharField(
                label=name,
                required=False,
                initial=hours.get(str(day), ""),
                help_text=_("e.g. 09:00-12:00, 13:00-18:00; empty: closed") if day == 0 else "",
            )
        if self.instance.pk:
            self.initial["days_text"] = format_special_days(
                SpecialDay(d.date, d.every_year, parse_periods(d.hours), d.name)
                for d in self.instance.days.all()
            )
        self.special_days: list[SpecialDay] = []

    def weekday_fields(self) -> list[forms.BoundField]:
        return [self[f"hours_{day}"] for day in range(7)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        weekly: dict[str, str] = {}
        parsed = {}
        for day in range(7):
            try:
                periods = parse_periods(data.get(f"hours_{day}") or "")
            except CalendarError as error:
                # The pure parser's words are English: say it in the reader's language,
                # keeping its detail.
                self.add_error(
                    f"hours_{day}",
                    _("Write the hours like 09:00-12:00, 13:00-18:00 (empty: closed). (%(detail)s)")
                    % {"detail": calendar_problem(error)},
                )
                continue
            weekly[str(day)] = format_periods(periods)
            parsed[day] = periods
        try:
            self.special_days = parse_special_days(data.get("days_text") or "")
        except CalendarError as error:
            self.add_error("days_text", calendar_problem(error))
        zone = data.get("time_zone") or ""
        if zone not in available_timezones():
            self.add_error("time_zone", _("Unknown time zone: %(zone)s") % {"zone": zone})
        elif len(parsed) == 7:
            try:
                Calendar(zone, parsed)
            except CalendarError:
                raise forms.ValidationError(_("Open the calendar on at least one day.")) from None
        self.instance.weekly_hours = weekly
        return data


class PolicyForm(forms.ModelForm):
    # 「2400分」 was how a lead had to write 40 hours (s7 walk): hours, minutes or both now.
    first_response_minutes = BusinessMinutesField(
        label=_("First response (business hours)"),
        required=False,
        help_text=_("e.g. 4 hours, 1 hour 30 minutes, 90 minutes; empty: no target"),
    )
    next_response_minutes = BusinessMinutesField(
        label=_("Next response (business hours)"), required=False
    )
    resolution_minutes = BusinessMinutesField(
        label=_("Resolution (business hours)"), required=False
    )

    class Meta:
        model = SlaPolicy
        fields = [
            "name",
            "mailbox",
            "priority",
            "label",
            "first_response_minutes",
            "next_response_minutes",
            "resolution_minutes",
            "warn_percent",
            "pause_when_snoozed",
            "remind_after_days",
            "resolve_after_days",
            "followup_template",
            "followup_instead",
        ]
        labels = {"mailbox": _("Mailbox"), "label": _("Label")}  # the models' fields: English

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mailbox"].empty_label = _("Every mailbox")  # type: ignore[attr-defined]
        self.fields["label"].empty_label = _("Any label")  # type: ignore[attr-defined]
        self.fields["followup_template"].empty_label = _("(none)")  # type: ignore[attr-defined]
        priority = self.fields["priority"]
        assert isinstance(priority, forms.ChoiceField)
        priority.choices = [("", _("Any priority")), *Priority.choices]
        for name in ("remind_after_days", "resolve_after_days"):
            self.fields[name].widget.attrs["min"] = 1

    def _days(self, name: str) -> int | None:
        # 0 was accepted and meant "never", like an empty field, without saying so (F14).
        value = self.cleaned_data.get(name)
        if value == 0:
            raise forms.ValidationError(
                _("Write a number of business days from 1, or leave it empty for none.")
            )
        return value

    def clean_remind_after_days(self) -> int | None:
        return self._days("remind_after_days")

    def clean_resolve_after_days(self) -> int | None:
        return self._days("resolve_after_days")

    def clean_warn_percent(self) -> int:
        value = int(self.cleaned_data["warn_percent"])
        if not 1 <= value <= 100:
            raise forms.ValidationError(_("Choose a share between 1 and 100."))
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        targets = ("first_response_minutes", "next_response_minutes", "resolution_minutes")
        if not any(data.get(name) for name in (*targets, "remind_after_days")):
            raise forms.ValidationError(_("Set at least one target."))
        if data.get("resolve_after_days") and not data.get("remind_after_days"):
            self.add_error(
                "resolve_after_days", _("Resolving comes after the reminder: set that first.")
            )
        if data.get("followup_template") and not data.get("remind_after_days"):
            self.add_error(
                "followup_template",
                _("The follow-up goes with the reminder: set the reminder's days first."),
            )
        return data
