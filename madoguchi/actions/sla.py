"""SLA clocks on conversations, kept up to date as things happen (issue 14).

The actions that change a conversation call the `on_*` functions here, in memory, and
save `SLA_FIELDS` with their own fields: a customer message starts the response clock
(and runs the resolution clock), a reply stops the response clock and records the first
response time, 返信待ち and resolving pause the resolution clock, a snooze pauses both if
the policy says so. `Conversation.sla_due_at` is the earliest running deadline, so the
queue, the folders and the counts read one indexed column.

The worker's timer (`check_sla`) records a warning at the chosen share of the target and
a breach at the deadline, each once, through `sla_warning`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from madoguchi.actions.base import record_event
from madoguchi.actions.notify import leads_of, notify
from madoguchi.actions.rollup import Tally, labels_of
from madoguchi.models import (
    BusinessCalendar,
    Conversation,
    Event,
    Mailbox,
    NotificationKind,
    SlaPolicy,
    Status,
)
from madoguchi.models.sla import DEFAULT_HOURS
from madoguchi.quality.promises import warn_at
from madoguchi.sla.calendar import (
    Calendar,
    CalendarError,
    Period,
    add_business_days,
    parse_periods,
)
from madoguchi.sla.clock import Clock
from madoguchi.sla.holidays import public_holidays

SLA_FIELDS = (
    "waiting_since",
    "reminder_at",
    "reminder_step",
    "sla_due_at",
    "sla_warn_at",
    "sla_kind",
    "sla_alerted",
    "sla_response_owed",
    "sla_response_spent",
    "sla_response_since",
    "sla_resolution_spent",
    "sla_resolution_since",
    "first_response_seconds",
    "first_response_met",
    "resolution_seconds",
    "resolution_met",
)
SETUP_TTL = 30.0  # seconds: an edit in another process is seen by the next batch after this
TIMER_BATCH = 500  # warnings recorded per timer round (an imported archive is all late)
HOLIDAY_YEARS_BEFORE = 2
HOLIDAY_YEARS_AFTER = 3

FIRST_RESPONSE = "first_response"
NEXT_RESPONSE = "next_response"
RESOLUTION = "resolution"
PROMISE = "promise"  # the date our own reply promised (actions/promises.py)
DUE_SOON = "due_soon"
BREACHED = "breached"
REMINDED = "reminded"
AUTO_RESOLVED = "auto_resolved"


@dataclass(frozen=True)
class Targets:
    """Business seconds; None: no target of that kind."""

    first_response: int | None
    next_response: int | None
    resolution: int | None
    warn_percent: int = 80
    pause_when_snoozed: bool = True
    remind_after_days: int | None = None  # business days 返信待ち
    resolve_after_days: int | None = None  # more business days after the reminder
    followup_template_id: int | None = None  # mailed to the customer with the reminder
    followup_instead: bool = False  # … instead of reminding the owner


def build_calendar(calendar: BusinessCalendar | None, around: date | None = None) -> Calendar:
    """The pure calendar of a stored one (None: the built-in one). Raises CalendarError."""
    around = around or timezone.now().date()
    years = range(around.year - HOLIDAY_YEARS_BEFORE, around.year + HOLIDAY_YEARS_AFTER + 1)
    if calendar is None:
        weekly = {day: parse_periods(DEFAULT_HOURS) for day in range(5)}
        return Calendar(settings.TIME_ZONE, weekly, frozenset(public_holidays("JP", years)))
    hours = calendar.weekly_hours or {}
    weekly = {day: parse_periods(str(hours.get(str(day), ""))) for day in range(7)}
    closed = set(public_holidays(calendar.holiday_country, years, calendar.holiday_subdivision))
    overrides: dict[date, tuple[Period, ...]] = {}
    for day in calendar.days.all():
        dates = [_same_day(day.date, year) for year in years] if day.every_year else [day.date]
        for each in dates:
            if each is None:
                continue
            if day.hours.strip():
                overrides[each] = parse_periods(day.hours)
            else:
                closed.add(each)
                overrides.pop(each, None)
    return Calendar(calendar.time_zone, weekly, frozenset(closed), overrides)


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


class SlaSetup:
    """Calendars and policies, read once and shared by every action for SETUP_TTL."""

    def __init__(self) -> None:
        self.calendars: dict[int, Calendar] = {}
        stored = list(BusinessCalendar.objects.prefetch_related("days"))
        by_mailbox = {c.mailbox_id: c for c in stored if c.mailbox_id}
        by_team = {c.team_id: c for c in stored if c.team_id}
        company = next((c for c in stored if not c.mailbox_id and not c.team_id), None)
        self.default = _safe_calendar(company)
        self.sla_hours: dict[int, int] = {}
        for mailbox in Mailbox.objects.prefetch_related("teams"):
            self.sla_hours[mailbox.pk] = mailbox.sla_hours or 24
            chosen = by_mailbox.get(mailbox.pk) or next(
                (by_team[t.pk] for t in mailbox.teams.all() if t.pk in by_team), None
            )
            self.calendars[mailbox.pk] = _safe_calendar(chosen) if chosen else self.default
        self.policies = list(SlaPolicy.objects.all())
        self.has_label_policies = any(p.label_id for p in self.policies)
        self.loaded_at = time.monotonic()

    def calendar_for(self, mailbox_id: int) -> Calendar:
        return self.calendars.get(mailbox_id, self.default)

    def targets_for(self, mailbox_id: int, priority: int, label_ids: Iterable[int] = ()) -> Targets:
        labels = set(label_ids)
        best: tuple[int, int] | None = None
        chosen: SlaPolicy | None = None
        for policy in self.policies:
            if policy.mailbox_id not in (None, mailbox_id):
                continue
            if policy.priority is not None and policy.priority != priority:
                continue
            if policy.label_id is not None and policy.label_id not in labels:
                continue
            score = (
                4 * (policy.mailbox_id is not None)
                + 2 * (policy.label_id is not None)
                + (policy.priority is not None),
                -policy.pk,
            )
            if best is None or score > best:
                best, chosen = score, policy
        if chosen is None:
            # No policy yet: the mailbox's response target, now in business hours.
            hours = self.sla_hours.get(mailbox_id, 24) * 3600
            return Targets(hours, hours, None)
        return Targets(
            _seconds(chosen.first_response_minutes),
            _seconds(chosen.next_response_minutes),
            _seconds(chosen.resolution_minutes),
            chosen.warn_percent,
            chosen.pause_when_snoozed,
            chosen.remind_after_days,
            chosen.resolve_after_days,
            chosen.followup_template_id,
            chosen.followup_instead,
        )


def _seconds(minutes: int | None) -> int | None:
    return None if minutes is None else minutes * 60


def _safe_calendar(calendar: BusinessCalendar | None) -> Calendar:
    # The form refuses a broken calendar; one broken in the Django admin or the database
    # must not stop mail from being stored, so the built-in one stands in.
    try:
        return build_calendar(calendar)
    except CalendarError:
        return build_calendar(None)


_setup_lock = threading.Lock()
_setup: SlaSetup | None = None


def current_setup() -> SlaSetup:
    global _setup
    with _setup_lock:
        if _setup is None or time.monotonic() - _setup.loaded_at > SETUP_TTL:
            _setup = SlaSetup()
        return _setup


def forget_setup() -> None:
    """After an edit of a calendar or a policy: the next action reads them again."""
    global _setup
    with _setup_lock:
        _setup = None


# --- the clocks -----------------------------------------------------------------------


def _response(conversation: Conversation) -> Clock:
    return Clock(conversation.sla_response_spent, conversation.sla_response_since)


def _resolution(conversation: Conversation) -> Clock:
    return Clock(conversation.sla_resolution_spent, conversation.sla_resolution_since)


def _set_response(conversation: Conversation, clock: Clock) -> None:
    conversation.sla_response_spent = clock.spent
    conversation.sla_response_since = clock.running_since


def _set_resolution(conversation: Conversation, clock: Clock) -> None:
    conversation.sla_resolution_spent = clock.spent
    conversation.sla_resolution_since = clock.running_since


def _label_ids(conversation: Conversation, setup: SlaSetup) -> list[int]:
    if not setup.has_label_policies or conversation.pk is None:
        return []
    return list(conversation.labels.values_list("id", flat=True))


def targets_of(conversation: Conversation, setup: SlaSetup | None = None) -> Targets:
    setup = setup or current_setup()
    return setup.targets_for(
        conversation.mailbox_id, conversation.priority, _label_ids(conversation, setup)
    )


def _paused_by_snooze(conversation: Conversation, targets: Targets, at: datetime) -> bool:
    snoozed = conversation.snoozed_until is not None and conversation.snoozed_until > at
    return snoozed and targets.pause_when_snoozed


def on_customer_message(
    conversation: Conversation, at: datetime, setup: SlaSetup | None = None
) -> None:
    """A customer wrote (a new conversation, or a reply that reopened it)."""
    setup = setup or current_setup()
    if conversation.status not in (Status.NEW, Status.OPEN):
        return
    if not conversation.sla_response_owed:
        conversation.sla_response_owed = True
        _set_response(conversation, Clock().start(at))
    _set_resolution(conversation, _resolution(conversation).resume(at))
    refresh(conversation, at, setup)


def on_response(
    conversation: Conversation,
    at: datetime,
    setup: SlaSetup | None = None,
    tally: Tally | None = None,
) -> None:
    """We answered: the response clock stops; the first answer's time is recorded."""
    setup = setup or current_setup()
    calendar = setup.calendar_for(conversation.mailbox_id)
    if conversation.sla_response_owed:
        spent = _response(conversation).elapsed(calendar, at)
        if conversation.first_response_seconds is None:
            target = targets_of(conversation, setup).first_response
            conversation.first_response_seconds = spent
            conversation.first_response_met = None if target is None else spent <= target
            _count(
                conversation,
                tally,
                lambda t, labels: t.timing(
                    conversation, at, "first_response", spent, target, labels
                ),
            )
    # Not owed (a conversation we started, or one set to 返信待ち before any answer):
    # nothing to measure, so no first-response time is made up.
    conversation.sla_response_owed = False
    _set_response(conversation, Clock())
    if conversation.status not in (Status.NEW, Status.OPEN):
        _set_resolution(conversation, _resolution(conversation).pause(calendar, at))
    refresh(conversation, at, setup)


def answered(conversation: Conversation, at: datetime) -> list[str]:
    """The customer is answered at `at` (a reply queued, approved, resent or, after a
    failure, sent): 返信待ち, the first response recorded once, the response clock stopped.
    Returns the fields changed, for save(update_fields=…); on_answer_undone reverses it."""
    conversation.status = Status.WAITING
    fields = ["status", *SLA_FIELDS]
    if conversation.first_response_at is None:
        conversation.first_response_at = at
        fields.append("first_response_at")
    on_response(conversation, at)
    return fields


def on_answer_undone(
    conversation: Conversation,
    answered_at: datetime,
    first: bool,
    at: datetime,
    setup: SlaSetup | None = None,
) -> None:
    """The reply that stopped the response clock did not reach the customer (it failed, or
    waits for another try): the answer is owed again, as if it had never been written.

    The response clock runs again from the customer's last message (so the deadline is the
    one they were promised, not a fresh one from the failure), the resolution clock from the
    reply's time, and when that reply was the first answer its first-response time is taken
    back out of the conversation and the report rollups: a failed send answered nobody. The
    reply that does go out later records the first response then (on_response).
    Called with the conversation back in 対応中 (actions/outbox.py)."""
    setup = setup or current_setup()
    if conversation.status not in (Status.NEW, Status.OPEN):
        return
    if first and conversation.first_response_seconds is not None:
        spent = conversation.first_response_seconds
        target = targets_of(conversation, setup).first_response
        when = conversation.first_response_at or answered_at
        _count(
            conversation,
            None,
            lambda t, labels: t.timing(
                conversation, when, FIRST_RESPONSE, spent, target, labels, sign=-1
            ),
        )
        conversation.first_response_seconds = None
        conversation.first_response_met = None
    since = conversation.last_customer_message_at
    if not conversation.sla_response_owed and since is not None and since <= answered_at:
        conversation.sla_response_owed = True
        _set_response(conversation, Clock().start(since))
    _set_resolution(conversation, _resolution(conversation).resume(answered_at))
    refresh(conversation, at, setup)


def on_status(
    conversation: Conversation,
    before: str,
    at: datetime,
    setup: SlaSetup | None = None,
    tally: Tally | None = None,
) -> None:
    """The status changed from `before` to conversation.status."""
    setup = setup or current_setup()
    calendar = setup.calendar_for(conversation.mailbox_id)
    status = conversation.status
    was_closed = before in (Status.RESOLVED, Status.NO_ACTION)
    closing = status in (Status.RESOLVED, Status.NO_ACTION)
    if was_closed != closing:
        counters = {"closed": 1} if closing else {"reopened": 1}
        if status == Status.RESOLVED:
            counters["resolved"] = 1
        _count(conversation, tally, lambda t, labels: t.count(conversation, at, labels, **counters))
    if status in (Status.NEW, Status.OPEN):
        targets = targets_of(conversation, setup)
        if not _paused_by_snooze(conversation, targets, at):
            _set_resolution(conversation, _resolution(conversation).resume(at))
    else:
        # 返信待ち: the customer's turn; resolved or no action: nothing is owed.
        conversation.sla_response_owed = False
        _set_response(conversation, Clock())
        clock = _resolution(conversation).pause(calendar, at)
        _set_resolution(conversation, clock)
        if status == Status.RESOLVED and before != Status.RESOLVED:
            target = targets_of(conversation, setup).resolution
            conversation.resolution_seconds = clock.spent
            conversation.resolution_met = None if target is None else clock.spent <= target
            _count(
                conversation,
                tally,
                lambda t, labels: t.timing(
                    conversation, at, "resolution", clock.spent, target, labels
                ),
            )
    refresh(conversation, at, setup)


def _count(
    conversation: Conversation, tally: Tally | None, add: Callable[[Tally, list[int]], None]
) -> None:
    """Into the caller's tally (the ingest batch: written with the batch, no labels read),
    or straight into the rollups, by label too."""
    if tally is not None:
        add(tally, [])
        return
    own = Tally()
    add(own, labels_of(conversation))
    own.flush()


def on_merge(
    target: Conversation, source: Conversation, at: datetime, setup: SlaSetup | None = None
) -> None:
    """`source` was merged into `target`: the kept conversation's clocks run from the
    customer's oldest unanswered mail. A follow-up ("昨日の件、まだ返事がないのですが")
    merged with the older conversation kept the follow-up's fresh deadline, and the breach
    left the 期限超過 folder and the reports (walk 12, F-1).

    The response clock with more time spent wins while both still owe an answer (an answer
    already given in the kept conversation came after the older mail); the resolution clock
    with more time spent wins while the kept conversation is open. A breach already recorded
    for that deadline is not announced again."""
    setup = setup or current_setup()
    if target.status not in (Status.NEW, Status.OPEN):
        return
    calendar = setup.calendar_for(target.mailbox_id)
    took = False
    if target.sla_response_owed and source.sla_response_owed:
        theirs = _response(source)
        if theirs.elapsed(calendar, at) > _response(target).elapsed(calendar, at):
            _set_response(target, theirs if theirs.running else theirs.resume(at))
            took = True
    theirs = _resolution(source)
    if theirs.elapsed(calendar, at) > _resolution(target).elapsed(calendar, at):
        _set_resolution(target, theirs if theirs.running else theirs.resume(at))
        took = True
    alerted = target.sla_alerted
    refresh(target, at, setup)
    if took and target.sla_due_at is not None and target.sla_due_at == source.sla_due_at:
        target.sla_alerted = max(alerted, source.sla_alerted)


def on_snooze(conversation: Conversation, at: datetime, setup: SlaSetup | None = None) -> None:
    setup = setup or current_setup()
    if _paused_by_snooze(conversation, targets_of(conversation, setup), at):
        calendar = setup.calendar_for(conversation.mailbox_id)
        _set_response(conversation, _response(conversation).pause(calendar, at))
        _set_resolution(conversation, _resolution(conversation).pause(calendar, at))
    refresh(conversation, at, setup)


def on_wake(conversation: Conversation, at: datetime, setup: SlaSetup | None = None) -> None:
    """The snooze ended (or was cleared): paused clocks run again."""
    setup = setup or current_setup()
    if conversation.sla_response_owed:
        _set_response(conversation, _response(conversation).resume(at))
    if conversation.status in (Status.NEW, Status.OPEN):
        _set_resolution(conversation, _resolution(conversation).resume(at))
    refresh(conversation, at, setup)


def refresh(conversation: Conversation, at: datetime, setup: SlaSetup | None = None) -> None:
    """Recompute the current deadline from the clocks and the targets (priority, labels)."""
    setup = setup or current_setup()
    calendar = setup.calendar_for(conversation.mailbox_id)
    targets = targets_of(conversation, setup)
    candidates: list[tuple[datetime, datetime, str]] = []
    if conversation.sla_response_owed and conversation.status in (Status.NEW, Status.OPEN):
        first = conversation.first_response_seconds is None
        target = targets.first_response if first else targets.next_response
        candidates += _deadline(
            _response(conversation),
            calendar,
            target,
            targets.warn_percent,
            FIRST_RESPONSE if first else NEXT_RESPONSE,
        )
    if conversation.status in (Status.NEW, Status.OPEN):
        candidates += _deadline(
            _resolution(conversation),
            calendar,
            targets.resolution,
            targets.warn_percent,
            RESOLUTION,
        )
    promised = conversation.promised_at
    if promised is not None and conversation.status in (Status.NEW, Status.OPEN, Status.WAITING):
        # Kept while waiting on the customer too: the promise is ours to keep (F21).
        since = promised - timedelta(days=14)
        candidates.append((promised, warn_at(calendar, promised, since), PROMISE))
    due, warn, kind = min(candidates) if candidates else (None, None, "")
    if due != conversation.sla_due_at or kind != conversation.sla_kind:
        conversation.sla_alerted = 0
    conversation.sla_due_at, conversation.sla_warn_at, conversation.sla_kind = due, warn, kind
    _schedule_reminder(conversation, calendar, targets, at)


def _schedule_reminder(
    conversation: Conversation, calendar: Calendar, targets: Targets, at: datetime
) -> None:
    """While 返信待ち: the owner's reminder after N business days, then resolving after M
    more. Anything else (the customer answered, resolved) cancels both."""
    if conversation.status != Status.WAITING:
        conversation.waiting_since = conversation.reminder_at = None
        conversation.reminder_step = 0
        return
    if conversation.waiting_since is None:
        conversation.waiting_since = at
        conversation.reminder_step = 0
    if conversation.reminder_step == 0 and targets.remind_after_days:
        conversation.reminder_at = add_business_days(
            calendar, conversation.waiting_since, targets.remind_after_days
        )
    elif conversation.reminder_step == 0:
        conversation.reminder_at = None


def _deadline(
    clock: Clock, calendar: Calendar, target: int | None, warn_percent: int, kind: str
) -> list[tuple[datetime, datetime, str]]:
    if target is None or not clock.running:
        return []
    share = target * min(max(warn_percent, 0), 100) // 100
    found = clock.due_each(calendar, [target, share])
    assert found is not None
    due, warn = found
    return [(due, warn, kind)]


# --- warnings -------------------------------------------------------------------------


def sla_warning(conversation: Conversation, kind: str) -> Event | None:
    """Record that a deadline is near (DUE_SOON) or missed (BREACHED), and tell the owner
    and the leads of the mailbox's teams — once per deadline: a reply that failed gives the
    conversation its deadline back, and the same overdue deadline was announced again after
    every attempt (walk 11 F-17: six notifications for one conversation in ten minutes).
    None when this deadline was announced already."""
    due = conversation.sla_due_at.isoformat() if conversation.sla_due_at else None
    if Event.objects.filter(
        conversation=conversation, verb="sla_warning", after__kind=kind, after__due=due
    ).exists():
        return None
    notify(
        [conversation.owner_id, *leads_of(conversation)],
        NotificationKind.SLA_BREACHED if kind == BREACHED else NotificationKind.SLA_DUE_SOON,
        conversation,
        detail={"target": conversation.sla_kind},
    )
    return record_event(
        conversation,
        None,
        "sla_warning",
        None,
        {
            "kind": kind,
            "target": conversation.sla_kind,
            "due": due,
            "owner": conversation.owner_id,
        },
    )


def hold_missed_target(conversation: Conversation, at: datetime) -> list[str]:
    """The deadline passed at or before `at`: the miss is recorded for whoever holds the
    conversation now (0: nobody), once, so the reports keep it with them after a hand-over
    (walk 12, F-19). Returns the fields changed, for save(update_fields=…)."""
    kind = conversation.sla_kind
    if kind not in (FIRST_RESPONSE, RESOLUTION):
        return []
    if conversation.sla_due_at is None or conversation.sla_due_at > at:
        return []
    field = f"{kind}_missed_by"
    if getattr(conversation, field) is not None:
        return []
    setattr(conversation, field, conversation.owner_id or 0)
    return [field]


def check_sla(at: datetime | None = None) -> int:
    """The worker's timer: warn once at the chosen share, once at the breach."""
    at = at or timezone.now()
    recorded = 0
    for level, kind, field in ((1, DUE_SOON, "sla_warn_at"), (2, BREACHED, "sla_due_at")):
        pending = (
            Conversation.objects.filter(
                sla_alerted__lt=level, sla_warn_at__lte=at, merged_into__isnull=True
            )
            .filter(**{f"{field}__lte": at})
            .order_by("sla_warn_at")
            .values_list("pk", flat=True)[:TIMER_BATCH]
        )
        for pk in list(pending):
            with transaction.atomic():
                conversation = Conversation.objects.select_for_update().get(pk=pk)
                stamp = getattr(conversation, field)
                if conversation.sla_alerted >= level or stamp is None or stamp > at:
                    continue  # another worker got it, or the deadline moved
                due = conversation.sla_due_at
                if level == 1 and due is not None and due <= at:
                    # Past due already (the worker was down, or the deadline came back):
                    # "overdue" alone, from the pass below, not "due soon" with it.
                    continue
                if sla_warning(conversation, kind) is not None:
                    recorded += 1
                conversation.sla_alerted = level
                held = hold_missed_target(conversation, at) if level == 2 else []
                conversation.save(update_fields=["sla_alerted", *held])
    return recorded + check_reminders(at)


def waiting_reminder(conversation: Conversation, step: str) -> Event:
    """Record a 返信待ち reminder to the owner (REMINDED) or the automatic resolution
    (AUTO_RESOLVED); the owner hears of the reminder."""
    if step == REMINDED:
        notify([conversation.owner_id], NotificationKind.WAITING_REMINDER, conversation)
    return record_event(
        conversation,
        None,
        "waiting_reminder",
        None,
        {
            "step": step,
            "owner": conversation.owner_id,
            "waiting_since": (
                conversation.waiting_since.isoformat() if conversation.waiting_since else None
            ),
        },
    )


def check_reminders(at: datetime | None = None) -> int:
    """The worker's timer for 返信待ち: remind the owner, later resolve (each once)."""
    at = at or timezone.now()
    done = 0
    pending = Conversation.objects.filter(
        reminder_at__lte=at, status=Status.WAITING, merged_into__isnull=True
    ).values_list("pk", flat=True)[:TIMER_BATCH]
    for pk in list(pending):
        with transaction.atomic():
            conversation = Conversation.objects.select_for_update().get(pk=pk)
            stamp = conversation.reminder_at
            if conversation.status != Status.WAITING or stamp is None or stamp > at:
                continue  # the customer answered meanwhile, or another worker did it
            setup = current_setup()
            targets = targets_of(conversation, setup)
            if conversation.reminder_step == 0:
                followed_up = False
                if targets.followup_template_id:
                    from madoguchi.actions.followup import send_followup

                    followed_up = send_followup(conversation, targets.followup_template_id)
                if not (followed_up and targets.followup_instead):
                    waiting_reminder(conversation, REMINDED)
                conversation.reminder_step = 1
                conversation.reminder_at = (
                    add_business_days(
                        setup.calendar_for(conversation.mailbox_id),
                        stamp,
                        targets.resolve_after_days,
                    )
                    if targets.resolve_after_days
                    else None
                )
                conversation.save(update_fields=["reminder_step", "reminder_at"])
            else:
                waiting_reminder(conversation, AUTO_RESOLVED)
                conversation.status = Status.RESOLVED
                conversation.resolved_at = at
                on_status(conversation, Status.WAITING, at, setup)
                conversation.version += 1
                conversation.updated_at = at
                conversation.save(
                    update_fields=["status", "resolved_at", "version", "updated_at", *SLA_FIELDS]
                )
                record_event(
                    conversation,
                    None,
                    "status_changed",
                    {"status": Status.WAITING},
                    {"status": Status.RESOLVED, "why": "no_answer"},
                )
            done += 1
    return done


def due_in(conversation: Conversation, at: datetime) -> timedelta | None:
    """Wall-clock time left (negative: late); None without a running deadline."""
    if conversation.sla_due_at is None:
        return None
    return conversation.sla_due_at - at
