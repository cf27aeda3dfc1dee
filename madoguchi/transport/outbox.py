"""The outbox's own bookkeeping: pending → sending (under a lease) → sent | failed.

Only the rows' state lives here. What a change means for the conversation (events,
status, version) is recorded by actions/outbox.py, which calls these functions inside its
transaction; the loop that claims, sends and records is madoguchi/worker/sending.py.

Claims: on PostgreSQL several workers claim rows with SELECT … FOR UPDATE SKIP LOCKED; on
SQLite a single worker runs (worker.py enforces it). Every later step is a conditional
UPDATE on (id, state=sending, lease_owner=me), so a worker whose lease was taken over after
a long stall can never overwrite the new owner's result (healthchecks' sendalerts pattern).

Exactly once: a row found in `sending` with an expired lease belongs to a worker that died
somewhere between claiming and recording. It may have sent the mail. Before anything is
sent again, the mailbox's Sent folder and INBOX are searched for the Message-ID: the INBOX
holds the copy the SMTP server itself delivered to the mailbox (every reply carries the
mailbox's own address as an extra envelope recipient, invisible in the headers), so the
server's acceptance and that record are one event. Found: recorded as sent. Not found:
sent. The search failed: nothing is sent, the check is tried again later.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from madoguchi.models import OutboxItem, OutboxState, RefusalState, RefusedRecipient


def now() -> datetime:
    return timezone.now()


@dataclass(frozen=True)
class OutboxConfig:
    lease_seconds: float = 120.0
    retry_base_seconds: float = 30.0
    retry_cap_seconds: float = 3600.0
    max_attempts: int = 12
    batch: int = 20


@dataclass(frozen=True)
class Claim:
    item_id: int
    mailbox_id: int
    interrupted: bool  # a previous worker held it and died: check before sending


def retry_delay(attempts: int, config: OutboxConfig) -> float:
    """Exponential backoff with ±20% jitter, so retries of many replies do not stampede."""
    delay = min(config.retry_base_seconds * 2 ** max(attempts - 1, 0), config.retry_cap_seconds)
    return delay * random.uniform(0.8, 1.2)


def claim_due(owner: str, config: OutboxConfig, limit: int | None = None) -> list[Claim]:
    current = now()
    due = Q(state=OutboxState.PENDING, next_attempt_at__lte=current) | Q(
        state=OutboxState.SENDING, lease_until__lt=current
    )
    rows = _claim(OutboxItem, due, owner, config, limit or config.batch, "conversation__mailbox_id")
    return [
        Claim(item_id, mailbox_id, state == OutboxState.SENDING)
        for item_id, state, mailbox_id in rows
    ]


def _claim(
    model: type[OutboxItem | RefusedRecipient],
    due: Q,
    owner: str,
    config: OutboxConfig,
    limit: int,
    *fields: str,
) -> list[tuple[Any, ...]]:
    """(id, state, *fields) of the due rows, now `sending` under this owner's lease."""
    with transaction.atomic():
        query = model.objects.filter(due).order_by("next_attempt_at", "id")
        if connection.features.has_select_for_update_skip_locked:
            query = query.select_for_update(skip_locked=True, of=("self",))
        rows = list(query.values_list("id", "state", *fields)[:limit])
        # One UPDATE for the batch: on PostgreSQL a statement per row was a round trip each.
        if rows:
            model.objects.filter(pk__in=[row[0] for row in rows]).update(
                state=OutboxState.SENDING,  # RefusalState.SENDING is the same word
                lease_owner=owner,
                lease_until=now() + timedelta(seconds=config.lease_seconds),
                attempts=F("attempts") + 1,
            )
    return rows


def _mine(item_id: int, owner: str) -> Q:
    return Q(pk=item_id, state=OutboxState.SENDING, lease_owner=owner)


def renew(item_id: int, owner: str, config: OutboxConfig) -> bool:
    """Extend the lease right before sending; False when another worker has taken it."""
    until = now() + timedelta(seconds=config.lease_seconds)
    return OutboxItem.objects.filter(_mine(item_id, owner)).update(lease_until=until) == 1


def mark_sent(item_id: int, owner: str, note: str = "", copy_pending: bool = False) -> bool:
    """The row of a reply that went out; False when this worker no longer holds it.
    `copy_pending`: its Sent copy is still to be filed (worker/imap_lanes.py), by this
    worker's lane now: nobody else files it within COPY_LEASE."""
    current = now()
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.SENT,
            sent_at=current,
            lease_owner="",
            lease_until=None,
            last_error=note[:4000],
            sent_copy_pending=copy_pending,
            copy_next_attempt_at=current + COPY_LEASE if copy_pending else None,
        )
        == 1
    )


# The Sent copy of a sent reply, filed by a worker's IMAP lane (worker/imap_lanes.py) ------

# How long a worker that handed a Sent copy to its lane has to report before another worker
# (or this one, restarted) may file it. A lane waits 15 s per IMAP answer at most, and a
# few answers make a filing; the copy is not urgent, a second copy in Sent is a nuisance.
COPY_LEASE = timedelta(minutes=5)


def copy_filed(item_ids: list[int]) -> int:
    """The Sent copies of these replies are filed."""
    return OutboxItem.objects.filter(pk__in=item_ids).update(
        sent_copy_pending=False, copy_error="", copy_next_attempt_at=None
    )


def copy_failed(item_id: int, error: str, base_seconds: float, cap_seconds: float) -> datetime:
    """The filing failed: tried again after `base_seconds`, doubling per failure up to
    `cap_seconds`. Returns when."""
    failures = (
        OutboxItem.objects.filter(pk=item_id).values_list("copy_failures", flat=True).first() or 0
    ) + 1
    retry_at = now() + timedelta(seconds=min(base_seconds * 2 ** (failures - 1), cap_seconds))
    OutboxItem.objects.filter(pk=item_id, sent_copy_pending=True).update(
        copy_failures=failures, copy_error=error[:4000], copy_next_attempt_at=retry_at
    )
    return retry_at


def claim_copies(
    limit: int, skip_items: set[int], skip_mailboxes: set[int]
) -> list[tuple[int, int]]:
    """(item id, mailbox id) of the sent replies whose Sent copy is due to be filed, now
    this worker's for COPY_LEASE. Not due: a failed filing before its retry time (kept on
    the row: a restart does not hammer the server), one another worker is filing."""
    current = now()
    due = Q(copy_next_attempt_at__isnull=True) | Q(copy_next_attempt_at__lte=current)
    with transaction.atomic():
        query = (
            OutboxItem.objects.filter(due, sent_copy_pending=True, state=OutboxState.SENT)
            .exclude(pk__in=skip_items)
            .exclude(conversation__mailbox_id__in=skip_mailboxes)
            .order_by("pk")
        )
        if connection.features.has_select_for_update_skip_locked:
            query = query.select_for_update(skip_locked=True, of=("self",))
        rows = list(query.values_list("pk", "conversation__mailbox_id")[:limit])
        if rows:
            OutboxItem.objects.filter(pk__in=[row[0] for row in rows]).update(
                copy_next_attempt_at=current + COPY_LEASE
            )
    return rows


def attempts_of(item_id: int) -> int | None:
    return OutboxItem.objects.filter(pk=item_id).values_list("attempts", flat=True).first()


def retry_later(item_id: int, owner: str, error: str, config: OutboxConfig) -> bool:
    """A temporary failure: back to pending, due again after a backoff."""
    attempts = attempts_of(item_id) or 1
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.PENDING,
            next_attempt_at=now() + timedelta(seconds=retry_delay(attempts, config)),
            lease_owner="",
            lease_until=None,
            last_error=error[:4000],
        )
        == 1
    )


def check_later(item_id: int, owner: str, error: str, config: OutboxConfig) -> bool:
    """An interrupted send whose outcome could not be checked: stays `sending`, unclaimed,
    and is checked again after a delay. It is never sent blindly."""
    delay = retry_delay(attempts_of(item_id) or 1, config)
    text = f"interrupted while sending; could not check whether it went out: {error}"
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            lease_owner="", lease_until=now() + timedelta(seconds=delay), last_error=text[:4000]
        )
        == 1
    )


def mark_failed(item_id: int, owner: str, error: str) -> bool:
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.FAILED, lease_owner="", lease_until=None, last_error=error[:4000]
        )
        == 1
    )


def take_back(item_id: int) -> bool:
    """Undo send: a reply no worker has touched yet is cancelled; False once it is claimed.

    One conditional UPDATE: a worker's claim and this can never both win (on PostgreSQL
    the claim holds the row lock, and this re-reads the row after it).
    """
    return (
        OutboxItem.objects.filter(pk=item_id, state=OutboxState.PENDING, attempts=0).update(
            state=OutboxState.CANCELLED
        )
        == 1
    )


def send_now(item_id: int) -> bool:
    """A failed or waiting reply becomes due at once."""
    due = Q(state=OutboxState.FAILED) | Q(state=OutboxState.PENDING)
    return (
        OutboxItem.objects.filter(due, pk=item_id).update(
            state=OutboxState.PENDING, next_attempt_at=now()
        )
        == 1
    )


def delivered_since(mailbox_id: int, since: datetime) -> bool:
    """Whether a reply of this mailbox went out after `since` (the server worked then)."""
    return OutboxItem.objects.filter(
        conversation__mailbox_id=mailbox_id, state=OutboxState.SENT, sent_at__gte=since
    ).exists()


# A recipient refused while the others accepted (models.RefusedRecipient) -------------------


@dataclass(frozen=True)
class RefusalClaim:
    refusal_id: int
    interrupted: bool  # a previous worker held it and died: it may have been delivered


def claim_refusals_due(owner: str, config: OutboxConfig) -> list[RefusalClaim]:
    """The refused recipients due for another try, claimed as claim_due claims replies."""
    current = now()
    due = Q(state=RefusalState.RETRYING, next_attempt_at__lte=current) | Q(
        state=RefusalState.SENDING, lease_until__lt=current
    )
    rows = _claim(RefusedRecipient, due, owner, config, config.batch)
    return [RefusalClaim(refusal_id, state == RefusalState.SENDING) for refusal_id, state in rows]


def settle_refusal(
    refusal_id: int, owner: str, state: str, answer: str, retry_in: float | None = None
) -> bool:
    """The outcome of one try; False when this worker no longer holds the row."""
    mine = Q(pk=refusal_id, state=RefusalState.SENDING, lease_owner=owner)
    retry_at = now() + timedelta(seconds=retry_in) if retry_in is not None else None
    return (
        RefusedRecipient.objects.filter(mine).update(
            state=state,
            answer=answer[:4000],
            next_attempt_at=retry_at,
            lease_owner="",
            lease_until=None,
        )
        == 1
    )
