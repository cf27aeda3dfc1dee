"""The queue in the order a lead trusts ("most urgent first"), as a keyset page.

Order, by weight: the lead's priority (至急 first), the SLA state (overdue, then due soon:
queries.sla_bucket_expression), inside overdue and due soon the earliest deadline first
(walk 20 G9: a row due yesterday came after one due today), the triage score (highest
first), then the longest waiting, then id. A conversation the lead marked 至急 and overdue by
a day therefore ranks above a two-line quote request however the mail was worded.

The cursor carries every key and the moment the first page was drawn, so the SLA states
do not shift between pages and the next page starts exactly after the last row shown. A
cursor of the older shape (no deadline) starts again at the top.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from django.db.models import Case, DateTimeField, F, Q, QuerySet, When
from django.utils import timezone

from madoguchi.models import Conversation
from madoguchi.web.queries import PAGE_SIZE, Page, label_chips, sla_bucket_expression

# priority, SLA state, deadline (overdue and due soon only), score, waiting, id
Key = tuple[int, int, datetime | None, float, datetime | None, int]


def _stamp(moment: datetime | None) -> str:
    return moment.isoformat() if moment else "-"


def _moment(stamp: str) -> datetime | None:
    return None if stamp == "-" else datetime.fromisoformat(stamp)


def _encode(drawn: datetime, key: Key) -> str:
    priority, bucket, due, score, at, pk = key
    raw = "|".join(
        [
            drawn.isoformat(),
            str(priority),
            str(bucket),
            _stamp(due),
            repr(score),
            _stamp(at),
            str(pk),
        ]
    )
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime, Key] | None:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        drawn, priority, bucket, due, score, at, pk = (
            base64.urlsafe_b64decode(padded).decode().split("|")
        )
        key = (int(priority), int(bucket), _moment(due), float(score), _moment(at), int(pk))
        return datetime.fromisoformat(drawn), key
    except (ValueError, UnicodeDecodeError):
        return None


def _after(key: Key) -> Q:
    """Rows after `key` in the order (priority ↑, SLA state ↑, deadline ↑, score ↓, waiting ↑,
    id ↑). The deadline is set on every overdue and due-soon row and on no other."""
    priority, bucket, due, score, at, pk = key
    if at is None:
        after_in_score = Q(last_customer_message_at__isnull=True, id__gt=pk)
    else:
        after_in_score = (
            Q(last_customer_message_at__gt=at)
            | Q(last_customer_message_at=at, id__gt=pk)
            | Q(last_customer_message_at__isnull=True)
        )
    same_priority = Q(priority=priority)
    same_bucket = same_priority & Q(sla_bucket=bucket)
    after = Q(priority__gt=priority) | (same_priority & Q(sla_bucket__gt=bucket))
    if due is not None:
        after |= same_bucket & Q(deadline__gt=due)
        same_bucket &= Q(deadline=due)
    return (
        after
        | (same_bucket & Q(triage_score__lt=score))
        | (same_bucket & Q(triage_score=score) & after_in_score)
    )


def _deadline(drawn: datetime) -> Case:
    """The SLA deadline of an overdue or due-soon row (earliest first); None on the others,
    whose order stays the triage score's."""
    return Case(
        When(Q(sla_due_at__lte=drawn) | Q(sla_warn_at__lte=drawn), then=F("sla_due_at")),
        default=None,
        output_field=DateTimeField(),
    )


def urgent_page(
    queryset: QuerySet[Conversation],
    cursor: str | None,
    size: int = PAGE_SIZE,
    labels: Any = None,
) -> Page:
    decoded = _decode(cursor) if cursor else None
    drawn = decoded[0] if decoded is not None else timezone.now()
    queryset = queryset.annotate(sla_bucket=sla_bucket_expression(drawn), deadline=_deadline(drawn))
    if decoded is not None:
        queryset = queryset.filter(_after(decoded[1]))
    rows: list[Conversation] = list(
        queryset.select_related("customer__organization", "owner__agent", "mailbox")
        .prefetch_related(label_chips(labels), "customer__addresses")
        .order_by(
            F("priority").asc(),
            F("sla_bucket").asc(),
            F("deadline").asc(nulls_last=True),
            F("triage_score").desc(),
            F("last_customer_message_at").asc(nulls_last=True),
            F("id").asc(),
        )[: size + 1]
    )
    next_cursor = None
    if len(rows) > size:
        last = rows[size - 1]
        key = (
            last.priority,
            last.sla_bucket,  # type: ignore[attr-defined]
            last.deadline,  # type: ignore[attr-defined]
            last.triage_score,
            last.last_customer_message_at,
            last.pk,
        )
        next_cursor = _encode(drawn, key)
    return Page(rows[:size], next_cursor)
