"""Writing replies: drafts, templates, and sending through the outbox.

Sending checks the conversation's version first (as Help Scout's Traffic Cop does): if a
colleague replied, a note was added, the customer wrote again or the status or owner
changed since the agent loaded the page, the send is stopped and the changes are shown;
the agent then sends anyway (`force=True`) or revises.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from madoguchi.actions import rollup, sla
from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, visible_conversations
from madoguchi.actions.lint_policy import enforce_lint_policy
from madoguchi.actions.prepare import store_attachment
from madoguchi.mail.ids import make_message_id
from madoguchi.mail.threading import conversation_tag, strip_subject_prefixes
from madoguchi.models import (
    Agent,
    Attachment,
    Conversation,
    Direction,
    Draft,
    Event,
    Message,
    Note,
    OutboxItem,
    OutboxState,
    Status,
    Template,
)


@dataclass(frozen=True)
class UploadedFile:
    """An attachment the agent added to a reply (bytes already read from the upload)."""

    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class Change:
    """Something that happened in a conversation after an agent loaded it."""

    at: datetime
    kind: str  # "message_in", "message_out", "note", or an Event verb
    who: str
    summary: str


class ConversationChanged(ActionError):
    def __init__(self, changes: list[Change]) -> None:
        super().__init__("the conversation changed after you opened it")
        self.changes = changes


def message_id_secret() -> bytes:
    """Per-installation key for signing our Message-IDs, derived from the secret key."""
    return hashlib.sha256(b"madoguchi message-id\0" + settings.SECRET_KEY.encode()).digest()


def changes_since(conversation: Conversation, since: datetime, viewer: Any) -> list[Change]:
    changes: list[Change] = []
    for message in conversation.messages.filter(received_at__gt=since).select_related("author"):
        if message.direction == Direction.INCOMING:
            changes.append(
                Change(message.received_at, "message_in", message.from_address, message.text[:200])
            )
        elif message.author_id != getattr(viewer, "pk", None):
            who = message.author.get_username() if message.author else ""
            changes.append(Change(message.received_at, "message_out", who, message.text[:200]))
    for note in Note.objects.filter(conversation=conversation, created_at__gt=since).select_related(
        "author"
    ):
        who = note.author.get_username() if note.author else ""
        changes.append(Change(note.created_at, "note", who, note.text[:200]))
    for event in Event.objects.filter(
        conversation=conversation,
        created_at__gt=since,
        verb__in=("assigned", "status_changed", "merged"),
    ).select_related("actor"):
        if event.actor_id == getattr(viewer, "pk", None):
            continue
        who = event.actor.get_username() if event.actor else ""
        changes.append(Change(event.created_at, event.verb, who, str(event.after or "")))
    return sorted(changes, key=lambda change: change.at)


def _addresses(text: str) -> list[dict[str, str]]:
    parsed = getaddresses([text.replace("、", ",").replace("，", ",").replace(";", ",")])
    result = []
    for name, address in parsed:
        address = address.strip()
        if not address:
            continue
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
            raise ActionError(f"not a mail address: {address}")
        result.append({"name": name, "address": address})
    return result


def reply_subject(conversation: Conversation) -> str:
    subject, _ = strip_subject_prefixes(conversation.subject)
    subject = re.sub(r"\s*\[#\d+\]", "", subject).strip()
    tag = conversation.tag
    base = f"Re: {subject}" if subject else "Re:"
    return base if conversation_tag(subject) == conversation.pk else f"{base} {tag}"


def _thread_headers(conversation: Conversation) -> tuple[str, str, str]:
    """(reply-to address, In-Reply-To, References) from the latest customer message."""
    last_in = (
        conversation.messages.filter(direction=Direction.INCOMING)
        .order_by("-received_at", "-id")
        .first()
    )
    if last_in is None:
        return "", "", ""
    references = (last_in.references + " " + last_in.message_id).split()
    # RFC 5322 3.6.4: keep the first and the most recent ids when the list grows long.
    if len(references) > 20:
        references = references[:1] + references[-19:]
    return last_in.from_address, last_in.message_id, " ".join(references)


@transaction.atomic
def send_reply(
    user: Any,
    conversation: Conversation | int,
    body: str,
    *,
    seen_at: datetime,
    cc: str = "",
    bcc: str = "",
    to: str = "",
    force: bool = False,
    attachments: Sequence[UploadedFile] = (),
    acknowledged: Sequence[str] = (),
) -> OutboxItem:
    """Queue a reply; raises ConversationChanged when something happened after `seen_at`,
    LintBlocked when the team's linter policy stops the text (`acknowledged`: rule ids the
    agent ticked as read)."""
    pk = conversation.pk if isinstance(conversation, Conversation) else conversation
    try:
        conversation = (
            visible_conversations(user).select_for_update().select_related("mailbox").get(pk=pk)
        )
    except Conversation.DoesNotExist:
        raise NotAllowed("no such conversation") from None
    if not body.strip():
        raise ActionError("the reply is empty")
    lint_acknowledged = enforce_lint_policy(body, conversation.subject, acknowledged)
    if not force:
        changes = changes_since(conversation, seen_at, user)
        if changes:
            raise ConversationChanged(changes)
    customer_address, in_reply_to, references = _thread_headers(conversation)
    recipients = _addresses(to) if to.strip() else []
    if not recipients:
        if not customer_address:
            raise ActionError("no customer address to reply to: fill in To")
        recipients = [{"name": "", "address": customer_address}]
    mailbox = conversation.mailbox
    at = now()
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTGOING,
        message_id=make_message_id(
            conversation.pk, mailbox.address.rpartition("@")[2] or "localhost", message_id_secret()
        ),
        in_reply_to=in_reply_to,
        references=references,
        from_name=mailbox.name,
        from_address=mailbox.address,
        to=recipients,
        cc=_addresses(cc),
        bcc=_addresses(bcc),
        subject=reply_subject(conversation),
        received_at=at,
        text=body,
        author=user,
    )
    for upload in attachments:
        # Same content-addressed store as incoming mail; the sender reads it from there.
        Attachment.objects.create(
            message=message,
            filename=upload.filename[:500] or "attachment",
            content_type=upload.content_type[:200] or "application/octet-stream",
            size=len(upload.data),
            sha256=store_attachment(Path(settings.ATTACHMENT_DIR), upload.data),
        )
    agent = Agent.objects.filter(user=user).first()
    needs_approval = bool(agent and agent.needs_approval)
    item = OutboxItem.objects.create(
        conversation=conversation,
        message=message,
        state=OutboxState.AWAITING_APPROVAL if needs_approval else OutboxState.PENDING,
        next_attempt_at=at,
        created_at=at,
    )
    before = conversation.status
    fields = ["last_message_at", "message_count", "version", "updated_at", "preview"]
    conversation.last_message_at = at
    conversation.message_count += 1
    conversation.version += 1
    conversation.updated_at = at
    conversation.preview = body.strip().splitlines()[0][:200]
    if not needs_approval:
        conversation.status = Status.WAITING
        fields.append("status")
        if conversation.first_response_at is None:
            conversation.first_response_at = at
            fields.append("first_response_at")
        sla.on_response(conversation, at)
        fields.extend(sla.SLA_FIELDS)
    if conversation.owner_id is None:
        conversation.owner = user
        fields.append("owner")
    conversation.save(update_fields=fields)
    rollup.count_now(conversation, at, replies=1, agent=user.pk)
    Draft.objects.filter(conversation=conversation, author=user).delete()
    from madoguchi.search import index_messages

    index_messages([message])
    record_event(
        conversation,
        user,
        "reply_queued" if not needs_approval else "reply_awaiting_approval",
        {"status": before},
        {"status": conversation.status, "message": message.pk}
        | ({"lint_acknowledged": lint_acknowledged} if lint_acknowledged else {}),
        at=at,
    )
    return item


@transaction.atomic
def approve_reply(user: Any, item: OutboxItem) -> OutboxItem:
    item = OutboxItem.objects.select_for_update().select_related("conversation").get(pk=item.pk)
    agent = Agent.objects.filter(user=user).first()
    if not (user.is_superuser or (agent and agent.is_lead)):
        raise NotAllowed("only a lead can approve replies")
    if not visible_conversations(user).filter(pk=item.conversation_id).exists():
        raise NotAllowed("no such conversation")
    if item.state != OutboxState.AWAITING_APPROVAL:
        raise ActionError("this reply is not waiting for approval")
    at = now()
    item.state = OutboxState.PENDING
    item.approved_by = user
    item.next_attempt_at = at
    item.save(update_fields=["state", "approved_by", "next_attempt_at"])
    conversation = item.conversation
    conversation.status = Status.WAITING
    if conversation.first_response_at is None:
        conversation.first_response_at = at
    sla.on_response(conversation, at)
    conversation.save(update_fields=["status", "first_response_at", *sla.SLA_FIELDS])
    record_event(conversation, user, "reply_approved", None, {"message": item.message_id})
    return item


@transaction.atomic
def retry_reply(user: Any, item: OutboxItem, body: str | None = None) -> OutboxItem:
    """A failed reply, fixed or not, goes back to the outbox."""
    item = OutboxItem.objects.select_for_update().select_related("message").get(pk=item.pk)
    if not visible_conversations(user).filter(pk=item.conversation_id).exists():
        raise NotAllowed("no such conversation")
    if item.state != OutboxState.FAILED:
        raise ActionError("only a failed reply can be sent again")
    if body is not None and body.strip():
        item.message.text = body
        item.message.save(update_fields=["text"])
    item.state = OutboxState.PENDING
    item.next_attempt_at = now()
    item.last_error = ""
    item.save(update_fields=["state", "next_attempt_at", "last_error"])
    record_event(item.conversation, user, "reply_retried", None, {"message": item.message_id})
    return item


def save_draft(
    user: Any, conversation: Conversation, body: str, cc: str = "", bcc: str = ""
) -> Draft:
    if not visible_conversations(user).filter(pk=conversation.pk).exists():
        raise NotAllowed("no such conversation")
    draft, _ = Draft.objects.update_or_create(
        conversation=conversation,
        author=user,
        defaults={"body": body, "cc": cc, "bcc": bcc, "seen_version": conversation.version},
    )
    return draft


class _Defaulting(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # an unknown variable stays visible for the agent to fill


def render_template(template: Template, conversation: Conversation, user: Any) -> str:
    """Fill {customer_name}, {agent_name}, {tag}, {subject}, {mailbox_name} in a template."""
    agent = Agent.objects.filter(user=user).first()
    customer = conversation.customer
    values = _Defaulting(
        customer_name=(customer.name if customer and customer.name else ""),
        organization=(
            customer.organization.name if customer and customer.organization is not None else ""
        ),
        agent_name=agent.name if agent else user.get_username(),
        tag=conversation.tag,
        subject=conversation.subject,
        mailbox_name=conversation.mailbox.name,
    )
    try:
        return template.body.format_map(values)
    except (ValueError, IndexError):  # a stray brace in the template: show it as written
        return template.body
