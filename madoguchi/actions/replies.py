"""Writing replies: drafts, templates, and sending through the outbox.

Sending checks the conversation's version first (as Help Scout's Traffic Cop does): if a
colleague replied, a note was added, the customer wrote again or the status or owner
changed since the agent loaded the page, the send is stopped and the changes are shown;
the agent then sends anyway (`force=True`) or revises.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.actions import rollup, sla
from madoguchi.actions.approval import approve, hold_for_approval
from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    now,
    record_event,
    shown_name,
    visible_conversations,
)
from madoguchi.actions.prepare import store_attachment
from madoguchi.actions.sending import after_queued, check_outgoing, compose_body, own_words
from madoguchi.mail.headers import parse_addresses
from madoguchi.mail.ids import make_message_id
from madoguchi.mail.outbound import is_no_reply
from madoguchi.mail.threading import conversation_tag, strip_subject_prefixes
from madoguchi.models import (
    Agent,
    Attachment,
    Conversation,
    Direction,
    Draft,
    Event,
    Mailbox,
    Message,
    Note,
    Organization,
    OutboxItem,
    OutboxState,
    RawMessage,
    Status,
    Template,
)
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.quality.placeholders import fill_placeholders, fill_template, first_name


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
    for message in conversation.messages.filter(received_at__gt=since).select_related(
        "author__agent"
    ):
        if message.direction == Direction.INCOMING:
            changes.append(
                Change(message.received_at, "message_in", message.from_address, message.text[:200])
            )
        else:
            # The viewer's own reply since the page was opened counts too: a double click on
            # 送信, or a second tab, queued the same reply twice (walk 11 F-20). The second
            # request waits for the first's lock and then sees its message here.
            own = message.author_id == getattr(viewer, "pk", None)
            kind = "own_message_out" if own else "message_out"
            who = shown_name(message.author)
            changes.append(Change(message.received_at, kind, who, message.text[:200]))
    for note in Note.objects.filter(conversation=conversation, created_at__gt=since).select_related(
        "author"
    ):
        who = shown_name(note.author)
        changes.append(Change(note.created_at, "note", who, note.text[:200]))
    for event in Event.objects.filter(
        conversation=conversation,
        created_at__gt=since,
        verb__in=("assigned", "status_changed", "merged"),
    ).select_related("actor__agent"):
        if event.actor_id == getattr(viewer, "pk", None):
            continue
        who = shown_name(event.actor)
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
            raise ActionError(_("not a mail address: %(address)s") % {"address": address})
        result.append({"name": name, "address": address})
    return result


def reply_subject(conversation: Conversation) -> str:
    subject, _prefixes = strip_subject_prefixes(conversation.subject)
    subject = re.sub(r"\s*\[#\d+\]", "", subject).strip()
    tag = conversation.tag
    base = f"Re: {subject}" if subject else "Re:"
    return base if conversation_tag(subject) == conversation.pk else f"{base} {tag}"


def _thread_headers(conversation: Conversation) -> tuple[Message | None, str, str]:
    """(latest customer message, In-Reply-To, References)."""
    last_in = (
        conversation.messages.filter(direction=Direction.INCOMING)
        .order_by("-received_at", "-id")
        .first()
    )
    # A conversation we started has no customer mail yet: answer our own latest, so the
    # customer's mail client threads the second mail under the first.
    parent = last_in or (
        conversation.messages.filter(direction=Direction.OUTGOING)
        .order_by("-received_at", "-id")
        .first()
    )
    if parent is None:
        return None, "", ""
    references = (parent.references + " " + parent.message_id).split()
    # RFC 5322 3.6.4: keep the first and the most recent ids when the list grows long.
    if len(references) > 20:
        references = references[:1] + references[-19:]
    return last_in, parent.message_id, " ".join(references)


def _entries(entries: object) -> list[dict[str, str]]:
    if not isinstance(entries, list):
        return []
    return [
        {"name": str(entry.get("name", "")), "address": str(entry["address"])}
        for entry in entries
        if isinstance(entry, dict) and entry.get("address")
    ]


def reply_all(
    conversation: Conversation, last_in: Message | None = None
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(To, Cc) of a reply-all to the customer's latest mail: its sender, and its To and Cc
    minus our own addresses (every mailbox of this installation) and duplicates.

    Dropping the customer's Cc is a real business error in Japanese B2B mail: the
    customer's manager or partner company is on it on purpose."""
    if last_in is None:
        last_in = _thread_headers(conversation)[0]
    if last_in is None:
        return _recipients_of_our_mail(conversation)
    own = own_addresses()
    to = customer_recipients(last_in, own)
    seen = own | {entry["address"].lower() for entry in to}
    cc: list[dict[str, str]] = []
    for entry in [*_entries(last_in.to), *_entries(last_in.cc)]:
        if entry["address"].lower() not in seen:
            seen.add(entry["address"].lower())
            cc.append(entry)
    return to, cc


def _recipients_of_our_mail(
    conversation: Conversation,
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(To, Cc) of a conversation we started (/new/) and the customer has not answered: the
    people our latest mail went to, minus our own and no-reply addresses. The To field
    showed the customer only as a hint and sending said there was no one to reply to."""
    ours = (
        conversation.messages.filter(direction=Direction.OUTGOING)
        .order_by("-received_at", "-id")
        .first()
    )
    if ours is None:
        # Nothing in the thread at all: our first mail was sent back by the approver
        # (差し戻し deletes it). It was going to the customer the conversation was
        # started for; without this the re-send had no To and the agent retyped it.
        customer = conversation.customer
        first = customer.addresses.order_by("id").first() if customer is not None else None
        if first is None or is_no_reply(first.address):
            return [], []
        return [{"name": customer.name if customer else "", "address": first.address}], []
    seen = own_addresses()
    chosen: tuple[list[dict[str, str]], list[dict[str, str]]] = ([], [])
    for entries, kept in ((ours.to, chosen[0]), (ours.cc, chosen[1])):
        for entry in _entries(entries):
            key = entry["address"].strip().lower()
            if key not in seen and not is_no_reply(key):
                seen.add(key)
                kept.append(entry)
    return chosen


def own_addresses() -> set[str]:
    """Every mailbox of this installation, lower-cased: mail to them answers ourselves."""
    return {address.lower() for address in Mailbox.objects.values_list("address", flat=True)}


def customer_recipients(message: Message, own: set[str] | None = None) -> list[dict[str, str]]:
    """Where mail to the customer about `message` goes: its Reply-To, else its From; never
    one of our own mailboxes, never an address nobody reads (no-reply@, MAILER-DAEMON@).

    The one choice for replies, acknowledgements, rules' automatic replies, follow-ups and
    surveys. A contact form writes From its no-reply address with the customer in Reply-To;
    an acknowledgement that read From went to the form (or, refused as "no-reply sender",
    never went at all) while the reply to the same mail reached the customer. Empty when
    nobody outside can be reached: the caller says so rather than send."""
    own = own_addresses() if own is None else own
    chosen: list[dict[str, str]] = []
    seen: set[str] = set()
    from_ = [{"name": message.from_name, "address": message.from_address}]
    for candidates in (reply_to_of(message), from_):
        for entry in candidates:
            address = entry["address"].strip()
            key = address.lower()
            if not address or key in own or key in seen or is_no_reply(address):
                continue
            seen.add(key)
            chosen.append({"name": entry["name"], "address": address})
        if chosen:
            break
    return chosen


def reply_to_of(message: Message) -> list[dict[str, str]]:
    """The addresses in the customer's Reply-To, where replies belong (RFC 5322 3.6.2).

    A contact form's mail comes From the form's no-reply address with the customer in
    Reply-To; answering From sent the team's reply into that void. Read from the stored
    raw headers (the Message row keeps no Reply-To)."""
    if message.raw_id is None:
        return []
    raw = RawMessage.objects.filter(pk=message.raw_id).values_list("data", flat=True).first()
    if raw is None:
        return []
    value = BytesHeaderParser(policy=compat32).parsebytes(bytes(raw)).get("reply-to")
    return [
        {"name": address.name, "address": address.address}
        for address in parse_addresses(str(value) if value else None)
        if "@" in address.address
    ]


@transaction.atomic
def send_reply(
    user: Any,
    conversation: Conversation | int,
    body: str,
    *,
    seen_at: datetime,
    cc: str | None = None,
    bcc: str = "",
    to: str = "",
    force: bool = False,
    attachments: Sequence[UploadedFile] = (),
    acknowledged: Sequence[str] = (),
    confirmed: Collection[str] = (),
) -> OutboxItem:
    """Queue a reply (the path "reply" of actions/sending.py).

    `body` is the agent's own text; the signature and quote are added by compose_body.
    `cc=None` replies to all (the customer's To and Cc); a string is what the agent left in
    the Cc field. Raises the gate's errors (empty, placeholders, LintBlocked,
    NeedsConfirmation — `confirmed` names the questions already answered) and
    ConversationChanged when something happened after `seen_at`. The reply waits the
    mailbox's undo window before the worker may send it."""
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
    if conversation.merged_into_id is not None:
        # Its mail lives in the conversation it was merged into; a reply from here would
        # answer beside that one's owner (walk 12, F-2).
        raise ActionError(
            _("This conversation was merged into #%(id)d: reply there.")
            % {"id": conversation.merged_into_id}
        )
    last_in, in_reply_to, references = _thread_headers(conversation)
    all_to, all_cc = reply_all(conversation, last_in)
    recipients = _addresses(to) if to.strip() else all_to
    if not recipients:
        # Only our own or no-reply addresses on the customer's mail: the agent says where.
        raise ActionError(_("no customer address to reply to: fill in To"))
    cc_list = all_cc if cc is None else _addresses(cc)
    bcc_list = _addresses(bcc)
    # "A colleague already replied" is asked before the gate's questions (signature,
    # attachment, recipients): answering those first and then learning the reply is a
    # double one wastes the agent's care (s8 walk, screens 48/49).
    if not force:
        changes = changes_since(conversation, seen_at, user)
        if changes:
            raise ConversationChanged(changes)
    gate = check_outgoing(
        "reply",
        user=user,
        conversation=conversation,
        own_text=body,
        recipients=[entry["address"] for entry in (*recipients, *cc_list, *bcc_list)],
        copied=[entry["address"] for entry in cc_list],
        attachments=[upload.filename for upload in attachments],
        acknowledged=acknowledged,
        confirmed=confirmed,
    )
    mailbox = conversation.mailbox
    outgoing = compose_body(conversation, user, body, original=last_in)
    at = now()
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTGOING,
        message_id=make_message_id(
            conversation.pk, mailbox.address.rpartition("@")[2] or "localhost", message_id_secret()
        ),
        in_reply_to=in_reply_to,
        references=references,
        from_name=mailbox.sender_name(outgoing.language),
        from_address=mailbox.address,
        to=recipients,
        cc=cc_list,
        bcc=bcc_list,
        # A conversation with no mail yet is one we started whose first mail the approver
        # sent back: it is still the first mail, under the subject the agent gave it, not
        # "Re: …" to a mail the customer never received.
        subject=reply_subject(conversation) if in_reply_to else conversation.subject,
        received_at=at,
        text=outgoing.body,
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
    needs_approval = gate.needs_approval
    item = OutboxItem.objects.create(
        conversation=conversation,
        message=message,
        state=OutboxState.AWAITING_APPROVAL if needs_approval else OutboxState.PENDING,
        # Undo send: nothing claims it before the mailbox's window has passed.
        next_attempt_at=at + timedelta(seconds=mailbox.send_delay_seconds),
        created_at=at,
        own_text=own_words(body),
    )
    if needs_approval:
        hold_for_approval(user, item, gate.approval_reasons)
    before = conversation.status
    fields = ["last_message_at", "message_count", "updated_at", "preview"]
    conversation.last_message_at = at
    conversation.message_count += 1
    conversation.updated_at = at
    conversation.preview = own_words(body).splitlines()[0][:200]
    if conversation.owner_id is None:
        # The replier owns it first, so the first response the reports count (by owner) is
        # theirs, not （担当なし）'s (walk 11 F-18).
        conversation.owner = user
        fields.append("owner")
    if not needs_approval:
        fields.extend(sla.answered(conversation, at))
    conversation.save(update_fields=fields)
    rollup.count_now(conversation, at, replies=1, agent=user.pk)
    Draft.objects.filter(conversation=conversation, author=user).delete()
    after_queued("reply", conversation, [message])
    lint_acknowledged = gate.lint_acknowledged
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


def approve_reply(user: Any, item: OutboxItem) -> OutboxItem:
    """Approve as written (the approval flow, with edit and send-back: actions/approval)."""
    return approve(user, item)


@transaction.atomic
def _retry_survey(item: OutboxItem) -> OutboxItem:
    """A survey that did not go, sent again as it was: our own fixed text (the survey's send
    path's checks), and no answer to the customer, so the conversation's status and clocks
    stay as they are."""
    check_outgoing("csat", user=None, conversation=item.conversation, own_text=item.message.text)
    item.state = OutboxState.PENDING
    item.next_attempt_at = now()
    item.last_error = ""
    item.save(update_fields=["state", "next_attempt_at", "last_error"])
    after_queued("csat", item.conversation, [item.message])
    return item


@transaction.atomic
def retry_reply(user: Any, item: OutboxItem, body: str | None = None) -> OutboxItem:
    """Send now: a failed reply (fixed or not), or one waiting for its next try, goes out
    at once — through the same checks as the first send (path "retry")."""
    item = (
        OutboxItem.objects.select_for_update(of=("self",))
        .select_related("message", "conversation__mailbox")
        .get(pk=item.pk)
    )
    if not visible_conversations(user).filter(pk=item.conversation_id).exists():
        raise NotAllowed("no such conversation")
    if item.state not in (OutboxState.FAILED, OutboxState.PENDING):
        raise ActionError(_("only a failed or waiting reply can be sent now"))
    conversation = item.conversation
    message = item.message
    if survey_message_ids().filter(message_id=message.pk).exists():
        return _retry_survey(item)
    edited = body is not None and bool(body.strip()) and own_words(body) != item.own_text
    own = own_words(body) if edited and body is not None else item.own_text or message.text
    gate = check_outgoing(
        "retry",
        user=user,
        conversation=conversation,
        own_text=own,
        recipients=[entry["address"] for entry in (*message.to, *message.cc, *message.bcc)],
        copied=[entry["address"] for entry in message.cc],
        attachments=list(message.attachments.values_list("filename", flat=True)),
    )
    if edited:
        # Rebuilt with the original author's signature: the reply is still theirs.
        message.text = compose_body(conversation, message.author or user, own).body
        message.save(update_fields=["text"])
        item.own_text = own
    item.state = OutboxState.AWAITING_APPROVAL if gate.needs_approval else OutboxState.PENDING
    item.next_attempt_at = now()
    item.last_error = ""
    item.save(update_fields=["state", "next_attempt_at", "last_error", "own_text"])
    if gate.needs_approval:
        hold_for_approval(user, item, gate.approval_reasons)
    if not gate.needs_approval and conversation.status == Status.OPEN:
        # Answered again, as on the first send: the clock stops now and a failure reopens
        # it (actions/outbox._owe_answer).
        conversation.save(update_fields=sla.answered(conversation, now()))
    after_queued("retry", conversation, [message])
    record_event(
        conversation,
        user,
        "reply_retried" if not gate.needs_approval else "reply_awaiting_approval",
        None,
        {"message": item.message_id, **({"edited": True} if edited else {})},
    )
    return item


def save_draft(
    user: Any,
    conversation: Conversation,
    body: str,
    cc: str = "",
    bcc: str = "",
    to: str | None = None,
) -> Draft:
    """`to=None` keeps the To the draft has (a caller that never showed the To field)."""
    if not visible_conversations(user).filter(pk=conversation.pk).exists():
        raise NotAllowed("no such conversation")
    if _just_sent(user, conversation, body):
        # Walk 24 H13: an autosave in flight when the agent pressed send (a rewrite applied a
        # moment before) landed after the send had cleared the draft, and the compose box came
        # back 「下書きを復元しました」 with the text that had just gone out — one click from
        # sending it twice. A save of the words this agent just sent is not a draft.
        Draft.objects.filter(conversation=conversation, author=user).delete()
        return Draft(conversation=conversation, author=user, body="")
    fields = {"body": body, "cc": cc, "bcc": bcc, "seen_version": conversation.version}
    draft, _created = Draft.objects.update_or_create(
        conversation=conversation,
        author=user,
        defaults=fields | ({"to": to} if to is not None else {}),
    )
    return draft


# How long after a send an autosave of the same words is taken for one that was in flight.
_SENT_ECHO = timedelta(minutes=10)


def _just_sent(user: Any, conversation: Conversation, body: str) -> bool:
    words = own_words(body)
    if not words:
        return False
    return (
        OutboxItem.objects.filter(
            conversation=conversation,
            message__author=user,
            created_at__gte=now() - _SENT_ECHO,
            own_text=words,
        )
        .exclude(state=OutboxState.CANCELLED)
        .exists()
    )


# The ordinary template variables (the template form refuses any other name).
TEMPLATE_VARIABLES = frozenset(
    {
        "customer_name",
        "customer_first_name",  # "Hi {customer_first_name}," in English (walk 8 finding 22)
        "organization",
        "agent_name",
        "tag",
        "subject",
        "mailbox_name",
    }
)


def company_name(organization: Organization | None) -> str:
    """The organisation's name as a letter may use it, or "" when we know no name: an
    organisation is created from the sender's domain and named after it until someone
    names it, and 「sakura-shoten.example\n山本様」 addressed the customer by a domain
    (s10 walk F19). With "", {organization} alone on a line goes (the compose box) or stays
    a blank an automatic send refuses."""
    if organization is None:
        return ""
    name = organization.name.strip()
    return "" if name.lower() == (organization.domain or "").strip().lower() else name


def template_variables(
    conversation: Conversation, user: Any, language: str | None = None
) -> dict[str, str]:
    """The ordinary template variables: {customer_name}, {organization}, {agent_name},
    {tag}, {subject}, {mailbox_name}; for an English template {agent_name} is the agent's
    name in Latin letters when they gave one."""
    agent = Agent.objects.filter(user=user).first() if user is not None else None
    customer = conversation.customer
    # An automatic reply (a rule's) has no author: it is signed by the mailbox.
    author = user.get_username() if user is not None else conversation.mailbox.name
    values = {
        "customer_name": customer.name.strip() if customer and customer.name else "",
        "customer_first_name": first_name(customer.name) if customer and customer.name else "",
        "organization": company_name(customer.organization if customer else None),
        "agent_name": agent.name_for(language or "") if agent else author,
        "tag": conversation.tag,
        "subject": conversation.subject,
        "mailbox_name": conversation.mailbox.name,
    }
    # A value we do not know stays a visible blank, like an unknown variable: filled with
    # "", a customer who wrote without a display name got a follow-up (or a rule's reply)
    # starting "様". Left as {customer_name}, the agent fills it and an automatic send is
    # refused by the gate's placeholder check.
    # (An agent's compose box uses compose_template below instead.)
    return {name: value for name, value in values.items() if value}


def render_template_for_new_mail(template: Template, mailbox: Mailbox | None, user: Any) -> str:
    """A template in a new mail (/new/): no conversation and no customer yet, so only the
    agent's and the mailbox's names are filled; {customer_name} and the others stay visible
    for the agent to fill (sending refuses them, as in a reply)."""
    agent = Agent.objects.filter(user=user).first()
    values = {
        "agent_name": agent.name if agent else user.get_username(),
        "mailbox_name": mailbox.name if mailbox is not None else "",
    }
    return fill_placeholders(
        template.body, {name: value for name, value in values.items() if value}
    )


def render_template(template: Template, conversation: Conversation, user: Any) -> str:
    """The template with its variables filled by name only (customers' names and subjects
    are inserted as text; an unknown variable stays visible for the agent to fill)."""
    return fill_placeholders(
        template.body, template_variables(conversation, user, template.language)
    )


def compose_template(template: Template, conversation: Conversation, user: Any) -> str:
    """The template as the agent's compose box gets it: a variable without a value renders
    empty, the line it empties goes, and a missing name reads 「お客様」 / "Hello," (the
    agent reads it before sending; automatic sends keep render_template's stricter rule)."""
    return fill_template(
        template.body,
        template_variables(conversation, user, template.language),
        TEMPLATE_VARIABLES,
        template.language,
    )
