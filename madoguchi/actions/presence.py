"""Who is viewing or drafting a conversation right now (collision detection).

Each open conversation page posts a heartbeat every few seconds; a presence older than
PRESENCE_TTL has left. Heartbeats are not Events: they change nothing a colleague must
act on and would flood the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, now, visible_conversations
from madoguchi.models import Agent, Conversation, Presence

PRESENCE_TTL = timedelta(seconds=12)


@dataclass(frozen=True)
class Present:
    user_id: int
    name: str
    activity: str  # "viewing" | "drafting"


def heartbeat(user: Any, conversation: Conversation | int, activity: str) -> None:
    if activity not in Presence.Activity.values:
        raise ActionError(_("unknown activity %(value)r") % {"value": activity})
    pk = conversation.pk if isinstance(conversation, Conversation) else conversation
    if not visible_conversations(user).filter(pk=pk).exists():
        raise NotAllowed("no such conversation")
    at = now()
    updated = Presence.objects.filter(conversation_id=pk, user=user).update(
        activity=activity, seen_at=at
    )
    if not updated:
        try:
            with transaction.atomic():
                Presence.objects.create(
                    conversation_id=pk, user=user, activity=activity, seen_at=at
                )
        except IntegrityError:  # two tabs of the same agent raced: the other row is fine
            pass


def leave(user: Any, conversation_id: int) -> None:
    Presence.objects.filter(conversation_id=conversation_id, user=user).delete()


def present_in(conversation_ids: list[int], viewer: Any) -> dict[int, list[Present]]:
    """Colleagues (not the viewer) present in each conversation: one query for a whole page."""
    if not conversation_ids:
        return {}
    rows = (
        Presence.objects.filter(
            conversation_id__in=conversation_ids, seen_at__gte=now() - PRESENCE_TTL
        )
        .exclude(user=viewer)
        .select_related("user", "user__agent")
        .order_by("seen_at")
    )
    result: dict[int, list[Present]] = {}
    for row in rows:
        agent: Agent | None = getattr(row.user, "agent", None)
        name = agent.name if agent else row.user.get_username()
        result.setdefault(row.conversation_id, []).append(Present(row.user_id, name, row.activity))
    return result
