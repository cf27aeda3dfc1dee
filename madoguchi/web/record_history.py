"""What a customer's or a company's page shows besides its form: their conversations (open
ones first), the customer's addresses and company, the company's people — so someone who
never saw them can stand in from there (s10 walk F20: the pages were edit forms only).
Only conversations the reader may see; two queries for conversations, one for people."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, Value, When

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.records import visible_customers
from madoguchi.models import Conversation, Customer, Label, Organization, Status

LIMIT = 50
_CLOSED = (Status.RESOLVED, Status.NO_ACTION, Status.SPAM)


@dataclass
class RecordHistory:
    conversations: Sequence[Conversation]
    total: int
    addresses: list[str] = field(default_factory=list)
    people: list[Customer] = field(default_factory=list)
    labels: Sequence[Label] = ()  # each with .used: on how many of the conversations


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
    # VIP and the other labels on their conversations, said up front (walk 11 F-12: two
    # of 吉田's four conversations were VIP and his page did not say so).
    labels = list(
        Label.objects.filter(conversations__in=mine)
        .annotate(used=Count("conversations", filter=Q(conversations__in=mine)))
        .order_by("-used", "name")
    )
    if isinstance(record, Customer):
        addresses = [address.address for address in record.addresses.all()]
        # Who else writes from their company: whom to ask, whose history helps.
        people = (
            visible_customers(user)
            .filter(organization_id=record.organization_id)
            .exclude(pk=record.pk)
            .order_by("name", "id")
            if record.organization_id
            else Customer.objects.none()
        )
        return RecordHistory(
            rows, total, addresses=addresses, people=list(people[:LIMIT]), labels=labels
        )
    people = visible_customers(user).filter(organization=record).order_by("name", "id")
    return RecordHistory(rows, total, people=list(people[:LIMIT]), labels=labels)
