"""Mail that is not a reply: forwarding a conversation or one message to someone outside
the team, a new mail to any address (a conversation of its own), and the per-mailbox
auto-acknowledgement 「お問い合わせを受け付けました」.

Each writes an outgoing Message and an OutboxItem in one transaction with its Event, like
a reply (transactional outbox); the worker sends it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from datetime import timedelta
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.actions.approval import hold_for_approval
from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    now,
    record_event,
    visible_conversations,
    visible_mailbox,
    visible_mailboxes,
)
from madoguchi.actions.outbox import one_message_fewer
from madoguchi.actions.prepare import store_attachment
from madoguchi.actions.replies import customer_recipients, render_template
from madoguchi.actions.sending import (
    PlaceholdersLeft,
    check_outgoing,
    compose_body,
    goes_unsigned,
    own_words,
)
from madoguchi.mail.ids import make_message_id
from madoguchi.mail.outbound import ForwardedMail, auto_reply_refusal, forward_text
from madoguchi.mail.threading import strip_subject_prefixes
from madoguchi.models import (
    Acknowledged,
    Attachment,
    AutoAcknowledgement,
    Conversation,
    Customer,
    CustomerAddress,
    Direction,
    Mailbox,
    Message,
    OutboxItem,
    OutboxState,
    RuleReply,
    Status,
)
from madoguchi.quality.language import detect_language
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in
from madoguchi.transport import outbox as outbox_transport

log = logging.getLogger(__name__)

_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
DEFAULT_ACKNOWLEDGEMENT_SUBJECT = "お問い合わせを受け付けました"
IMPORTED_HISTORY = timedelta(days=1)
DEFAULT_ACKNOWLEDGEMENT_TEXT = (
    "お問い合わせいただきありがとうございます。\n"
    "以下の内容でお問い合わせを受け付けました。担当者より順次ご連絡いたします。\n"
    "なお、このメールは送信専用の自動送信メールです。\n"
)


def parse_addresses(text: str, *, required: bool = False) -> list[dict[str, str]]:
    """Addresses typed by an agent (、 and ; separate too); a bad one is named."""
    text = text.replace("、", ",").replace("，", ",").replace(";", ",")
    result = []
    for name, address in getaddresses([text]):
        address = address.strip()
        if not address:
            continue
        if not _ADDRESS.fullmatch(address):
            raise ActionError(_("Not a mail address: %(address)s") % {"address": address})
        result.append({"name": name, "address": address})
    if required and not result:
        raise ActionError(_("Fill in at least one address in To."))
    return result


def _secret() -> bytes:
    from madoguchi.actions.replies import message_id_secret

    return message_id_secret()


def _domain(mailbox: Mailbox) -> str:
    return mailbox.address.rpartition("@")[2] or "localhost"


def _outgoing(
    conversation: Conversation,
    *,
    to: list[dict[str, str]],
    subject: str,
    text: str,
    author: Any,
    cc: list[dict[str, str]] | None = None,
    bcc: list[dict[str, str]] | None = None,
    in_reply_to: str = "",
    references: str = "",
    is_auto: bool = False,
    delay_seconds: int = 0,
    language: str | None = None,
) -> tuple[Message, OutboxItem]:
    """delay_seconds: the undo window of mail a person sends (a forward); 0 for the rest.
    language: the language the mail is written in (its sender name follows it); None: read
    from the text."""
    mailbox = conversation.mailbox
    at = now()
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTGOING,
        message_id=make_message_id(conversation.pk, _domain(mailbox), _secret()),
        in_reply_to=in_reply_to,
        references=references,
        from_name=mailbox.sender_name(language or detect_language(text)),
        from_address=mailbox.address,
        to=to,
        cc=cc or [],
        bcc=bcc or [],
        subject=subject[:998],
        received_at=at,
        text=text,
        author=author if getattr(author, "is_authenticated", False) else None,
        is_auto=is_auto,
    )
    item = OutboxItem.objects.create(
        conversation=conversation,
        message=message,
        state=OutboxState.PENDING,
        next_attempt_at=at + timedelta(seconds=delay_seconds),
        created_at=at,
    )
    from madoguchi.search import index_messages

    index_messages([message])
    return message, item


def _touch(conversation: Conversation, fields: Sequence[str] = ()) -> None:
    """One more message, a new version (the Traffic Cop check sees it)."""
    conversation.message_count += 1
    conversation.version += 1
    conversation.updated_at = now()
    conversation.save(update_fields=["message_count", "version", "updated_at", *fields])


# forward ---------------------------------------------------------------------------------


@transaction.atomic
def forward(
    user: Any,
    conversation: Conversation | int,
    to: str,
    note: str = "",
    *,
    message: Message | int | None = None,
) -> OutboxItem:
    """Forward one message (with its attachments) or the whole conversation to `to`.

    The forward stays in the conversation's timeline; the conversation's status is not
    changed (the customer is still owed what they were owed)."""
    pk = conversation.pk if isinstance(conversation, Conversation) else conversation
    try:
        conversation = (
            visible_conversations(user)
            .select_for_update(of=("self",))
            .select_related("mailbox")
            .get(pk=pk)
        )
    except Conversation.DoesNotExist:
        raise NotAllowed("no such conversation") from None
    recipients = parse_addresses(to, required=True)
    check_outgoing("forward", user=user, conversation=conversation, own_text=note)
    sources = conversation.messages.exclude(outbox__state=OutboxState.AWAITING_APPROVAL)
    if message is not None:
        message_pk = message.pk if isinstance(message, Message) else message
        sources = sources.filter(pk=message_pk)
        if not sources.exists():
            raise NotAllowed("no such message")
    # A reply that failed never reached the customer: forwarded as part of the thread it
    # read as said to them (a colleague or the customer's manager then acts on words the
    # customer never got). One still in the outbox may yet go: it is marked, not dropped.
    sources = sources.exclude(outbox__state__in=(OutboxState.FAILED, OutboxState.CANCELLED))
    chosen = list(
        sources.order_by("received_at", "id")
        .select_related("outbox")
        .prefetch_related("attachments")
    )
    if not chosen:
        if message is not None:
            raise ActionError(_("This reply was not sent, so it cannot be forwarded."))
        raise ActionError(_("There is nothing to forward."))
    quoted = [
        ForwardedMail(
            from_=f"{m.from_name} <{m.from_address}>" if m.from_name else m.from_address,
            to=", ".join(str(entry.get("address", "")) for entry in m.to or []),
            date=timezone.localtime(m.date or m.received_at),  # the zone the team reads
            subject=m.subject,
            text=m.text,
            note=_("Not sent yet") if _not_gone(m) else "",
        )
        for m in chosen
    ]
    subject, _prefixes = strip_subject_prefixes(conversation.subject)
    # Signed under the agent's note as a reply is, before the forwarded mails: the note
    # alone decides whether it signs off already, so a signature inside a forwarded mail
    # (the customer's, or ours under an earlier reply) is never taken for this one.
    language_of = note if note.strip() else chosen[-1].text
    language = detect_language(language_of)
    signed = compose_body(conversation, user, note, language, quote=False).body.strip("\n")
    sent, item = _outgoing(
        conversation,
        to=recipients,
        subject=f"Fwd: {subject}".strip(),
        text=forward_text(signed, quoted, _("Forwarded message")),
        author=user,
        # The customer's mail leaving for a third party: the same undo window as a reply
        # (walk 11 F-25: a forward to a domain never seen before went out at once).
        delay_seconds=conversation.mailbox.send_delay_seconds,
        language=language,
    )
    files = [a for m in chosen for a in m.attachments.all() if not a.inline]
    for attachment in files:  # the same stored file, one more row pointing at it
        Attachment.objects.create(
            message=sent,
            filename=attachment.filename,
            content_type=attachment.content_type,
            size=attachment.size,
            sha256=attachment.sha256,
        )
    _touch(conversation)
    record_event(
        conversation,
        user,
        "forwarded",
        None,
        {
            "to": ", ".join(r["address"] for r in recipients),
            "message": sent.pk,
            "source": chosen[0].pk if message is not None else None,
            "attachments": len(files),
        }
        # English with only Japanese signatures: it goes unsigned, and the timeline (and
        # the agent, on the page) are told.
        | ({"unsigned": True} if goes_unsigned(conversation.mailbox, user, language_of) else {}),
    )
    return item


@transaction.atomic
def cancel_forward(user: Any, item: OutboxItem) -> None:
    """Undo a forward within the mailbox's window: nothing leaves; the timeline says so."""
    item = OutboxItem.objects.select_related("message").get(pk=item.pk)
    if item.message.author_id != user.pk:
        raise ActionError(_("Only the agent who forwarded it can take it back."))
    if not outbox_transport.take_back(item.pk):
        raise ActionError(_("Too late to undo: the forward is already on its way."))
    conversation = Conversation.objects.select_for_update().get(pk=item.conversation_id)
    one_message_fewer(conversation, [])
    to = ", ".join(str(entry.get("address", "")) for entry in item.message.to or [])
    record_event(conversation, user, "forward_cancelled", None, {"to": to})
    item.message.delete()  # the outbox row goes with it


def _not_gone(message: Message) -> bool:
    item = getattr(message, "outbox", None)  # None: incoming, or history fetched from Sent
    return item is not None and item.state in (OutboxState.PENDING, OutboxState.SENDING)


# new mail --------------------------------------------------------------------------------


@transaction.atomic
def start_conversation(
    user: Any,
    mailbox: Mailbox | int,
    *,
    to: str,
    subject: str,
    body: str,
    cc: str = "",
    bcc: str = "",
    attachments: Sequence[Any] = (),
    acknowledged: Collection[str] = (),
    confirmed: Collection[str] = (),
) -> OutboxItem:
    """A new mail from a mailbox the agent may use; it starts a conversation that waits
    on the recipient (their answer threads into it by our Message-ID). `acknowledged`: the
    must-acknowledge reply-check rules the agent ticked, as in the reply box; `confirmed`:
    the questions already answered (NeedsConfirmation, as in the reply box)."""
    pk = mailbox.pk if isinstance(mailbox, Mailbox) else mailbox
    chosen = visible_mailboxes(user).filter(pk=pk, is_active=True).first()
    if chosen is None:
        raise NotAllowed("no such mailbox")
    recipients = parse_addresses(to, required=True)
    if not body.strip():
        raise ActionError(_("The mail is empty."))
    if not subject.strip():
        raise ActionError(_("The mail needs a subject."))
    # The subject goes out too: 「【[スタジオ名]】ご予約確認」 from a template nobody filled
    # (fresh-eval28 d-ja-007) is refused like a blank in the body, before anything is made.
    blanks = placeholders_in(subject)
    if blanks:
        raise PlaceholdersLeft(blanks, in_subject=True)
    first = recipients[0]["address"]
    copied = parse_addresses(cc)
    address = CustomerAddress.objects.filter(address__iexact=first).select_related("customer")
    known = address.first()
    customer = known.customer if known else None
    created: list[str] = []
    if customer is None:
        customer = Customer.objects.create(name=recipients[0]["name"])
        CustomerAddress.objects.create(customer=customer, address=first)
        created.append(first)
    at = now()
    conversation = Conversation.objects.create(
        mailbox=chosen,
        subject=subject.strip()[:998],
        status=Status.WAITING,
        owner=user,
        customer=customer,
        created_at=at,
        updated_at=at,
        last_message_at=at,
        first_response_at=at,
        message_count=0,
        preview=body.strip().splitlines()[0][:200],
    )
    gate = check_outgoing(
        "new_mail",
        user=user,
        conversation=conversation,
        own_text=body,
        recipients=[entry["address"] for entry in (*recipients, *copied)],
        copied=[entry["address"] for entry in copied],
        attachments=[upload.filename for upload in attachments],
        acknowledged=acknowledged,
        confirmed=confirmed,
        created_addresses=created,
    )
    composed = compose_body(conversation, user, body)  # with the signature, as a reply
    message, item = _outgoing(
        conversation,
        to=recipients,
        cc=copied,
        bcc=parse_addresses(bcc),
        subject=conversation.subject,
        text=composed.body,
        author=user,
        language=composed.language,
    )
    # The agent's own words, as a reply keeps them: an approver's check and a send-back
    # read these, not the composed mail with its signature.
    item.own_text = own_words(body)
    if gate.needs_approval:
        item.state = OutboxState.AWAITING_APPROVAL
    item.save(update_fields=["own_text", "state"])
    if gate.needs_approval:
        hold_for_approval(user, item, gate.approval_reasons)
        # Nothing has gone yet: the author's 対応中, not 返信待ち (walk 12 F-23: it looked
        # answered while it waited for approval and after it was sent back). The approval
        # answers it (sla.answered) when the mail goes.
        conversation.status = Status.OPEN
        conversation.first_response_at = None
        conversation.save(update_fields=["status", "first_response_at"])
    for upload in attachments:
        Attachment.objects.create(
            message=message,
            filename=upload.filename[:500] or "attachment",
            content_type=upload.content_type[:200] or "application/octet-stream",
            size=len(upload.data),
            sha256=store_attachment(Path(settings.ATTACHMENT_DIR), upload.data),
        )
    _touch(conversation)
    record_event(
        conversation,
        user,
        "mail_started",
        None,
        {"status": conversation.status, "message": message.pk, "to": first}
        | ({"lint_acknowledged": gate.lint_acknowledged} if gate.lint_acknowledged else {}),
    )
    return item


# auto-acknowledgement --------------------------------------------------------------------


def _headers(message: Message) -> dict[str, str]:
    if message.raw_id is None:
        return {}
    parsed = BytesHeaderParser().parsebytes(bytes(message.raw.data))  # type: ignore[union-attr]
    return {name.lower(): str(value) for name, value in parsed.items()}


def acknowledge_new_conversations(limit: int = 100) -> int:
    """Send the automatic replies that are due; returns how many were queued. Called by
    the worker's timer loop. First the replies sorting rules asked for (the more specific
    answer), then the acknowledgement of the mailboxes that have one switched on; one
    automatic reply per conversation at most, whichever comes first."""
    queued = 0
    asked = (
        RuleReply.objects.filter(
            conversation__acknowledgement__isnull=True,
            conversation__mailbox__is_active=True,
            conversation__merged_into__isnull=True,
        )
        .select_related("template", "conversation")
        .annotate(first_message=Min("conversation__messages__id"))
        .order_by("id")[:limit]
    )
    for reply in asked:
        if reply.first_message is None:  # type: ignore[attr-defined]
            continue
        template = reply.template
        text = "" if template is None else render_template(template, reply.conversation, None)
        if _acknowledge(reply.conversation, reply.first_message, text, "", via="rule_reply"):  # type: ignore[attr-defined]
            queued += 1
    settings_rows = AutoAcknowledgement.objects.filter(
        is_enabled=True, enabled_since__isnull=False, mailbox__is_active=True
    ).select_related("mailbox")
    for setting in settings_rows:
        if setting.enabled_since is None:
            continue
        waiting = (
            Conversation.objects.filter(
                mailbox=setting.mailbox,
                pk__gt=setting.after_conversation_id,
                # An import of old mail after switching it on is not answered either.
                created_at__gte=setting.enabled_since - IMPORTED_HISTORY,
                acknowledgement__isnull=True,
                merged_into__isnull=True,
            )
            .annotate(first_message=Min("messages__id"))
            .order_by("id")[:limit]
        )
        for conversation in waiting:
            if conversation.first_message is None:  # type: ignore[attr-defined]
                continue
            if _acknowledge(
                conversation,
                conversation.first_message,  # type: ignore[attr-defined]
                setting.text,
                setting.subject,
                via="auto_acknowledged",
            ):
                queued += 1
    return queued


# RFC 3834 5.1: at most one automatic answer to a sender in a while. An autoresponder that
# marks nothing (no Auto-Submitted, Precedence or In-Reply-To) answers each acknowledgement
# with a new mail, a new conversation, and was acknowledged again: a loop.
AUTOMATIC_REPLY_INTERVAL = timedelta(days=1)


def _answered_lately(conversation: Conversation, sender: str) -> bool:
    acknowledged = Acknowledged.objects.filter(
        conversation__mailbox_id=conversation.mailbox_id,
        skipped_because="",
        message__isnull=False,
        created_at__gte=now() - AUTOMATIC_REPLY_INTERVAL,
    ).exclude(conversation_id=conversation.pk)
    return Message.objects.filter(
        conversation_id__in=acknowledged.values("conversation_id"),
        direction=Direction.INCOMING,
        from_address__iexact=sender,
    ).exists()


def _acknowledge(conversation: Conversation, first: int, text: str, subject: str, via: str) -> bool:
    first_message = Message.objects.select_related("raw").get(pk=first)
    # Where a reply to this mail goes (a contact form's Reply-To, not its no-reply From).
    to = customer_recipients(first_message)
    if first_message.direction != Direction.INCOMING:
        refusal = "started by us"
    elif first_message.is_auto:
        refusal = "automatic mail"
    elif conversation.status == Status.SPAM:
        refusal = "spam"
    elif not to:
        refusal = "no customer address (only our own or no-reply addresses)"
    else:
        refusal = auto_reply_refusal(_headers(first_message), to[0]["address"])
    if not refusal and _answered_lately(conversation, first_message.from_address):
        refusal = f"{first_message.from_address} was answered automatically in the last day"
    if not refusal:
        try:  # the lead's text passes the gate too (a blank left in it is never sent)
            check_outgoing("auto_ack", user=None, conversation=conversation, own_text=text)
        except ActionError as refused:
            refusal = f"not sent: {refused}"
    try:
        with transaction.atomic():
            # The unique row first: a second worker fails here and sends nothing.
            record = Acknowledged.objects.create(
                conversation=conversation, skipped_because=refusal[:200], created_at=now()
            )
            if refusal:
                log.info("no automatic reply for conversation %s: %s", conversation.pk, refusal)
                return False
            locked = (
                Conversation.objects.select_for_update(of=("self",))
                .select_related("mailbox")
                .get(pk=conversation.pk)
            )
            original, _prefixes = strip_subject_prefixes(first_message.subject)
            references = (first_message.references + " " + first_message.message_id).split()
            composed = compose_body(locked, None, text, original=first_message)
            message, _item = _outgoing(
                locked,
                to=to,
                subject=subject
                or (f"Re: {original}" if original else DEFAULT_ACKNOWLEDGEMENT_SUBJECT),
                text=composed.body,
                author=None,
                in_reply_to=first_message.message_id,
                references=" ".join(references[-20:]),
                is_auto=True,
                language=composed.language,
            )
            record.message = message
            record.save(update_fields=["message"])
            _touch(locked)
            unsigned = {"unsigned": True} if goes_unsigned(locked.mailbox, None, text) else {}
            record_event(locked, None, via, None, {"message": message.pk} | unsigned)
    except IntegrityError:
        return False  # answered by another worker a moment ago
    return True


@transaction.atomic
def set_auto_acknowledgement(
    user: Any, mailbox: Mailbox, *, enabled: bool, subject: str, text: str
) -> AutoAcknowledgement:
    """Leads switch the acknowledgement on per mailbox and write its text."""
    from madoguchi.actions.approval_policies import may_manage_policies

    if not may_manage_policies(user) or visible_mailbox(user, mailbox.pk) is None:
        raise NotAllowed("only leads set the acknowledgement")
    if enabled and not text.strip():
        raise ActionError(_("Write the acknowledgement's text before switching it on."))
    setting, _created = AutoAcknowledgement.objects.get_or_create(
        mailbox=mailbox, defaults={"text": text}
    )
    before = {"enabled": setting.is_enabled, "subject": setting.subject, "text": setting.text}
    if enabled and not setting.is_enabled:
        setting.enabled_since = now()  # never answer what arrived before it was on
        setting.after_conversation_id = (
            Conversation.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        )
    setting.is_enabled = enabled
    setting.subject = subject.strip()[:200]
    setting.text = text
    setting.save()
    record_event(
        None,
        user,
        "auto_acknowledgement_set",
        before,
        {"mailbox": mailbox.pk, "enabled": enabled, "subject": setting.subject, "text": text},
    )
    return setting
