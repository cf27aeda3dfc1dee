"""Business-hours calendars and SLA policies (issue 14)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.accounts import Team
from madoguchi.models.conversations import Label, Priority
from madoguchi.models.mailboxes import Mailbox

WEEKDAYS = (
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
)
DEFAULT_HOURS = "09:00-12:00, 13:00-18:00"


def default_weekly_hours() -> dict[str, str]:
    return {str(day): DEFAULT_HOURS if day < 5 else "" for day in range(7)}


class BusinessCalendar(models.Model):
    """Opening hours of a team or a mailbox: the clock SLA targets are counted on.

    A mailbox uses its own calendar, else one of its teams', else the calendar that has
    neither (the company's), else the built-in one (weekdays 09:00–18:00 with lunch,
    Japanese holidays)."""

    name = models.CharField(_("name"), max_length=100)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Asia/Tokyo")
    # {"0": "09:00-12:00, 13:00-18:00", …, "6": ""}: Monday = "0"; "" = closed.
    weekly_hours = models.JSONField(_("weekly hours"), default=default_weekly_hours)
    holiday_country = models.CharField(
        _("public holidays of"), max_length=2, default="JP", blank=True
    )
    holiday_subdivision = models.CharField(_("region"), max_length=10, blank=True)
    team = models.OneToOneField(
        Team, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar"
    )
    mailbox = models.OneToOneField(
        Mailbox, null=True, blank=True, on_delete=models.CASCADE, related_name="calendar"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("business calendar")
        verbose_name_plural = _("business calendars")

    def __str__(self) -> str:
        return self.name


class CalendarDay(models.Model):
    """A company holiday (年末年始, お盆, 創立記念日) or a one-off day with its own hours."""

    calendar = models.ForeignKey(BusinessCalendar, on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    # The same month and day every year (創立記念日, the days of 年末年始).
    every_year = models.BooleanField(_("every year"), default=False)
    name = models.CharField(_("name"), max_length=100, blank=True)
    # "" = closed all day; else the day's own periods ("10:00-15:00").
    hours = models.CharField(_("hours"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")


class SlaPolicy(models.Model):
    """Targets in business minutes for the conversations it matches; the most specific
    match wins (mailbox, then label, then priority)."""

    name = models.CharField(_("name"), max_length=100)
    mailbox = models.ForeignKey(
        Mailbox, null=True, blank=True, on_delete=models.CASCADE, related_name="sla_policies"
    )  # None: every mailbox
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, null=True, blank=True
    )  # None: any priority
    label = models.ForeignKey(
        Label, null=True, blank=True, on_delete=models.CASCADE, related_name="sla_policies"
    )  # e.g. VIP
    first_response_minutes = models.PositiveIntegerField(
        _("first response (business minutes)"), null=True, blank=True
    )
    next_response_minutes = models.PositiveIntegerField(
        _("next response (business minutes)"), null=True, blank=True
    )
    resolution_minutes = models.PositiveIntegerField(
        _("resolution (business minutes)"), null=True, blank=True
    )
    warn_percent = models.PositiveSmallIntegerField(
        _("warn at (percent of the target)"), default=80
    )
    pause_when_snoozed = models.BooleanField(_("pause the clock while snoozed"), default=True)
    # 返信待ち too long: remind the owner after this many business days, then resolve.
    remind_after_days = models.PositiveSmallIntegerField(
        _("remind the owner after (business days waiting on the customer)"), null=True, blank=True
    )
    resolve_after_days = models.PositiveSmallIntegerField(
        _("then resolve after (more business days)"), null=True, blank=True
    )
    # With the reminder: a template mailed to the customer as the owner (wip-sla2).
    followup_template = models.ForeignKey(
        "madoguchi.Template",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("follow-up to the customer (template)"),
    )
    followup_instead = models.BooleanField(
        _("send the follow-up instead of reminding the owner"), default=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("SLA policy")
        verbose_name_plural = _("SLA policies")

    def __str__(self) -> str:
        return self.name
