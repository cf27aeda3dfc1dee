"""Re-date open conversations after the SLA set-up changed (walk 11, F-22).

A new or changed policy or business calendar used to reach an open conversation only at
its next event (a message, a reply, a label): a lead who set 「至急は1時間」 on Monday
morning saw today's urgent queue keep yesterday's deadlines. The worker's timer
(`SlaRedater`) and `madoguchi sla-redate` recompute the deadlines of the open
conversations of the mailboxes the change applies to, in batches of their own
transactions (never in the lead's request). Recomputing is idempotent: the clocks are
untouched and a conversation whose deadline comes out the same is not written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F

from madoguchi.actions import sla
from madoguchi.actions.base import now, record_event
from madoguchi.models import Conversation, Event, Status

BATCH_SIZE = 500
# The audit verbs of a change to what the deadlines are computed from.
SETUP_VERBS = (
    "sla_policy_created",
    "sla_policy_changed",
    "sla_policy_deleted",
    "calendar_created",
    "calendar_changed",
)
# The record of a finished pass (no conversation, not in the audit log's kinds).
REDATED_VERB = "sla_redated"
_OPEN = (Status.NEW, Status.OPEN, Status.WAITING)


def redate_batch(
    mailbox_ids: Iterable[int] | None, after_pk: int = 0, limit: int = BATCH_SIZE
) -> tuple[int, int, int]:
    """Recompute the deadlines of up to `limit` open conversations with pk > `after_pk`
    (of these mailboxes; None: every mailbox). Returns (last pk seen, how many were looked
    at, how many got a new deadline)."""
    pending = Conversation.objects.filter(
        status__in=_OPEN, merged_into__isnull=True, pk__gt=after_pk
    )
    if mailbox_ids is not None:
        pending = pending.filter(mailbox_id__in=list(mailbox_ids))
    pks = list(pending.order_by("pk").values_list("pk", flat=True)[:limit])
    if not pks:
        return after_pk, 0, 0
    setup = sla.current_setup()
    at = now()
    changed = 0
    with transaction.atomic():
        for conversation in Conversation.objects.select_for_update().filter(pk__in=pks):
            before = [getattr(conversation, name) for name in sla.SLA_FIELDS]
            sla.refresh(conversation, at, setup)
            if [getattr(conversation, name) for name in sla.SLA_FIELDS] == before:
                continue
            conversation.version = F("version") + 1
            conversation.save(update_fields=[*sla.SLA_FIELDS, "version"])
            changed += 1
    return pks[-1], len(pks), changed


def redate_open_conversations(mailbox_ids: Iterable[int] | None = None) -> tuple[int, int]:
    """The whole pass, batch after batch: (looked at, changed)."""
    ids = None if mailbox_ids is None else list(mailbox_ids)
    sla.forget_setup()  # this process may hold the set-up from before the change
    cursor, seen, changed = 0, 0, 0
    while True:
        cursor, batch_seen, batch_changed = redate_batch(ids, cursor)
        seen, changed = seen + batch_seen, changed + batch_changed
        if batch_seen < BATCH_SIZE:
            return seen, changed


def _mailboxes_of(events: Iterable[dict[str, object]]) -> set[int] | None:
    """The mailboxes these set-up changes apply to; None when one applies to all (a policy
    for every mailbox, or a calendar, which any mailbox may follow)."""
    found: set[int] = set()
    for side in events:
        mailbox = side.get("mailbox") if "policy" in side else None
        if not isinstance(mailbox, int):
            return None
        found.add(mailbox)
    return found


def _last_pass() -> int | None:
    """The newest set-up event a finished pass covered, as the last pass recorded it (a
    restarted worker knows it too); 0 when there was never a change to apply; None when
    changes exist but no pass was recorded (a database from before session 13)."""
    stamp = (
        Event.objects.filter(verb=REDATED_VERB, conversation__isnull=True)
        .order_by("-pk")
        .values_list("after", flat=True)
        .first()
    )
    if isinstance(stamp, dict) and isinstance(stamp.get("through"), int):
        return int(stamp["through"])
    return None if Event.objects.filter(verb__in=SETUP_VERBS).exists() else 0


@dataclass
class SlaRedater:
    """The worker's side: one batch per timer round while a pass is under way. A finished
    pass is recorded (an Event, `REDATED_VERB`, naming the newest set-up change it
    covered), so a restarted worker re-dates only what changed while it was down, for the
    mailboxes those changes apply to; it used to re-date every open conversation at each
    start (walk 11, F-22's leftover: a full pass of a large database)."""

    handled: int | None = None  # the newest set-up event a finished pass covered
    target: int = 0  # the newest set-up event of the pass under way
    cursor: int = 0
    mailbox_ids: set[int] | None = field(default=None)
    running: bool = False
    changed: int = 0  # conversations the pass under way gave a new deadline

    def round(self) -> int:
        """One batch; how many conversations got a new deadline."""
        latest = (
            Event.objects.filter(verb__in=SETUP_VERBS).order_by("-pk").values_list("pk", flat=True)
        ).first() or 0
        if self.handled is None and not self.running:
            self.handled = _last_pass()
        if not self.running and (self.handled is None or latest > self.handled):
            self.mailbox_ids = None if self.handled is None else self._changed_since(latest)
            self.target, self.cursor, self.running = latest, 0, True
            sla.forget_setup()  # read as saved: another process changed it
        if not self.running:
            return 0
        self.cursor, seen, changed = redate_batch(self.mailbox_ids, self.cursor)
        self.changed += changed
        if seen < BATCH_SIZE:
            self.running, self.handled = False, self.target
            record_event(
                None, None, REDATED_VERB, None, {"through": self.target, "changed": self.changed}
            )
            self.changed = 0
        return changed

    def _changed_since(self, latest: int) -> set[int] | None:
        sides: list[dict[str, object]] = []
        for before, after in Event.objects.filter(
            verb__in=SETUP_VERBS, pk__gt=self.handled or 0, pk__lte=latest
        ).values_list("before", "after"):
            sides += [side for side in (before, after) if isinstance(side, dict)]
        return _mailboxes_of(sides) if sides else None
