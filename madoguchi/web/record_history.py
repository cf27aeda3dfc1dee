"""What a customer's or a company's page shows besides its form: their conversations (open
ones first), the customer's addresses and company, the company's people — so someone who
never saw them can stand in from there (s10 walk F20: the pages were edit forms only).
Only conversations the reader may see; three queries for conversations (the rows, one
aggregate for the summary, the labels), one for people, whatever their number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.utils import timezone

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.records import visible_customers
from madoguchi.models import Conversation, Customer, Label, Organization, Status
from madoguchi.models.conversations import ACTIVE_STATUSES
from madoguchi.web.queries import overdue_q

LIMIT = 50
_CLOSED = (Status.RESOLVED, Status.NO_ACTION, Status.SPAM)


@dataclass(frozen=True)
class Summary:
    """What is open now, counted as the queue folders count it (merged-away conversations
    not at all, snoozed ones not as owed until they wake) — walk 12 F-13: a lead opening a
    company's page wants "what is open and late for them" before its history."""

    open: int = 0  # 未完了: anything not resolved, not needing action, not spam
    owed: int = 0  # こちらの対応待ち: 未対応 or 対応中, awake
    overdue: int = 0  # 期限超過
    unassigned: int = 0  # 未対応/対応中 with nobody on it
    waiting: int = 0  # 返信待ち: the customer owes us


@dataclass
class RecordHistory:
    conversations: Sequence[Conversation]
    total: int
    addresses: list[str] = field(default_factory=list)
    people: list[Customer] = field(default_factory=list)
    labels: Sequence[Label] = ()  # each with .used: on how many of the conversations
    summary: Summary = Summary()

    @property
    def vip(self) -> bool:
        """VIP is a label in this product (the sorting rules' 「VIP企業は VIP ラベル」, the
        domain block's warning): any of their conversations carrying one marks them."""
        return any("vip" in label.name.lower() for label in self.labels)


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
    summary = _summary(mine)
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
            rows,
            total,
            addresses=addresses,
            people=list(people[:LIMIT]),
            labels=labels,
            summary=summary,
        )
    people = visible_customers(user).filter(organization=record).order_by("name", "id")
    return RecordHistory(rows, total, people=list(people[:LIMIT]), labels=labels, summary=summary)


def _summary(conversations: Any) -> Summary:
    """One aggregate query, whatever the number of conversations."""
    at = timezone.now()
    awake = Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=at)
    owed = Q(status__in=ACTIVE_STATUSES) & awake
    counts = conversations.aggregate(
        open=Count("id", filter=~Q(status__in=_CLOSED)),
        owed=Count("id", filter=owed),
        overdue=Count("id", filter=overdue_q(at) & awake),
        unassigned=Count("id", filter=owed & Q(owner__isnull=True)),
        waiting=Count("id", filter=Q(status=Status.WAITING)),
    )
    return Summary(**{name: value or 0 for name, value in counts.items()})
