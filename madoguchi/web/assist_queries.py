"""The queue ordered by triage score ("most urgent first"), as a keyset page.

Order: triage score, highest first; then the longest waiting; then id. The cursor carries
all three, so the next page starts exactly after the last row shown, however many rows
share a score.
"""

from __future__ import annotations

import base64
from datetime import datetime

from django.db.models import F, Q, QuerySet

from madoguchi.models import Conversation
from madoguchi.web.queries import PAGE_SIZE, Page


def _encode(score: float, at: datetime | None, pk: int) -> str:
    raw = f"{score!r}|{at.isoformat() if at else '-'}|{pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[float, datetime | None, int] | None:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        score, stamp, pk = base64.urlsafe_b64decode(padded).decode().split("|")
        return float(score), (None if stamp == "-" else datetime.fromisoformat(stamp)), int(pk)
    except (ValueError, UnicodeDecodeError):
        return None


def urgent_page(
    queryset: QuerySet[Conversation], cursor: str | None, size: int = PAGE_SIZE
) -> Page:
    decoded = _decode(cursor) if cursor else None
    if decoded is not None:
        score, at, pk = decoded
        same_score = Q(triage_score=score)
        if at is None:
            after_in_score = Q(last_customer_message_at__isnull=True, id__gt=pk)
        else:
            after_in_score = (
                Q(last_customer_message_at__gt=at)
                | Q(last_customer_message_at=at, id__gt=pk)
                | Q(last_customer_message_at__isnull=True)
            )
        queryset = queryset.filter(Q(triage_score__lt=score) | (same_score & after_in_score))
    rows = list(
        queryset.select_related("customer__organization", "owner__agent", "mailbox")
        .prefetch_related("labels", "customer__addresses")
        .order_by(
            F("triage_score").desc(),
            F("last_customer_message_at").asc(nulls_last=True),
            F("id").asc(),
        )[: size + 1]
    )
    next_cursor = None
    if len(rows) > size:
        last = rows[size - 1]
        next_cursor = _encode(last.triage_score, last.last_customer_message_at, last.pk)
    return Page(rows[:size], next_cursor)
