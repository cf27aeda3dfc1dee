"""A conversation's page as data: messages (quoted history folded), notes and events in
time order, and the customer's other conversations. A fixed number of queries whatever
the conversation's length."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Q

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.labels import HiddenLabels
from madoguchi.mail.quote import split_quoted
from madoguchi.models import Conversation, CustomFieldValue, Event, Message, Note

_MENTION = re.compile(r"(?<![\w.@])(@[\w.\-]+)")


@dataclass(frozen=True)
class Entry:
    at: datetime
    kind: str  # "message", "note", "event"
    item: Any
    body: str = ""
    quoted: str = ""
    signature: str = ""
    is_latest: bool = False
    is_forward: bool = False  # our mail forwarded to someone, not a reply to the customer
    # The sender's words under a forwarded mail in theirs and those above it
    # (mail.quote.QuoteSplit): the page shows `above`, the forward folded, then `below`.
    above: str = ""
    below: str = ""


@dataclass(frozen=True)
class CustomerPanel:
    customer: Any
    addresses: list[str]
    own: list[Conversation] = field(default_factory=list)
    organisation: list[Conversation] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)  # custom fields: customer's, then company's


# Events shown in the timeline; others (drafts, heartbeats) are noise to a reader.
TIMELINE_VERBS = (
    "assigned",
    "status_changed",
    "priority_changed",
    "label_added",
    "label_removed",
    "label_merged",  # wip-templates
    "snoozed",
    "snooze_ended",
    "unsnoozed",
    "merged",
    "merged_into",
    "unmerged",
    "unmerged_from",
    "marked_spam",
    "marked_not_spam",
    "reply_queued",
    "reply_awaiting_approval",
    "reply_approved",
    "reply_sent",
    "reply_failed",
    "reply_discarded",
    "reply_cancelled",  # undo send: the reply was taken back before it left
    "reopened",
    # wip-approval
    "reply_edited_approved",
    "reply_returned",
    "forwarded",
    "forward_cancelled",
    "mail_started",
    "auto_acknowledged",
    # s5-notify: the 返信待ち follow-up (actions/followup.py), and its withdrawal
    "followup_queued",
    "followup_awaiting_approval",
    "followup_not_sent",
    "followup_withdrawn",
    # The satisfaction survey: asked, taken back, answered — and why the system reopened a
    # conversation on a 不満 answer or resolved it again when the customer chose better.
    "satisfaction_asked",
    "satisfaction_withdrawn",
    "satisfaction_rated",
)


_LABEL_VERBS = ("label_added", "label_removed", "label_merged")


def timeline(
    conversation: Conversation, hidden_labels: HiddenLabels | Iterable[str] = ()
) -> list[Entry]:
    """`hidden_labels`: the labels the reader may not see (another team's private ones); the
    events about them are left out, as the label chips are: by the label's id where the event
    has it, else by any name the label has had (a plain list of names: by those)."""
    messages = list(
        Message.objects.filter(conversation=conversation)
        .select_related("author__agent", "outbox")
        .prefetch_related("attachments", "outbox__refusals")
        .order_by("received_at", "id")
    )
    notes = list(
        Note.objects.filter(conversation=conversation)
        .select_related("author__agent")
        .order_by("created_at", "id")
    )
    events = list(
        Event.objects.filter(conversation=conversation, verb__in=TIMELINE_VERBS)
        .select_related("actor__agent")
        .order_by("created_at", "id")
    )
    entries: list[Entry] = []
    latest_id = messages[-1].pk if messages else None
    forwards = {(event.after or {}).get("message") for event in events if event.verb == "forwarded"}
    for message in messages:
        split = split_quoted(message.text or "")
        entries.append(
            Entry(
                message.received_at,
                "message",
                message,
                split.body,
                split.quoted,
                split.signature,
                message.pk == latest_id,
                message.pk in forwards,
                split.above,
                split.below,
            )
        )
    entries.extend(Entry(note.created_at, "note", note, note.text) for note in notes)
    hidden = (
        hidden_labels
        if isinstance(hidden_labels, HiddenLabels)
        else HiddenLabels(names=frozenset(hidden_labels))
    )
    taken_back = _taken_back(events, {message.pk for message in messages})
    entries.extend(
        Entry(event.created_at, "event", event)
        for event in events
        if event.pk not in taken_back
        and not (hidden and event.verb in _LABEL_VERBS and _about_hidden_label(event, hidden))
    )
    order = {"message": 0, "note": 1, "event": 2}
    return sorted(entries, key=lambda entry: (entry.at, order[entry.kind]))


def _taken_back(events: list[Event], messages: set[int]) -> set[int]:
    """The 「〜が返信しました」 events of replies taken back by undo send: their message is
    gone and the same person's 'reply_cancelled' follows. The cancel says what happened;
    the queued line alone told a lead the customer had been answered (walk 20 G5)."""
    waiting: dict[int | None, list[int]] = {}
    dropped: set[int] = set()
    for event in events:
        if event.verb == "reply_queued":
            message = (event.after or {}).get("message")
            if message is not None and message not in messages:
                waiting.setdefault(event.actor_id, []).append(event.pk)
        elif event.verb == "reply_cancelled" and waiting.get(event.actor_id):
            dropped.add(waiting[event.actor_id].pop())
    return dropped


def _about_hidden_label(event: Event, hidden: HiddenLabels) -> bool:
    for side in (event.before, event.after):
        if not isinstance(side, dict):
            continue
        label_id = side.get("label_id")
        if label_id is not None:
            if label_id in hidden.ids:
                return True
        elif side.get("label") in hidden.names:  # an event from before ids were stored
            return True
    return False


def customer_panel(user: Any, conversation: Conversation, limit: int = 10) -> CustomerPanel | None:
    customer = conversation.customer
    if customer is None:
        return None
    visible = (
        visible_conversations(user)
        .filter(merged_into__isnull=True)
        .exclude(pk=conversation.pk)
        .select_related("owner__agent")
        .order_by("-last_message_at", "-id")
    )
    own = list(visible.filter(customer=customer)[:limit])
    organisation: list[Conversation] = []
    if customer.organization_id:
        organisation = list(
            visible.filter(customer__organization_id=customer.organization_id)
            .exclude(customer=customer)
            .select_related("customer")[:limit]
        )
    addresses = [a.address for a in customer.addresses.all()]
    owners = Q(customer=customer)
    if customer.organization_id:
        owners |= Q(organization_id=customer.organization_id)
    values = list(
        CustomFieldValue.objects.filter(owners)
        .select_related("field")
        .order_by("organization_id", "field__name")
    )
    return CustomerPanel(customer, addresses, own, organisation, values)


def split_mentions(text: str) -> list[tuple[str, bool]]:
    """The note text in pieces, each marked whether it is an @mention (for highlighting)."""
    pieces: list[tuple[str, bool]] = []
    for index, part in enumerate(_MENTION.split(text)):
        if part:
            pieces.append((part, index % 2 == 1))
    return pieces


def forwarded_message_ids(conversation: Conversation, message_ids: Iterable[int]) -> set[int]:
    """Which of these outgoing messages are forwards (the "forwarded" event names them)."""
    wanted = set(message_ids)
    if not wanted:
        return set()
    found = Event.objects.filter(conversation=conversation, verb="forwarded").values_list(
        "after", flat=True
    )
    named = {after.get("message") for after in found if isinstance(after, dict)}
    return {pk for pk in wanted if pk in named}
