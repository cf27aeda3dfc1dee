"""What a customer's or a company's page shows besides its form: their conversations (open
ones first), the customer's addresses and company, the company's people — so someone who
never saw them can stand in from there (s10 walk F20: the pages were edit forms only).
Only conversations the reader may see; two queries for conversations, one for people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, IntegerField, Value, When

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.records import visible_customers
from madoguchi.models import Conversation, Customer, Organization, Status

LIMIT = 50
_CLOSED = (Status.RESOLVED, Status.NO_ACTION, Status.SPAM)


@dataclass
class RecordHistory:
    conversations: Sequence[Conversation]
    total: int
    addresses: list[str] = field(default_factory=list)
    people: list[Customer] = field(default_factory=list)


def record_history(user: Any, record: Customer | Organization) -> RecordHistory:
    visible = visible_conversations(user).filter(merged_into__isnull=True)
    if isinstance(record, Customer):
        mine = visible.filter(customer=record)
    else:
        mine = visible.filter(customer__organization=record)
    rows = list(
        mine.select_related("owner__agent", "customer", "mailbox")
        .annotate(
            closed=Case(
                When(status__in=_CLOSED, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        .order_by("closed", "-last_message_at", "-id")[:LIMIT]
    )
    total = len(rows) if len(rows) < LIMIT else mine.count()
    if isinstance(record, Customer):
        addresses = [address.address for address in record.addresses.all()]
        return RecordHistory(rows, total, addresses=addresses)
    people = visible_customers(user).filter(organization=record).order_by("name", "id")
    return RecordHistory(rows, total, people=list(people[:LIMIT]))
