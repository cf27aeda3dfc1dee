"""Editing business calendars and SLA policies (leads and admins, in the app)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction

from madoguchi.actions.base import NotAllowed, record_event, role_of
from madoguchi.actions.sla import forget_setup
from madoguchi.models import BusinessCalendar, CalendarDay, Role, SlaPolicy
from madoguchi.sla.calendar import SpecialDay, format_periods


def may_edit_sla(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


@transaction.atomic
def save_calendar(
    user: Any, calendar: BusinessCalendar, days: Sequence[SpecialDay]
) -> BusinessCalendar:
    """Store the calendar (validated by its form) and replace its special days."""
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit business calendars")
    created = calendar.pk is None
    calendar.save()
    calendar.days.all().delete()
    CalendarDay.objects.bulk_create(
        CalendarDay(
            calendar=calendar,
            date=day.day,
            every_year=day.every_year,
            name=day.name[:100],
            hours=format_periods(day.periods).replace(" ", ""),
        )
        for day in days
    )
    record_event(
        None,
        user,
        "calendar_created" if created else "calendar_changed",
        None,
        {"calendar": calendar.pk, "name": calendar.name, "days": len(days)},
    )
    transaction.on_commit(forget_setup)
    return calendar


@transaction.atomic
def save_policy(user: Any, policy: SlaPolicy) -> SlaPolicy:
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit SLA policies")
    created = policy.pk is None
    policy.save()
    record_event(
        None,
        user,
        "sla_policy_created" if created else "sla_policy_changed",
        None,
        {
            "policy": policy.pk,
            "name": policy.name,
            "first_response_minutes": policy.first_response_minutes,
            "next_response_minutes": policy.next_response_minutes,
            "resolution_minutes": policy.resolution_minutes,
        },
    )
    transaction.on_commit(forget_setup)
    return policy


@transaction.atomic
def delete_policy(user: Any, policy: SlaPolicy) -> None:
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit SLA policies")
    record_event(None, user, "sla_policy_deleted", {"policy": policy.pk, "name": policy.name})
    policy.delete()
    transaction.on_commit(forget_setup)
