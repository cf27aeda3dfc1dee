"""What a reply's fate in the outbox means for its conversation: every such change here.

The worker (madoguchi/worker/sending.py) reports sent, retrying and failed; agents take a
reply back within the undo window or ask for it to be sent now. Each is atomic with the
outbox row's own change (transport/outbox.py), records an Event and bumps the
conversation's version. A reply that has not gone out takes the conversation out of
返信待ち (waiting on the customer): the team still owes an answer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.db.models import F, Subquery
from django.utils.translation import gettext as _

from madoguchi.actions import promises, rollup, sla
from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, visible_conversations
from madoguchi.actions.notify import notify
from madoguchi.actions.prepare import text_preview
from madoguchi.actions.refusals import record_refusals, send_failed_detail
from madoguchi.mail.headers import format_addresses
from madoguchi.mail.ids import content_hash
from madoguchi.models import (
    Conversation,
    Direction,
    Draft,
    Message,
    NotificationKind,
    OutboxItem,
    OutboxState,
    RawMessage,
    Status,
)
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.transport import outbox
from madoguchi.transport.smtp import Refusal

log = logging.getLogger(__name__)


def _bump(conversation_id: int) -> None:
    Conversation.objects.filter(pk=conversation_id).update(version=F("version") + 1)


def one_message_fewer(conversation: Conversation, fields: list[str]) -> None:
    """A message of ours taken out (undo send, a failed reply discarded, a forward taken
    back): one message fewer, a new version (a colleague's stale page notices); saved with
    the caller's other `fields`."""
    conversation.message_count = max(conversation.message_count - 1, 0)
    conversation.version += 1
    conversation.updated_at = now()
    conversation.save(update_fields=["message_count", "version", "updated_at", *fields])


def _owe_answer(item: OutboxItem, reason: str) -> None:
    """The reply did not go: 返信待ち → 対応中, recorded once, and the SLA owed again.

    Until this, the reply had stopped the response clock and (the first time) recorded the
    first response when it was queued; a reply that never reached the customer must not
    count as answered on time, in the queue's deadline or in the reports.
    """
    conversation = Conversation.objects.select_for_update().get(pk=item.conversation_id)
    if conversation.status != Status.WAITING:
        return
    conversation.status = Status.OPEN
    conversation.save(update_fields=["status", *_unanswer(conversation, item)])
    record_event(
        conversation,
        None,
        "status_changed",
        {"status": Status.WAITING},
        {"status": Status.OPEN, "reason": reason, "message": item.message_id},
    )


def _unanswer(conversation: Conversation, item: OutboxItem) -> list[str]:
    """The reply `item` answered nobody: the response clock and deadline as before it, and
    its first-response time taken back. Called with the conversation back in 未対応/対応中;
    returns the fields changed."""
    answered_at = item.created_at or item.message.received_at
    first = (
        conversation.first_response_at is not None
        and conversation.first_response_at >= answered_at
        and not OutboxItem.objects.filter(
            conversation=conversation, state=OutboxState.SENT, created_at__lt=answered_at
        ).exists()
    )
    fields = list(sla.SLA_FIELDS)
    # send_reply makes the replier the owner before it counts the first response (reports,
    # by owner): it is taken back from the same row, the owner's.
    sla.on_answer_undone(conversation, answered_at, first, now())
    if first:
        conversation.first_response_at = None
        fields.append("first_response_at")
    return fields


def _waiting_again(conversation: Conversation, message: Message) -> None:
    """Back to 返信待ち after a failure, unless the customer wrote again meanwhile; the
    answer counts from now, when it reached the customer's server (see _owe_answer)."""
    current = Conversation.objects.select_for_update().get(pk=conversation.pk)
    if current.status != Status.OPEN:
        return
    newer = current.messages.filter(
        direction=Direction.INCOMING, received_at__gt=message.received_at
    ).exists()
    if newer:
        return
    current.save(update_fields=sla.answered(current, now()))


def record_sent(
    item: OutboxItem,
    owner: str,
    data: bytes | None,
    note: str = "",
    recovered: bool = False,
    refusals: Sequence[Refusal] = (),
    retry_in: float = 0.0,
    copy_pending: bool = False,
) -> bool:
    """The reply went out: the row, the raw copy (what went over SMTP), the event, and the
    recipients the server refused while it took the others (actions/refusals.py).

    `item` comes with its message and conversation loaded (the worker loads a round's
    items at once). On PostgreSQL every statement is a round trip, so this is six: the
    row, the raw copy (inserted without a savepoint: the unique hash makes a repeat a
    no-op), the message's link to it, the event, the version, the commit.
    """
    with transaction.atomic():
        if not outbox.mark_sent(item.pk, owner, note, copy_pending):
            return False
        message = item.message
        conversation = item.conversation
        if data is not None and message.raw_id is None:
            digest = content_hash(data, message.message_id)
            raw = RawMessage(
                mailbox_id=conversation.mailbox_id,
                content_hash=digest,
                message_id=message.message_id[:998],
                data=data,
                size=len(data),
                source="sent",
                received_at=now(),
                state=RawMessage.State.PROCESSED,
            )
            RawMessage.objects.bulk_create([raw], ignore_conflicts=True)
            stored = RawMessage.objects.filter(
                mailbox_id=conversation.mailbox_id, content_hash=digest
            ).values("pk")[:1]
            Message.objects.filter(pk=message.pk, raw__isnull=True).update(raw=Subquery(stored))
        after = {"message": message.pk, **({"recovered": True} if recovered else {})}
        record_event(conversation, None, "reply_sent", None, after)
        promises.on_reply_left(conversation, message, now())
        if refusals:
            record_refusals(item, refusals, retry_in)
        if item.attempts > 1:
            _waiting_again(conversation, message)
        _bump(conversation.pk)
    return True


def record_retrying(item_id: int, owner: str, error: str, config: outbox.OutboxConfig) -> str:
    """A temporary failure: tried again later ("retried"), or "failed" after too many."""
    attempts = outbox.attempts_of(item_id) or 0
    if attempts >= config.max_attempts:
        record_failed(item_id, owner, f"gave up after {attempts} attempts; last: {error}")
        return "failed"
    with transaction.atomic():
        if outbox.retry_later(item_id, owner, error, config):
            item = OutboxItem.objects.select_related("conversation").get(pk=item_id)
            _owe_answer(item, "retrying")
            _bump(item.conversation_id)
    return "retried"


def record_failed(item_id: int, owner: str, error: str) -> bool:
    with transaction.atomic():
        if not outbox.mark_failed(item_id, owner, error):
            return False
        item = OutboxItem.objects.select_related("conversation").get(pk=item_id)
        record_event(
            item.conversation,
            None,
            "reply_failed",
            None,
            {"message": item.message_id, "error": error[:500]},
        )
        author = Message.objects.filter(pk=item.message_id).values_list("author_id", flat=True)
        notify(
            [*author, item.conversation.owner_id],
            NotificationKind.SEND_FAILED,
            item.conversation,
            detail=send_failed_detail(item.message_id),
        )
        _owe_answer(item, "failed")
        _bump(item.conversation_id)
    return True


def record_check_later(item_id: int, owner: str, error: str, config: outbox.OutboxConfig) -> bool:
    """An interrupted send that could not be checked: no change the conversation sees."""
    return outbox.check_later(item_id, owner, error, config)


def _item_for(user: Any, item: OutboxItem | int) -> OutboxItem:
    pk = item.pk if isinstance(item, OutboxItem) else item
    found = (
        OutboxItem.objects.select_related("message", "conversation")
        .filter(pk=pk, conversation__in=visible_conversations(user).values("id"))
        .first()
    )
    if found is None:
        raise NotAllowed("no such reply")
    return found


@transaction.atomic
def cancel_reply(user: Any, item: OutboxItem | int) -> Draft:
    """Undo send: the reply never happened; its text goes back to the agent's draft."""
    item = _item_for(user, item)
    if item.message.author_id != user.pk:
        raise ActionError(_("Only the agent who sent a reply can take it back."))
    if not outbox.take_back(item.pk):
        raise ActionError(_("Too late to undo: the reply is already on its way."))
    message = item.message
    conversation = Conversation.objects.select_for_update().get(pk=item.conversation_id)
    queued = (
        conversation.events.filter(verb__in=("reply_queued", "reply_awaiting_approval"))
        .filter(after__message=message.pk)
        .order_by("-created_at")
        .first()
    )
    before = (queued.before or {}).get("status") if queued and queued.before else None
    fields = _as_before_reply(conversation, message)
    if before and conversation.status == Status.WAITING:
        conversation.status = before
        fields.append("status")
        if before in (Status.NEW, Status.OPEN):
            fields += _unanswer(conversation, item)
    one_message_fewer(conversation, fields)
    # The reports counted the reply when it was queued (actions/replies.send_reply).
    rollup.count_now(
        conversation, item.created_at or message.received_at, replies=-1, agent=user.pk
    )
    draft, _created = Draft.objects.update_or_create(
        conversation=conversation,
        author=user,
        defaults={
            "body": item.own_text or message.text,
            "to": format_addresses(message.to or []),
            "cc": ", ".join(entry.get("address", "") for entry in message.cc or []),
            "bcc": ", ".join(entry.get("address", "") for entry in message.bcc or []),
            "seen_version": conversation.version,
        },
    )
    record_event(
        conversation, user, "reply_cancelled", {"status": Status.WAITING}, {"status": before}
    )
    message.delete()  # the outbox row goes with it
    log.info("reply %s to conversation %s taken back", message.message_id, conversation.pk)
    return draft


@transaction.atomic
def discard_failed_reply(user: Any, item: OutboxItem | int) -> None:
    """A failed reply nobody will send (another reply replaced it) leaves the conversation,
    so that fixing the mailbox's settings and pressing every 「今すぐ送信」 cannot answer the
    customer twice (walk 11 F-6). Anyone who sees the conversation may, as anyone may send
    it now; the text stays in the event, for the audit trail."""
    item = _item_for(user, item)
    # Conditional, as undo is: a "send now" that just made it due is not discarded.
    if not OutboxItem.objects.filter(pk=item.pk, state=OutboxState.FAILED).update(
        state=OutboxState.CANCELLED
    ):
        raise ActionError(_("Only a reply whose sending failed can be discarded."))
    message = item.message
    conversation = Conversation.objects.select_for_update().get(pk=item.conversation_id)
    survey = survey_message_ids().filter(message_id=message.pk).exists()
    one_message_fewer(conversation, _as_before_reply(conversation, message))
    # The reports counted a reply when it was queued, and take unsent replies off when they
    # are read (actions/missed.unsent_replies): once it is gone, it is taken off for good.
    # A survey was never counted as a reply.
    if not survey:
        rollup.count_now(
            conversation,
            item.created_at or message.received_at,
            replies=-1,
            agent=message.author_id,
        )
    record_event(
        conversation,
        user,
        "reply_discarded",
        None,
        {"author": message.author_id, "text": (item.own_text or message.text)[:2000]}
        | ({"survey": True} if survey else {}),
    )
    message.delete()  # the outbox row goes with it
    log.info("failed reply %s to conversation %s discarded", message.message_id, conversation.pk)


def _as_before_reply(conversation: Conversation, reply: Message) -> list[str]:
    """The queue's row as before the reply taken back: its preview and time are the latest
    other message's (the customer's words, not our unsent greeting), and the owner the reply
    made (an unowned conversation goes to whoever answers it) is let go again, unless that
    agent was assigned or has answered before. Returns the fields changed."""
    others = conversation.messages.exclude(pk=reply.pk)
    latest = others.order_by("-received_at", "-pk").first()
    fields = []
    if latest is not None and conversation.last_message_at == reply.received_at:
        conversation.preview = text_preview(latest.text)
        conversation.last_message_at = latest.received_at
        fields += ["preview", "last_message_at"]
    if latest is not None and _owner_from(conversation, reply):
        conversation.owner = None
        fields.append("owner")
    return fields


def _owner_from(conversation: Conversation, reply: Message) -> bool:
    """Whether the reply's author owns the conversation only because of this reply (an
    unowned conversation goes to whoever answers it): not assigned, no other answer."""
    owner = reply.author_id
    if owner is None or conversation.owner_id != owner:
        return False
    assigned = conversation.events.filter(verb="assigned").order_by("-created_at", "-pk").first()
    if assigned is not None and (assigned.after or {}).get("owner") == owner:
        return False
    return not conversation.messages.exclude(pk=reply.pk).filter(author_id=owner).exists()


def cancellable(item: OutboxItem, user: Any) -> bool:
    return (
        item.state == OutboxState.PENDING
        and item.attempts == 0
        and item.message.author_id == getattr(user, "pk", None)
    )


# Not gone yet: its subject is still ours to write. A row being sent is left alone (its
# bytes are composed), as are sent ones (the subject is what the customer got).
_NOT_GONE = (OutboxState.PENDING, OutboxState.FAILED, OutboxState.AWAITING_APPROVAL)


def follow_merge(message_ids: Sequence[int], source: Conversation, target: Conversation) -> int:
    """The outbox rows of messages a merge (or its undo) moved from `source` to `target`
    move with them, and a reply not yet gone carries `target`'s number in its subject.

    Before, the rows stayed behind (walk 13, F5/F17): the kept conversation's row and
    header lost their 送信失敗 flag, the closed one offered 今すぐ送信 for a reply that was
    no longer in it, and when it finally left, 「返信を送信しました」 and 返信待ち went to the
    closed conversation while the kept one stayed 対応中 and overdue; the customer got
    the closed number [#source]. Returns how many rows moved."""
    moved = OutboxItem.objects.filter(message_id__in=message_ids).update(conversation=target)
    unsent = Message.objects.filter(pk__in=message_ids, outbox__state__in=_NOT_GONE)
    for message in unsent.filter(subject__contains=source.tag).only("pk", "subject"):
        message.subject = message.subject.replace(source.tag, target.tag)
        message.save(update_fields=["subject"])
    return moved
