"""What every action shares: errors, the audit trail, permission look-ups."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import DatabaseError
from django.db.models import QuerySet
from django.utils import timezone

from madoguchi.models import Conversation, Event, Mailbox, Role

User = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class SystemActor:
    """Work done by the system on its own, not by a person: a sorting rule. It may act on
    any conversation, the checks about the people involved still hold (an owner must work
    in the mailbox), and every Event it records names it."""

    name: str  # "rule: 大口顧客"
    is_authenticated = False
    is_superuser = False


# PostgreSQL's SQLSTATEs for "another transaction was in the way": deadlock_detected and
# serialization_failure. The transaction was rolled back whole; running it again is safe.
TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})
TRANSIENT_RETRIES = 3


def is_transient(error: BaseException) -> bool:
    """A deadlock or serialization failure with a concurrent transaction (not the data's fault)."""
    cause = error.__cause__ if isinstance(error, DatabaseError) else None
    return getattr(cause, "sqlstate", None) in TRANSIENT_SQLSTATES


class ActionError(Exception):
    """A user's request that cannot be carried out; the message is shown to them."""


class NotAllowed(ActionError):
    """The user may not do this (or may not see the object at all)."""


def now() -> datetime:
    return timezone.now()


# The client address of the request being served, so every Event it records names it
# (the audit log's "from where") without passing the request down through every action.
_client_address: ContextVar[str | None] = ContextVar("client_address", default=None)


@contextmanager
def client_address_of_request(address: str | None) -> Iterator[None]:
    try:
        # Only an IP address is stored (PostgreSQL's inet column refuses anything else; a
        # server on a Unix socket may pass an empty or odd REMOTE_ADDR).
        valid: str | None = str(ipaddress.ip_address((address or "").strip()))
    except ValueError:
        valid = None
    token = _client_address.set(valid)
    try:
        yield
    finally:
        _client_address.reset(token)


def client_address() -> str | None:
    """The client address of the request being served (for bulk-written Events)."""
    return _client_address.get()


def record_event(
    conversation: Conversation | None,
    actor: Any,
    verb: str,
    before: Any = None,
    after: Any = None,
    at: datetime | None = None,
) -> Event:
    if isinstance(actor, SystemActor):
        after = {**(after or {}), "by": actor.name}
    return Event.objects.create(
        conversation=conversation,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        verb=verb,
        before=before,
        after=after,
        created_at=at or now(),
        address=_client_address.get(),
    )


def shown_name(user: Any) -> str:
    """The name colleagues know (表示名), not the login id (s6 walk: 「kobayashi さんが…」)."""
    if user is None:
        return ""
    agent = getattr(user, "agent", None)
    return agent.name if agent is not None else user.get_username()


def role_of(user: Any) -> str | None:
    if isinstance(user, SystemActor):
        return Role.ADMIN
    if not getattr(user, "is_authenticated", False):
        return None
    if user.is_superuser:
        return Role.ADMIN
    agent = getattr(user, "agent", None)
    return agent.role if agent is not None else None


def visible_mailboxes(user: Any) -> QuerySet[Mailbox]:
    """Mailboxes a user may see: admins all; others those of their teams."""
    role = role_of(user)
    if role is None:
        return Mailbox.objects.none()
    if role == Role.ADMIN:
        return Mailbox.objects.all()
    return Mailbox.objects.filter(teams__agents__user=user).distinct()


# The visible mailboxes read so far in the request being served, by user id (None
# outside a request: the worker, the commands and tests calling actions read them each
# time). A conversation page asked for them six times, the queue three (session 13); the
# sidebar's list of mailboxes and the ids that scope every query are one read (session 14).
_mailboxes_read: ContextVar[dict[int, list[Mailbox]] | None] = ContextVar(
    "mailboxes_read", default=None
)


@contextmanager
def mailbox_ids_kept_for_request() -> Iterator[None]:
    """Within it visible_mailbox_list() (and so visible_mailbox_ids()) reads each user's
    mailboxes once; the memo is this request's alone (a context variable, set and reset
    around the request), so it reaches neither another request nor another user, and it
    is forgotten whenever a membership, a team or a mailbox changes
    (forget_visible_mailboxes)."""
    token = _mailboxes_read.set({})
    try:
        yield
    finally:
        _mailboxes_read.reset(token)


def forget_visible_mailboxes() -> None:
    """Drop what this request read: an agent joined or left a team, a team got or lost
    a mailbox, an agent or a mailbox was deleted (the signals in models/accounts.py)."""
    memo = _mailboxes_read.get()
    if memo:
        memo.clear()


def _forget_on_change(**kwargs: Any) -> None:
    forget_visible_mailboxes()


def connect_membership_signals() -> None:
    """What a user may see changes when an agent joins or leaves a team, a team gets or
    loses a mailbox, or an agent, a team or a mailbox is saved or deleted: the request's
    memo is dropped then, so a later check in the same request reads the new answer."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from madoguchi.models import Agent, Team

    for through in (Agent.teams.through, Mailbox.teams.through):
        m2m_changed.connect(_forget_on_change, sender=through, dispatch_uid=f"memo-{through}")
    for model in (Agent, Team, Mailbox):
        for signal in (post_save, post_delete):
            signal.connect(_forget_on_change, sender=model, dispatch_uid=f"memo-{model}-{signal}")


def visible_mailbox_list(user: Any) -> list[Mailbox]:
    """The mailboxes a user may see, by name (the sidebar, a view's choice of mailbox),
    read once per request (mailbox_ids_kept_for_request) and each time outside one."""
    if role_of(user) is None:
        return []
    memo = _mailboxes_read.get()
    key = getattr(user, "pk", None)
    if memo is not None and key is not None and key in memo:
        return list(memo[key])
    mailboxes = list(visible_mailboxes(user).order_by("name"))
    if memo is not None and key is not None:
        memo[key] = mailboxes
    return list(mailboxes)


def visible_mailbox(user: Any, mailbox_id: object) -> Mailbox | None:
    """The mailbox with this id if the user may see it (None otherwise, or for an id
    that is not a number), from the request's read of their mailboxes."""
    try:
        wanted = int(str(mailbox_id))
    except ValueError:
        return None
    return next((m for m in visible_mailbox_list(user) if m.pk == wanted), None)


def visible_mailbox_ids(user: Any) -> list[int] | None:
    """The ids of the mailboxes a user may see (None: every mailbox, an admin), from
    visible_mailbox_list (read once per request).

    A list, not the subquery of visible_mailboxes(): inside a conversation query the
    PostgreSQL planner estimated the subquery's join of teams and agents at one row and
    ran it again for each conversation it tested (the page of `返金 status:open` at
    1,000,000 messages: 4,615 loops, 5,051 of its 28,079 buffers), where a list is one
    `mailbox_id = ANY(…)` test with known values."""
    role = role_of(user)  # not kept: a role changed in the request counts at once
    if role is None:
        return []
    if role == Role.ADMIN:
        return None
    return [mailbox.pk for mailbox in visible_mailbox_list(user)]


def visible_conversations(user: Any) -> QuerySet[Conversation]:
    """Every query that lists or fetches conversations for a user starts here."""
    mailbox_ids = visible_mailbox_ids(user)
    if mailbox_ids is None:
        return Conversation.objects.all()
    if not mailbox_ids:
        return Conversation.objects.none()
    return Conversation.objects.filter(mailbox_id__in=mailbox_ids)


def get_conversation_for(user: Any, conversation_id: int) -> Conversation:
    """The conversation if the user may see it; NotAllowed otherwise (shown as 404)."""
    try:
        return visible_conversations(user).select_related("mailbox").get(pk=conversation_id)
    except Conversation.DoesNotExist:
        raise NotAllowed("no such conversation") from None
