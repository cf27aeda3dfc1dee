"""迷惑メール: marking a conversation as spam teaches the block list; "not spam" unteaches it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    now,
    record_event,
    role_of,
    visible_conversations,
)
from madoguchi.actions.conversations import _lock, _touch
from madoguchi.mail.freemail import is_free_mail_domain
from madoguchi.models import (
    BlockedSender,
    Conversation,
    CustomerAddress,
    Direction,
    Event,
    Message,
    Organization,
    Role,
    Status,
)


def _sender(conversation: Conversation) -> str:
    first = (
        Message.objects.filter(conversation=conversation, direction=Direction.INCOMING)
        .order_by("received_at", "pk")
        .values_list("from_address", flat=True)
        .first()
    )
    return (first or "").strip().lower()


def _refuse_free_mail(domain: str) -> None:
    """A free-mail domain is many unrelated people: its block is refused, by name."""
    if is_free_mail_domain(domain):
        raise ActionError(
            _("%(domain)s is a free mail service: block the address instead.") % {"domain": domain}
        )


def blocked_by(user: Any, conversation_id: int, block: str) -> tuple[str, list[Conversation]]:
    """What a block would catch: the address or domain, and the sender's other conversations
    not in spam (s6 walk: one click on 迷惑メール blocked a customer with another open one)."""
    conversation = visible_conversations(user).filter(pk=conversation_id).first()
    if conversation is None:
        raise NotAllowed("no such conversation")
    sender = _sender(conversation)
    if not sender or block not in ("sender", "domain"):
        return "", []
    pattern = sender if block == "sender" else sender.rpartition("@")[2]
    if block == "domain":
        # Refused before the question, not after it: the question listed seven unrelated
        # Gmail customers as one sender's other conversations (walk 11 F-21).
        _refuse_free_mail(pattern)
    if block == "sender":
        match = {"messages__from_address__iexact": pattern}
    else:
        match = {"messages__from_address__iendswith": "@" + pattern}
    others = (
        visible_conversations(user)
        .filter(messages__direction=Direction.INCOMING, **match)
        .exclude(pk=conversation.pk)
        .exclude(status=Status.SPAM)
        .distinct()
        .order_by("-pk")
    )
    return pattern, list(others[:20])


@dataclass(frozen=True)
class DomainReach:
    """Whom a domain block would reach, in every mailbox (the block list is global). Walk 12
    (F-30): the question for 「ドメインごとブロック」 on a VIP company's mail counted only the
    sender's own conversations, not the colleague at the same company in another mailbox."""

    organization: str  # the customer company of the domain ("" when none is known)
    customers: int  # people with an address at the domain, the sender included
    open_conversations: int  # theirs not yet resolved, this one left out
    vip: bool  # a conversation of the domain is labelled VIP

    @property
    def beyond_the_sender(self) -> bool:
        return self.customers > 1 or self.open_conversations > 0


def domain_reach(conversation_id: int, domain: str) -> DomainReach:
    at_domain = {"messages__from_address__iendswith": "@" + domain}
    conversations = Conversation.objects.filter(
        messages__direction=Direction.INCOMING, **at_domain
    ).exclude(status=Status.SPAM)
    organization = Organization.objects.filter(domain__iexact=domain).first()
    return DomainReach(
        organization=organization.name if organization is not None else "",
        customers=CustomerAddress.objects.filter(address__iendswith="@" + domain)
        .values("customer_id")
        .distinct()
        .count(),
        open_conversations=conversations.filter(
            status__in=(Status.NEW, Status.OPEN, Status.WAITING)
        )
        .exclude(pk=conversation_id)
        .values("pk")
        .distinct()
        .count(),
        vip=conversations.filter(labels__name__icontains="vip").exists(),
    )


@transaction.atomic
def mark_spam(user: Any, conversation: Conversation | int, block: str = "sender") -> Conversation:
    """Move to 迷惑メール and block the sender's address (block="sender") or whole domain
    (block="domain"; refused for free-mail domains, which would block real customers)."""
    conversation = _lock(user, conversation)
    sender = _sender(conversation)
    pattern = ""
    if block == "domain":
        domain = sender.rpartition("@")[2]
        if not domain:
            raise ActionError(_("This conversation has no sender to block."))
        _refuse_free_mail(domain)
        pattern = domain
    elif block == "sender":
        pattern = sender
    if pattern:
        BlockedSender.objects.get_or_create(
            pattern=pattern,
            defaults={
                "created_by": user if getattr(user, "is_authenticated", False) else None,
                "created_at": now(),
            },
        )
    before = conversation.status
    conversation.status = Status.SPAM
    conversation.owner = None
    _touch(conversation, ["status", "owner"])
    record_event(conversation, user, "marked_spam", {"status": before}, {"blocked": pattern})
    return conversation


@transaction.atomic
def mark_not_spam(user: Any, conversation: Conversation | int) -> Conversation:
    """Back to 未対応, and the sender (and their domain) off the block list."""
    conversation = _lock(user, conversation)
    if conversation.status != Status.SPAM:
        raise ActionError(_("This conversation is not in spam."))
    sender = _sender(conversation)
    unblocked = list(
        BlockedSender.objects.filter(pattern__in=[sender, sender.rpartition("@")[2]])
        .exclude(pattern="")
        .values_list("pattern", flat=True)
    )
    BlockedSender.objects.filter(pattern__in=unblocked).delete()
    conversation.status = Status.NEW
    _touch(conversation, ["status"])
    record_event(
        conversation, user, "marked_not_spam", {"status": Status.SPAM}, {"unblocked": unblocked}
    )
    return conversation


def may_unblock(user: Any, entry: BlockedSender) -> bool:
    if role_of(user) in (Role.LEAD, Role.ADMIN):
        return True
    return entry.created_by_id is not None and entry.created_by_id == getattr(user, "pk", None)


@transaction.atomic
def unblock(user: Any, blocked_id: int) -> str:
    """Take an address or domain off the block list (its spam stays where it is).

    The list is one for the whole company (a spammer writes to every address), so taking
    an entry off lets that sender into every team's mailboxes: a lead's or an admin's
    decision, or the undoing of one's own spam mark (s8 walk: any agent could)."""
    if role_of(user) is None:
        raise NotAllowed("sign in first")
    entry = BlockedSender.objects.select_for_update().filter(pk=blocked_id).first()
    if entry is None:
        raise ActionError(_("That sender is not blocked."))
    if not may_unblock(user, entry):
        raise NotAllowed("only leads, admins and whoever blocked it take a sender off")
    entry.delete()
    record_event(None, user, "unblocked", {"blocked": entry.pattern}, None)
    return entry.pattern


def recently_unblocked(user: Any, limit: int = 10) -> list[str]:
    """Senders taken off the list lately and not blocked again: what "block again" undoes.
    Only for those who may take entries off (the same people may put them back)."""
    if role_of(user) not in (Role.LEAD, Role.ADMIN):
        return []
    blocked = set(BlockedSender.objects.values_list("pattern", flat=True))
    patterns: list[str] = []
    for before in (
        Event.objects.filter(verb="unblocked")
        .order_by("-created_at", "-pk")
        .values_list("before", flat=True)[: limit * 3]
    ):
        pattern = before.get("blocked") if isinstance(before, dict) else None
        if pattern and pattern not in blocked and pattern not in patterns:
            patterns.append(pattern)
    return patterns[:limit]


@transaction.atomic
def block_again(user: Any, pattern: str) -> str:
    """Undo a removal from the block list (a lead's or an admin's, as removing is)."""
    if role_of(user) not in (Role.LEAD, Role.ADMIN):
        raise NotAllowed("only leads and admins put a sender back on the list")
    pattern = pattern.strip().lower()
    if pattern not in recently_unblocked(user, limit=50):
        raise ActionError(_("That sender was not taken off the block list lately."))
    BlockedSender.objects.get_or_create(
        pattern=pattern, defaults={"created_by": user, "created_at": now()}
    )
    record_event(None, user, "blocked_again", None, {"blocked": pattern})
    return pattern
