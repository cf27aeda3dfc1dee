"""The queue in the order a lead trusts ("most urgent first"), as a keyset page.

Order, by weight: the lead's priority (至急 first), the SLA state (overdue, then due soon:
queries.sla_bucket_expression), the triage score (highest first), then the longest
waiting, then id. A conversation the lead marked 至急 and overdue by a day therefore ranks
above a two-line quote request however the mail was worded.

The cursor carries every key and the moment the first page was drawn, so the SLA states
do not shift between pages and the next page starts exactly after the last row shown.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from django.db.models import F, Q, QuerySet
from django.utils import timezone

from madoguchi.models import Conversation
from madoguchi.web.queries import PAGE_SIZE, Page, label_chips, sla_bucket_expression

Key = tuple[int, int, float, datetime | None, int]  # priority, SLA state, score, waiting, id


def _encode(drawn: datetime, key: Key) -> str:
    priority, bucket, score, at, pk = key
    raw = "|".join(
        [
            drawn.isoformat(),
            str(priority),
            str(bucket),
            repr(score),
            at.isoformat() if at else "-",
            str(pk),
        ]
    )
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime, Key] | None:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        drawn, priority, bucket, score, stamp, pk = (
            base64.urlsafe_b64decode(padded).decode().split("|")
        )
        at = None if stamp == "-" else datetime.fromisoformat(stamp)
        key = (int(priority), int(bucket), float(score), at, int(pk))
        return datetime.fromisoformat(drawn), key
    except (ValueError, UnicodeDecodeError):
        return None


def _after(key: Key) -> Q:
    """Rows after `key` in the order (priority ↑, SLA state ↑, score ↓, waiting ↑, id ↑)."""
    priority, bucket, score, at, pk = key
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
    return (
        Q(priority__gt=priority)
        | (same_priority & Q(sla_bucket__gt=bucket))
        | (same_bucket & Q(triage_score__lt=score))
        | (same_bucket & Q(triage_score=score) & after_in_score)
    )


def urgent_page(
    queryset: QuerySet[Conversation],
    cursor: str | None,
    size: int = PAGE_SIZE,
    labels: Any = None,
) -> Page:
    decoded = _decode(cursor) if cursor else None
    drawn = decoded[0] if decoded is not None else timezone.now()
    queryset = queryset.annotate(sla_bucket=sla_bucket_expression(drawn))
    if decoded is not None:
        queryset = queryset.filter(_after(decoded[1]))
    rows: list[Conversation] = list(
        queryset.select_related("customer__organization", "owner__agent", "mailbox")
        .prefetch_related(label_chips(labels), "customer__addresses")
        .order_by(
            F("priority").asc(),
            F("sla_bucket").asc(),
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
            last.triage_score,
            last.last_customer_message_at,
            last.pk,
        )
        next_cursor = _encode(drawn, key)
    return Page(rows[:size], next_cursor)
