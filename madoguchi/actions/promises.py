"""A promise in a reply that left becomes the conversation's deadline (walk 13, F21).

「明日12月3日の正午までにお送りいたします」 sent to a customer was only text in the mail: the
conversation sat in 返信待ち with no deadline and nobody was reminded. Now, when a reply
has reached the customer's server (actions/outbox.record_sent), its dated promise
(quality/promises.py, resolved in the mailbox's calendar) is kept on the conversation: the
header shows it, and the SLA clock (actions/sla.refresh, kind PROMISE) brings the
conversation back into 期限間近 / 期限超過 and tells the owner when the date nears or
passes. Our next reply that leaves keeps its own promise, or fulfils this one.
"""

from __future__ import annotations

import logging
from datetime import datetime

from madoguchi.actions import sla
from madoguchi.actions.base import record_event
from madoguchi.models import Conversation, Message
from madoguchi.quality.promises import Promise, find_promise

log = logging.getLogger(__name__)


def promise_in(conversation: Conversation, text: str, sent_at: datetime) -> Promise | None:
    calendar = sla.current_setup().calendar_for(conversation.mailbox_id)
    return find_promise(text, sent_at, calendar)


def on_reply_left(conversation: Conversation, message: Message, at: datetime) -> None:
    """Called inside record_sent's transaction. Cheap when there is nothing to do: no
    promise in the reply and none standing (the conversation as the worker loaded it)."""
    try:
        promise = promise_in(conversation, message.text or "", at)
    except Exception:  # noqa: BLE001 - reading a date must never undo "sent" (record_sent)
        log.exception("no promise read from message %s", message.pk)
        promise = None
    if promise is None and conversation.promised_at is None:
        return
    current = Conversation.objects.select_for_update().get(pk=conversation.pk)
    before = current.promised_at
    if promise is None and before is None:
        return
    if promise is not None:
        current.promised_at, current.promise_quote = promise.due, promise.quote
    else:
        current.promised_at, current.promise_quote = None, None
    sla.refresh(current, at)
    current.version += 1
    current.save(update_fields=["promised_at", "promise_quote", "version", *sla.SLA_FIELDS])
    record_event(
        current,
        None,
        "promise_recorded" if promise is not None else "promise_kept",
        {"due": before.isoformat()} if before else None,
        {"due": promise.due.isoformat(), "quote": promise.quote, "message": message.pk}
        if promise is not None
        else {"message": message.pk},
    )
