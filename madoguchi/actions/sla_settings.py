"""Editing business calendars and SLA policies (leads and admins, in the app)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet

from madoguchi.actions.base import NotAllowed, record_event, role_of, visible_mailboxes
from madoguchi.actions.sla import forget_setup
from madoguchi.models import BusinessCalendar, CalendarDay, Mailbox, Role, SlaPolicy, Team
from madoguchi.sla.calendar import SpecialDay, format_periods


def may_edit_sla(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def managed_mailboxes(user: Any) -> QuerySet[Mailbox]:
    """Mailboxes whose SLA the user sets: an admin every one, a lead their teams'."""
    return visible_mailboxes(user) if may_edit_sla(user) else Mailbox.objects.none()


def managed_calendar_teams(user: Any) -> QuerySet[Team]:
    if role_of(user) == Role.ADMIN:
        return Team.objects.all()
    if role_of(user) == Role.LEAD:
        return Team.objects.filter(agents__user=user)
    return Team.objects.none()


def managed_calendars(user: Any) -> QuerySet[BusinessCalendar]:
    """Calendars the user may open and change. A lead: those of their teams and of their
    teams' mailboxes; the company's calendar (neither set) and other teams' are an admin's
    (a lead of one team changing another team's clock was the session 8 audit's find)."""
    if role_of(user) == Role.ADMIN:
        return BusinessCalendar.objects.all()
    if role_of(user) != Role.LEAD:
        return BusinessCalendar.objects.none()
    return BusinessCalendar.objects.filter(
        Q(team__in=managed_calendar_teams(user)) | Q(mailbox__in=managed_mailboxes(user))
    )


def may_set_every_mailbox(user: Any) -> bool:
    """A policy (or calendar) for every mailbox is an admin's."""
    return role_of(user) == Role.ADMIN


def managed_policies(user: Any) -> QuerySet[SlaPolicy]:
    """SLA policies the user may open and change: a lead those of their teams' mailboxes;
    a policy for every mailbox is an admin's."""
    if role_of(user) == Role.ADMIN:
        return SlaPolicy.objects.all()
    return SlaPolicy.objects.filter(mailbox__in=managed_mailboxes(user))


def applicable_policies(user: Any) -> QuerySet[SlaPolicy]:
    """Policies that time the conversations of the user's mailboxes: their own and those
    for every mailbox (an admin's, shown to a lead without a link). The walk found /sla/
    telling a lead "no policy yet, the mailbox target is used" while an admin's policy
    for every mailbox timed all their mail (F29)."""
    if role_of(user) == Role.ADMIN:
        return SlaPolicy.objects.all()
    return SlaPolicy.objects.filter(
        Q(mailbox__isnull=True) | Q(mailbox__in=managed_mailboxes(user))
    )


def covering_policy(mailbox_id: int | None) -> SlaPolicy | None:
    """The policy that applies to every conversation of the mailbox whatever its label or
    priority, so its response target (Mailbox.sla_hours) is never used; None: none does.
    The mailbox's own beats one for every mailbox, as in SlaSetup.targets_for."""
    if mailbox_id is None:
        return None
    found = SlaPolicy.objects.filter(label__isnull=True, priority__isnull=True).filter(
        Q(mailbox__isnull=True) | Q(mailbox_id=mailbox_id)
    )
    return max(found, key=lambda p: (p.mailbox_id is not None, -p.pk), default=None)


def _check_calendar_scope(user: Any, calendar: BusinessCalendar) -> None:
    if role_of(user) == Role.ADMIN:
        return
    team_ok = calendar.team_id is None or (
        managed_calendar_teams(user).filter(pk=calendar.team_id).exists()
    )
    mailbox_ok = calendar.mailbox_id is None or (
        managed_mailboxes(user).filter(pk=calendar.mailbox_id).exists()
    )
    if not (team_ok and mailbox_ok) or (calendar.team_id is None and calendar.mailbox_id is None):
        raise NotAllowed("a lead sets the calendars of their own teams and mailboxes")


def _check_policy_scope(user: Any, policy: SlaPolicy) -> None:
    if role_of(user) == Role.ADMIN:
        return
    if policy.mailbox_id is None:
        raise NotAllowed("a policy for every mailbox is an admin's")
    if not managed_mailboxes(user).filter(pk=policy.mailbox_id).exists():
        raise NotAllowed("a lead sets the SLA policies of their own teams' mailboxes")


def _calendar_summary(calendar: BusinessCalendar) -> dict[str, Any]:
    """What the audit log shows before → after (walk 10, F23)."""
    hours = calendar.weekly_hours or {}
    return {
        "calendar": calendar.pk,
        "name": calendar.name,
        "time_zone": calendar.time_zone,
        "hours": " / ".join(str(hours.get(str(day)) or "—") for day in range(7)),
        "days": calendar.days.count() if calendar.pk else 0,
    }


@transaction.atomic
def save_calendar(
    user: Any, calendar: BusinessCalendar, days: Sequence[SpecialDay]
) -> BusinessCalendar:
    """Store the calendar (validated by its form) and replace its special days."""
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit business calendars")
    if calendar.pk is not None and not managed_calendars(user).filter(pk=calendar.pk).exists():
        raise NotAllowed("not a calendar of the user's teams")
    _check_calendar_scope(user, calendar)
    created = calendar.pk is None
    before = None if created else _calendar_summary(BusinessCalendar.objects.get(pk=calendar.pk))
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
        before,
        _calendar_summary(calendar),
    )
    transaction.on_commit(forget_setup)
    return calendar


def _policy_summary(policy: SlaPolicy) -> dict[str, Any]:
    return {
        "policy": policy.pk,
        "name": policy.name,
        "mailbox": policy.mailbox_id,
        "first_response_minutes": policy.first_response_minutes,
        "next_response_minutes": policy.next_response_minutes,
        "resolution_minutes": policy.resolution_minutes,
    }


@transaction.atomic
def save_policy(user: Any, policy: SlaPolicy) -> SlaPolicy:
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit SLA policies")
    if policy.pk is not None and not managed_policies(user).filter(pk=policy.pk).exists():
        raise NotAllowed("not a policy of the user's teams")
    _check_policy_scope(user, policy)
    created = policy.pk is None
    # Before → after in the audit log (walk 10, F23): "who made VIPs 2 hours?"
    before = None if created else _policy_summary(SlaPolicy.objects.get(pk=policy.pk))
    policy.save()
    record_event(
        None,
        user,
        "sla_policy_created" if created else "sla_policy_changed",
        before,
        _policy_summary(policy),
    )
    transaction.on_commit(forget_setup)
    return policy


@transaction.atomic
def delete_policy(user: Any, policy: SlaPolicy) -> None:
    if not may_edit_sla(user):
        raise NotAllowed("only leads and admins edit SLA policies")
    if not managed_policies(user).filter(pk=policy.pk).exists():
        raise NotAllowed("not a policy of the user's teams")
    record_event(None, user, "sla_policy_deleted", {"policy": policy.pk, "name": policy.name})
    policy.delete()
    transaction.on_commit(forget_setup)
