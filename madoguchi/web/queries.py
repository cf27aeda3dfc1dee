"""Read-side queries for the pages: queue folders, keyset pages, live counts.

Everything starts from visible_conversations(user), so a list can never show a
conversation of a mailbox the user does not belong to.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from django.db import connection
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone

from madoguchi.actions.base import (
    role_of,
    visible_conversations,
    visible_mailbox_ids,
    visible_mailbox_list,
)
from madoguchi.actions.prepare import text_preview
from madoguchi.actions.scoping import visible_scope
from madoguchi.models import (
    Conversation,
    Direction,
    FolderCount,
    Label,
    Mailbox,
    Message,
    OutboxItem,
    OutboxState,
    Status,
)
from madoguchi.models.satisfaction import survey_message_ids

PAGE_SIZE = 50
ACTIVE = (Status.NEW, Status.OPEN, Status.WAITING)  # folders other than a status show these
STATUS_FOLDERS = [s.value for s in Status]
# 要対応: every conversation that waits on us, across statuses, for a lead's 緊急度順 of the
# whole backlog (walk 13 F24). 未対応 and 対応中 always; 返信待ち only once a deadline of
# ours runs there — a promise we made (actions/sla.py keeps no other clock while waiting)
# past its warning time. A 返信待ち with nothing promised waits on the customer, not us.
NEEDS_ACTION = "needs_action"


@dataclass(frozen=True)
class Folder:
    kind: (
        str  # a status, "mine", "unassigned", "snoozed", "overdue", "due_soon", "label",
        # "mailbox", or NEEDS_ACTION
    )
    key: int | None = None  # label or mailbox id


def folder_queryset(user: Any, folder: Folder, status: str = "") -> QuerySet[Conversation]:
    queryset = visible_conversations(user).filter(merged_into__isnull=True)
    at = timezone.now()
    if folder.kind == "snoozed":
        return queryset.filter(snoozed_until__gt=at)
    if folder.kind == "send_failed":  # 送信失敗: whatever the status, a reply did not go
        return queryset.filter(pk__in=_send_failed_ids())
    # A snoozed conversation is out of sight until its time comes (then the worker reopens it).
    queryset = queryset.filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=at))
    if folder.kind in STATUS_FOLDERS:
        return queryset.filter(status=folder.kind)
    if folder.kind == NEEDS_ACTION:
        return queryset.filter(needs_action_q(at))
    statuses = [status] if status in STATUS_FOLDERS else list(ACTIVE)
    queryset = queryset.filter(status__in=statuses)
    if folder.kind == "overdue":
        return queryset.filter(overdue_q(at))
    if folder.kind == "due_soon":
        return queryset.filter(due_soon_q(at))
    if folder.kind == "mine":
        return queryset.filter(owner=user)
    if folder.kind == "unassigned":
        return queryset.filter(owner__isnull=True)
    if folder.kind == "label":
        return queryset.filter(labels__id=cast(int, folder.key))
    if folder.kind == "mailbox":
        return queryset.filter(mailbox_id=cast(int, folder.key))
    raise ValueError(folder.kind)


def _send_failed_ids() -> Any:
    # Replies only: a survey that did not go owes the customer no answer (walk 12 F-17).
    failed = OutboxItem.objects.filter(state=OutboxState.FAILED)
    return failed.exclude(message_id__in=survey_message_ids()).values("conversation_id")


def customer_words_if_failed(conversation_ids: list[int]) -> dict[int, str]:
    """For the conversations among these with a reply that failed: the preview of the
    customer's last mail, keyed by conversation. The row's stored preview is the failed
    reply's first line, which reads as if the customer had been answered (walk 11, F-24)."""
    failed = set(
        _send_failed_ids()
        .filter(conversation_id__in=conversation_ids)
        .values_list("conversation_id", flat=True)
    )
    words: dict[int, str] = {}
    if not failed:
        return words
    last_in = (
        Message.objects.filter(conversation=OuterRef("pk"), direction=Direction.INCOMING)
        .order_by("-received_at", "-pk")
        .values("pk")[:1]
    )
    latest = Conversation.objects.filter(pk__in=failed).values(last=Subquery(last_in))
    for conversation_id, text in Message.objects.filter(pk__in=latest).values_list(
        "conversation_id", "text"
    ):
        words[conversation_id] = text_preview(text)
    return words


def label_chips(labels: QuerySet[Label] | None) -> Any:
    """The labels a row shows: only those the reader may see (another team's private label
    on a conversation in a shared mailbox is not theirs to read); None: every label."""
    return "labels" if labels is None else Prefetch("labels", queryset=labels)


@dataclass(frozen=True)
class Page:
    conversations: list[Conversation]
    next_cursor: str | None


def _encode(at: datetime | None, pk: int) -> str:
    raw = f"{at.isoformat() if at else '-'}|{pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime | None, int] | None:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        stamp, pk = base64.urlsafe_b64decode(padded).decode().split("|")
        return (None if stamp == "-" else datetime.fromisoformat(stamp)), int(pk)
    except (ValueError, UnicodeDecodeError):
        return None


def keyset_page(
    queryset: QuerySet[Conversation],
    order: str,
    cursor: str | None,
    size: int = PAGE_SIZE,
    labels: QuerySet[Label] | None = None,
) -> Page:
    """Oldest waiting first (or newest) on (last_customer_message_at, id), nulls last.

    Conversations we started (no customer message yet) have no time; they come after the
    others in either order rather than vanishing from the queue. They are read by a second
    query, only on the page where the timed rows run out: one ORDER BY with NULLS LAST (and
    a keyset written as an OR) made SQLite sort every row after the cursor instead of
    walking the (status, time, id) index — 70 ms instead of 1 ms deep in 60,000 rows.
    """
    newest = order == "newest"
    later = "lt" if newest else "gt"
    direction = "-" if newest else ""
    decoded = _decode(cursor) if cursor else None
    related = queryset.select_related("customer__organization", "owner__agent", "mailbox")
    related = related.prefetch_related(label_chips(labels), "customer__addresses")
    rows: list[Conversation] = []
    if decoded is None or decoded[0] is not None:
        timed = related.filter(last_customer_message_at__isnull=False)
        if decoded is not None:
            at, pk = decoded
            # (time, id) after the cursor, as "time ≥ t and (time > t or id > pk)": the
            # first condition is a plain range on the index.
            timed = timed.filter(
                Q(**{f"last_customer_message_at__{later}e": at}),
                Q(**{f"last_customer_message_at__{later}": at}) | Q(**{f"id__{later}": pk}),
            )
        rows = list(
            timed.order_by(f"{direction}last_customer_message_at", f"{direction}id")[: size + 1]
        )
    if len(rows) <= size:
        untimed = related.filter(last_customer_message_at__isnull=True)
        if decoded is not None and decoded[0] is None:
            untimed = untimed.filter(**{f"id__{later}": decoded[1]})
        rows += list(untimed.order_by(f"{direction}id")[: size + 1 - len(rows)])
    next_cursor = None
    if len(rows) > size:
        last = rows[size - 1]
        next_cursor = _encode(last.last_customer_message_at, last.pk)
    return Page(rows[:size], next_cursor)


@dataclass(frozen=True)
class Counts:
    by_folder: dict[str, int]
    by_label: dict[int, int]
    by_mailbox: dict[int, int]


def counts_for(user: Any) -> Counts:
    """Sidebar counts in two queries whose cost does not grow with the conversations:
    the buckets the database's triggers keep (models/counts.py) for the mailboxes the
    user sees, less the few conversations snoozed until a future time; then 期限超過,
    期限間近 and 送信失敗 from a range scan over the deadlines already warned about and the
    failed outbox rows. Read on every page and every refresh, the same in every web
    process (nothing is cached per process)."""
    if role_of(user) is None:
        return Counts(
            dict.fromkeys(
                [*STATUS_FOLDERS, *_CLOCK_FOLDERS, "mine", "unassigned", "snoozed", NEEDS_ACTION],
                0,
            ),
            {},
            {},
        )
    at = timezone.now()
    # The ids as values read once, not a subquery repeated in each of the three parts
    # (actions.base.visible_mailbox_ids says why), and the request's own reading of them.
    visible = visible_mailbox_ids(user)
    ids = visible if visible is not None else list(Mailbox.objects.values_list("id", flat=True))
    mailboxes, mailbox_params = ", ".join(["%s"] * len(ids)) or "NULL", ids
    when = connection.ops.adapt_datetimefield_value(at)
    counts, conversations = FolderCount._meta.db_table, Conversation._meta.db_table
    labels = Conversation.labels.through._meta.db_table
    # A snoozed conversation is out of sight until its time comes: its buckets are
    # lessened by the conversations snoozed until later (an index range on snoozed_until).
    sql = (
        f"SELECT mailbox_id, status, owner_id, label_id, total, 0 FROM {counts} "
        f"WHERE mailbox_id IN ({mailboxes}) "
        f"UNION ALL SELECT mailbox_id, status, COALESCE(owner_id, 0), 0, -1, 1 "
        f"FROM {conversations} "
        f"WHERE snoozed_until > %s AND merged_into_id IS NULL AND mailbox_id IN ({mailboxes}) "
        f"UNION ALL SELECT c.mailbox_id, c.status, 0, l.label_id, -1, 1 FROM {conversations} c "
        f"JOIN {labels} l ON l.conversation_id = c.id WHERE c.snoozed_until > %s "
        f"AND c.merged_into_id IS NULL AND c.mailbox_id IN ({mailboxes})"
    )
    params = [*mailbox_params, when, *mailbox_params, when, *mailbox_params]
    by_folder = dict.fromkeys([*STATUS_FOLDERS, "mine", "unassigned", "snoozed"], 0)
    by_label: dict[int, int] = {}
    by_mailbox: dict[int, int] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for mailbox, status, owner, label, total, snoozed in cursor.fetchall():
            active = status in ACTIVE
            # One conversation snoozed until later: スヌーズ中. Told by its own column, not by
            # total == -1: on PostgreSQL the counts table holds -1 delta rows too.
            if snoozed and not label:
                by_folder["snoozed"] += 1
            if label:
                if active:
                    by_label[label] = by_label.get(label, 0) + total
                continue
            by_folder[status] = by_folder.get(status, 0) + total
            if active:
                by_mailbox[mailbox] = by_mailbox.get(mailbox, 0) + total
                if owner == user.pk:
                    by_folder["mine"] += total
                elif owner == 0:
                    by_folder["unassigned"] += total
    in_sight = (
        visible_conversations(user)
        .filter(merged_into__isnull=True)
        .filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=at))
    )
    # Every deadline past its warning time (a warning is never after its deadline): a range
    # on conv_sla_counts. Apart from it, the conversations a reply failed to leave (送信失敗,
    # whatever the status), read from the failed outbox rows by primary key. One statement
    # with "warned OR failed" could use neither index and walked every conversation of the
    # visible mailboxes: 36 ms of every page at 333,000 conversations (session 44,
    # bench/web.py --reuse, SQLite), against 0.1 + 0.1 ms for the two.
    clocks = in_sight.filter(sla_warn_at__lte=at).aggregate(
        overdue=Count("id", filter=overdue_q(at)),
        due_soon=Count("id", filter=due_soon_q(at)),
        promised_while_waiting=Count("id", filter=Q(status=Status.WAITING)),
    )
    clocks["send_failed"] = in_sight.filter(pk__in=_send_failed_ids()).count()
    promised_while_waiting = clocks.pop("promised_while_waiting")
    by_folder.update(clocks)
    by_folder[NEEDS_ACTION] = (
        by_folder[Status.NEW] + by_folder[Status.OPEN] + promised_while_waiting
    )
    return Counts(
        by_folder,
        {label: total for label, total in by_label.items() if total},
        {mailbox: total for mailbox, total in by_mailbox.items() if total},
    )


_CLOCK_FOLDERS = ("overdue", "due_soon", "send_failed")


def sidebar_labels(user: Any) -> list[Label]:
    return list(Label.objects.filter(visible_scope(user)))


def sidebar_mailboxes(user: Any) -> list[Any]:
    return visible_mailbox_list(user)


# SLA buckets, most pressing first: the order of "緊急度順" after priority.
SLA_OVERDUE, SLA_DUE_SOON, SLA_OK, SLA_NONE = 0, 1, 2, 3


def overdue_q(at: datetime) -> Q:
    """Past the current SLA deadline (kept on the conversation by actions/sla.py; it is
    empty while nothing is owed: 返信待ち, resolved, or a paused clock)."""
    return Q(sla_due_at__lte=at)


def needs_action_q(at: datetime) -> Q:
    """要対応 (NEEDS_ACTION): new or open, or waiting with our promise due soon or late (a
    warning time is never after its deadline)."""
    return Q(status__in=(Status.NEW, Status.OPEN)) | Q(status=Status.WAITING, sla_warn_at__lte=at)


def due_soon_q(at: datetime) -> Q:
    """Past the warning share of the target, not yet late."""
    return Q(sla_due_at__gt=at, sla_warn_at__lte=at)


def sla_bucket_expression(at: datetime) -> Case:
    """0 overdue, 1 due soon, 2 on time, 3 no deadline: for ORDER BY after priority."""
    return Case(
        When(sla_due_at__isnull=True, then=Value(SLA_NONE)),
        When(sla_due_at__lte=at, then=Value(SLA_OVERDUE)),
        When(sla_warn_at__lte=at, then=Value(SLA_DUE_SOON)),
        default=Value(SLA_OK),
        output_field=IntegerField(),
    )


def is_overdue(conversation: Conversation, at: datetime) -> bool:
    """Past its SLA deadline, counted in business hours (actions/sla.py)."""
    return conversation.sla_due_at is not None and conversation.sla_due_at <= at


def is_due_soon(conversation: Conversation, at: datetime) -> bool:
    due, warn = conversation.sla_due_at, conversation.sla_warn_at
    return due is not None and warn is not None and warn <= at < due


@dataclass(frozen=True)
class Workload:
    """What one person (owner None: nobody) has on their desk now, counted exactly as the
    queue folders the report links to count it (not merged, not snoozed)."""

    owner_id: int | None
    name: str
    new: int
    open: int
    waiting: int
    overdue: int


def workload_by_owner(user: Any) -> list[Workload]:
    """Open work per owner, for the reports page (walk 8 finding 13: a lead found who has
    how much only through the search facets). One grouped query; most overdue first."""
    at = timezone.now()
    rows = (
        visible_conversations(user)
        .filter(merged_into__isnull=True, status__in=ACTIVE)
        .filter(Q(snoozed_until__isnull=True) | Q(snoozed_until__lte=at))
        .values("owner_id", "owner__username", "owner__agent__display_name")
        .annotate(
            new=Count("id", filter=Q(status=Status.NEW)),
            open=Count("id", filter=Q(status=Status.OPEN)),
            waiting=Count("id", filter=Q(status=Status.WAITING)),
            overdue=Count("id", filter=overdue_q(at)),
        )
    )
    found = [
        Workload(
            row["owner_id"],
            row["owner__agent__display_name"] or row["owner__username"] or "",
            row["new"],
            row["open"],
            row["waiting"],
            row["overdue"],
        )
        for row in rows
    ]
    found.sort(key=lambda w: (w.owner_id is None, -w.overdue, -(w.new + w.open), w.name))
    return found
