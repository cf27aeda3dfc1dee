"""First responses missed and still owed: the part of "within target" the rollups cannot
hold, since a miss is rolled up only when the late answer is written (actions/sla.py).

Walk 10 (F24): reports and the weekly digest said "first response within target 100%"
for a week with eleven customers waiting past their deadline unanswered. The rule, the
same on the page and in the digest: a conversation still waiting for its first answer
after the deadline has missed its target, counted on the day the deadline passed; once
answered (late) it is counted on the day of the answer instead, by the rollups.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, IntegerField, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf

from madoguchi.actions.sla import FIRST_RESPONSE
from madoguchi.models import Conversation, OutboxItem, OutboxState, Status

# A rollup dimension → the conversation's column ("held_by": annotated below).
COLUMNS = {
    "mailbox_id": "mailbox_id",
    "agent_id": "held_by",
    "priority": "priority",
    "label_id": "labels__id",
}


def missed_first_responses(
    mailbox_ids: Iterable[int],
    start: date,
    end: date,
    *,
    now: datetime,
    agent_id: int | None = None,
    priority: int | None = None,
    label_id: int = 0,
    column: str | None = None,
) -> dict[Any, int]:
    """Conversations whose first-response deadline passed between `start` and `end`
    (inclusive days, the installation's time zone like the rollups) and before `now`,
    still unanswered; per value of the rollup `column` (None: one total under None).
    The owner's id is 0 for nobody, as in the rollups."""
    zone = ZoneInfo(settings.TIME_ZONE)
    since = datetime.combine(start, time(0), tzinfo=zone)
    until = min(datetime.combine(end + timedelta(days=1), time(0), tzinfo=zone), now)
    if until <= since:
        return {}
    rows = Conversation.objects.filter(
        mailbox_id__in=list(mailbox_ids),
        # A merged conversation is 対応不要 (actions/conversations.merge), so the status
        # leaves it out; `merged_into IS NULL` made SQLite walk that index (every row).
        status__in=(Status.NEW, Status.OPEN),
        sla_kind=FIRST_RESPONSE,
        first_response_seconds__isnull=True,
        sla_due_at__gte=since,
        sla_due_at__lt=until,
    ).annotate(
        # The miss is whoever's held it when the deadline passed (actions/sla.py
        # hold_missed_target; 0: nobody), else the owner's (walk 12, F-19).
        held_by=NullIf(
            Coalesce("first_response_missed_by", "owner_id", output_field=IntegerField()),
            Value(0),
        )
    )
    return _per_key(rows, COLUMNS, column, agent_id, priority, label_id)


def _per_key(
    rows: QuerySet[Any],
    columns: dict[str, str],
    column: str | None,
    agent_id: int | None,
    priority: int | None,
    label_id: int,
) -> dict[Any, int]:
    """The rows narrowed like the report and counted per value of the rollup `column`."""
    if agent_id is not None:
        rows = rows.filter(**{columns["agent_id"]: agent_id or None})
    if priority is not None:
        rows = rows.filter(**{columns["priority"]: priority})
    if label_id:
        rows = rows.filter(**{columns["label_id"]: label_id})
    if column is None:
        total = rows.aggregate(total=Count("*"))["total"] or 0
        return {None: total} if total else {}
    found: dict[Any, int] = {}
    for key, count in rows.values_list(columns[column]).annotate(n=Count("*")).order_by():
        key = 0 if column == "agent_id" and key is None else key
        if key is not None:  # no label: not in a by-label breakdown, as in the rollups
            found[key] = found.get(key, 0) + count
    return found


# A rollup dimension → the column of a reply's outbox row.
REPLY_COLUMNS = {
    "mailbox_id": "conversation__mailbox_id",
    "agent_id": "message__author_id",
    "priority": "conversation__priority",
    "label_id": "conversation__labels__id",
}


def unsent_replies(
    mailbox_ids: Iterable[int],
    start: date,
    end: date,
    *,
    agent_id: int | None = None,
    priority: int | None = None,
    label_id: int = 0,
    column: str | None = None,
) -> dict[Any, int]:
    """Replies counted when they were queued (actions/replies.send_reply) that have not
    reached the customer: failed, or held for approval. Walk 11 (F-18): the reports said
    田中 answered four more customers with mail that bounced or sat in the approval queue.
    The reports subtract these; a reply sent later (resent, approved) counts again, on the
    day it was queued, as before. Per value of the rollup `column`, like the rollups."""
    zone = ZoneInfo(settings.TIME_ZONE)
    since = datetime.combine(start, time(0), tzinfo=zone)
    until = datetime.combine(end + timedelta(days=1), time(0), tzinfo=zone)
    # Only replies (they carry the agent's own words): a survey, a follow-up or a forward that
    # failed was never counted, and taking it off showed 「（担当なし） 返信 -1」 (walk 12, F-20).
    rows = OutboxItem.objects.filter(
        conversation__mailbox_id__in=list(mailbox_ids),
        state__in=(OutboxState.FAILED, OutboxState.AWAITING_APPROVAL),
        created_at__gte=since,
        created_at__lt=until,
    ).exclude(own_text="")
    return _per_key(rows, REPLY_COLUMNS, column, agent_id, priority, label_id)
