"""A recipient the server refused while it accepted the others: what the team is told.

The reply went out (its outbox row is `sent`) and the accepted recipients have it, once. A
4xx-refused address (RFC 5321 4.2.1: transient) is retried alone by the worker with the
bytes the others got, same Message-ID, until the server takes it or the worker gives up; a
5xx-refused one is not delivered, said at once. Either way a final "not delivered" is an
Event on the conversation and a notification to the reply's author and the owner, and the
reply in the conversation names the address and the server's answer
(templates/madoguchi/_outbox_state.html).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from django.db import transaction

from madoguchi.actions.base import now, record_event
from madoguchi.actions.notify import notify
from madoguchi.models import (
    Message,
    NotificationKind,
    OutboxItem,
    RefusalState,
    RefusedRecipient,
)
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.transport import outbox
from madoguchi.transport.smtp import Refusal


def record_refusals(item: OutboxItem, refusals: Sequence[Refusal], retry_in: float) -> None:
    """Inside the transaction that records the reply as sent (actions/outbox.record_sent)."""
    retry_at = now() + timedelta(seconds=retry_in)
    RefusedRecipient.objects.bulk_create(
        [
            RefusedRecipient(
                item_id=item.pk,
                address=refusal.address[:320],
                state=RefusalState.RETRYING if refusal.temporary else RefusalState.FAILED,
                answer=refusal.answer[:4000],
                next_attempt_at=retry_at if refusal.temporary else None,
            )
            for refusal in refusals
        ],
        ignore_conflicts=True,
    )
    for refusal in refusals:
        if not refusal.temporary:
            _not_delivered(item, refusal.address, refusal.answer)


def record_delivered(refusal: RefusedRecipient, owner: str) -> bool:
    with transaction.atomic():
        if not outbox.settle_refusal(refusal.pk, owner, RefusalState.DELIVERED, refusal.answer):
            return False
        record_event(
            refusal.item.conversation,
            None,
            "reply_delivered_later",
            None,
            {"message": refusal.item.message_id, "address": refusal.address},
        )
    return True


def record_retrying(refusal: RefusedRecipient, owner: str, answer: str, retry_in: float) -> bool:
    return outbox.settle_refusal(refusal.pk, owner, RefusalState.RETRYING, answer, retry_in)


def record_not_delivered(refusal: RefusedRecipient, owner: str, answer: str) -> bool:
    with transaction.atomic():
        if not outbox.settle_refusal(refusal.pk, owner, RefusalState.FAILED, answer):
            return False
        _not_delivered(refusal.item, refusal.address, answer)
    return True


def _not_delivered(item: OutboxItem, address: str, answer: str) -> None:
    conversation = item.conversation
    record_event(
        conversation,
        None,
        "reply_not_delivered",
        None,
        {"message": item.message_id, "address": address, "answer": answer[:500]},
    )
    author = Message.objects.filter(pk=item.message_id).values_list("author_id", flat=True)
    notify(
        [*author, conversation.owner_id],
        NotificationKind.SEND_FAILED,
        conversation,
        detail=send_failed_detail(item.message_id, address=address),
    )


def send_failed_detail(message_id: int, **more: str) -> dict[str, Any]:
    """A send-failed notification's detail: the message, and whether it is a satisfaction
    survey (worded as one, not as a reply the customer is missing)."""
    survey = survey_message_ids().filter(message_id=message_id).exists()
    return {"message": message_id, **({"survey": True} if survey else {}), **more}
