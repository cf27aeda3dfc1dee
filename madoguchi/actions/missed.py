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
from django.db.models import Count

from madoguchi.actions.sla import FIRST_RESPONSE
from madoguchi.models import Conversation, Status

# A rollup dimension → the conversation's column.
COLUMNS = {
    "mailbox_id": "mailbox_id",
    "agent_id": "owner_id",
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
    )
    if agent_id is not None:
        rows = rows.filter(owner_id=agent_id or None)
    if priority is not None:
        rows = rows.filter(priority=priority)
    if label_id:
        rows = rows.filter(labels__id=label_id)
    if column is None:
        total = rows.aggregate(total=Count("*"))["total"] or 0
        return {None: total} if total else {}
    found: dict[Any, int] = {}
    for key, count in rows.values_list(COLUMNS[column]).annotate(n=Count("*")).order_by():
        key = 0 if column == "agent_id" and key is None else key
        if key is not None:  # no label: not in a by-label breakdown, as in the rollups
            found[key] = found.get(key, 0) + count
    return found
