"""The weekly digest to leads (issue 14 item 5): the last 7 days of their teams' mailboxes
(received, resolved, median first response in business hours, SLA attainment, customer
satisfaction), once a week per lead who switched it on.

System mail to the lead only: it is not a mail to a customer, so it does not pass the
customer reply gate (actions/sending.py lists it as the path "digest" with no checks). The
figures come from the daily rollups, as the reports' (never a scan of messages). The worker
(worker/digest.py) sends what `claim_digests` wrote.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from madoguchi.actions.approval_policies import may_manage_policies
from madoguchi.actions.base import NotAllowed, now, record_event, visible_mailboxes
from madoguchi.actions.missed import missed_first_responses
from madoguchi.actions.satisfaction import count_answers
from madoguchi.models import (
    Agent,
    Mailbox,
    ReportDay,
    ReportTiming,
    WeeklyDigest,
    WeeklyDigestSetting,
)
from madoguchi.models.reports import percentile


@transaction.atomic
def set_weekly_digest(user: Any, *, enabled: bool) -> WeeklyDigestSetting:
    """A lead (or admin) switches their own digest on or off."""
    if enabled and not may_manage_policies(user):
        raise NotAllowed("only leads get the weekly digest")
    setting, _created = WeeklyDigestSetting.objects.get_or_create(user=user)
    before = {"enabled": setting.is_enabled}
    setting.is_enabled = enabled
    setting.save()
    record_event(None, user, "weekly_digest_set", before, {"enabled": enabled})
    return setting


def digest_week(at: datetime) -> date:
    """The Monday of `at`'s week (the installation's time zone, as the rollups' days): the
    digest of that week covers the 7 days before it."""
    today = timezone.localtime(at, ZoneInfo(settings.TIME_ZONE)).date()
    return today - timedelta(days=today.weekday())


def claim_digests(at: datetime | None = None) -> list[WeeklyDigest]:
    """Write this week's digest of every lead who wants one (once: the unique row), and
    return the digests of this week not sent yet (a failed try is tried again)."""
    at = at or now()
    week = digest_week(at)
    wanted = WeeklyDigestSetting.objects.filter(
        is_enabled=True, user__is_active=True
    ).select_related("user")
    written = set(WeeklyDigest.objects.filter(week=week).values_list("user_id", flat=True))
    for setting in wanted:
        user = setting.user
        if user.pk in written or not user.email or not may_manage_policies(user):
            continue
        mailboxes = list(visible_mailboxes(user).filter(is_active=True).order_by("pk"))
        sender = next((m for m in mailboxes if m.smtp_host), None)
        if sender is None:
            continue  # no mailbox of theirs can send mail
        subject, text = digest_text(user, [m.pk for m in mailboxes], week)
        try:
            with transaction.atomic():
                WeeklyDigest.objects.create(
                    user=user, week=week, mailbox=sender, subject=subject, text=text, created_at=at
                )
        except IntegrityError:
            continue  # written by another worker a moment ago
    return list(
        WeeklyDigest.objects.filter(week=week, sent_at__isnull=True)
        .select_related("user", "mailbox")
        .order_by("pk")
    )


def _language(user: Any) -> str:
    agent = Agent.objects.filter(user=user).first()
    return (agent.language if agent else "") or settings.LANGUAGE_CODE


def _minutes(value: float | None) -> str:
    if value is None:
        return "—"
    hours, minutes = divmod(round(value), 60)
    return f"{hours}:{minutes:02d}"


def _share(part: int, whole: int) -> str:
    return "—" if not whole else f"{100 * part / whole:.1f}% ({part}/{whole})"


def digest_text(user: Any, mailbox_ids: list[int], week: date) -> tuple[str, str]:
    """(subject, text) in the lead's language, for the 7 days before `week`'s Monday."""
    start, end = week - timedelta(days=7), week - timedelta(days=1)
    days = ReportDay.objects.filter(
        label_id=0, day__gte=start, day__lte=end, mailbox_id__in=mailbox_ids
    ).aggregate(
        received=Sum("received"),
        resolved=Sum("resolved"),
        first_targeted=Sum("first_response_targeted"),
        first_met=Sum("first_response_met"),
        resolution_targeted=Sum("resolution_targeted"),
        resolution_met=Sum("resolution_met"),
    )
    counts = {name: int(value or 0) for name, value in days.items()}
    # The same rule as the reports: overdue and still unanswered is a miss (F24).
    missed = missed_first_responses(mailbox_ids, start, end, now=timezone.now())
    counts["first_targeted"] += missed.get(None, 0)
    histogram: dict[int, int] = {}
    for bucket, count in (
        ReportTiming.objects.filter(
            label_id=0,
            kind="first_response",
            day__gte=start,
            day__lte=end,
            mailbox_id__in=mailbox_ids,
        )
        .values_list("bucket")
        .annotate(total=Sum("count"))
        .order_by()
    ):
        histogram[bucket] = int(count or 0)
    zone = ZoneInfo(settings.TIME_ZONE)
    answers = count_answers(
        mailbox_ids,
        datetime.combine(start, time(0), tzinfo=zone),
        datetime.combine(week, time(0), tzinfo=zone),
    )
    names = ", ".join(
        Mailbox.objects.filter(pk__in=mailbox_ids).order_by("pk").values_list("name", flat=True)
    )
    period = f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"
    with translation.override(_language(user)):
        subject = _("Weekly digest %(period)s") % {"period": period}
        lines = [
            _("Your teams' last 7 days (%(period)s), mailboxes: %(names)s")
            % {"period": period, "names": names or "—"},
            "",
            f"{_('Received')}: {counts['received']}",
            f"{_('Resolved')}: {counts['resolved']}",
            f"{_('First response, median (business hours)')}: "
            + _minutes(percentile(histogram, 0.5)),
            f"{_('First response within target')}: "
            + _share(counts["first_met"], counts["first_targeted"]),
            f"{_('Resolution within target')}: "
            + _share(counts["resolution_met"], counts["resolution_targeted"]),
            f"{_('Customer satisfaction: share of Great (answers)')}: "
            + _share(answers.great, answers.answers),
            "",
            _("This mail is sent because you switched on the weekly digest in your preferences."),
        ]
    return subject, "\n".join(str(line) for line in lines) + "\n"


def record_digest_sent(digest: WeeklyDigest) -> None:
    WeeklyDigest.objects.filter(pk=digest.pk).update(sent_at=now(), last_error="")


def record_digest_failed(digest: WeeklyDigest, error: str) -> None:
    WeeklyDigest.objects.filter(pk=digest.pk).update(last_error=error[:2000])


def digest_recipient(digest: WeeklyDigest) -> str:
    return str(get_user_model().objects.get(pk=digest.user_id).email)
