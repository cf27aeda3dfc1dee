"""Absence (不在): an agent says when they are away and who stands in (代理).

While absent they get no round-robin work (models.accounts.present_q), their notifications
also reach the substitute (actions/notify.py), and pickers mark them 不在. Optionally their
open conversations are handed to the substitute now, each through `assign` (an Event and
a notification each).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, record_event, visible_conversations
from madoguchi.actions.conversations import assign
from madoguchi.models import Agent, Status

# What is handed over: the conversations the team still owes or awaits an answer on.
HANDED_OVER = (Status.NEW, Status.OPEN, Status.WAITING)


@dataclass(frozen=True)
class Handover:
    handed: list[int] = field(default_factory=list)
    # Conversations of mailboxes the substitute does not work in: they stay with the owner.
    kept: list[int] = field(default_factory=list)


def _summary(agent: Agent) -> dict[str, Any]:
    return {
        "from": agent.away_from.isoformat() if agent.away_from else None,
        "until": agent.away_until.isoformat() if agent.away_until else None,
        "substitute": agent.substitute_id,
    }


@transaction.atomic
def set_absence(
    user: Any, *, away_from: date, away_until: date, substitute: Any | None, hand_over: bool
) -> Handover:
    if away_until < away_from:
        raise ActionError(_("The last day of the absence is before its first day."))
    if substitute is not None and substitute.pk == user.pk:
        raise ActionError(_("Choose a colleague as your substitute, not yourself."))
    if substitute is not None and not substitute.is_active:
        raise ActionError(_("That colleague's account is disabled; choose another substitute."))
    if hand_over and substitute is None:
        raise ActionError(_("Choose a substitute to hand your conversations to."))
    agent, _created = Agent.objects.select_for_update().get_or_create(user=user)
    before = _summary(agent)
    agent.away_from, agent.away_until, agent.substitute = away_from, away_until, substitute
    agent.save(update_fields=["away_from", "away_until", "substitute"])
    record_event(None, user, "absence_set", before, _summary(agent))
    if not hand_over:
        return Handover()
    handed, kept = [], []
    owned = (
        visible_conversations(user)
        .filter(owner=user, status__in=HANDED_OVER, merged_into__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for pk in list(owned):
        try:
            assign(user, pk, substitute)
        except ActionError:
            kept.append(pk)
        else:
            handed.append(pk)
    return Handover(handed, kept)


@transaction.atomic
def clear_absence(user: Any) -> None:
    """Back at work: the dates, the substitute and the away flag are cleared."""
    agent = Agent.objects.select_for_update().filter(user=user).first()
    if agent is None:
        return
    before = _summary(agent)
    agent.away_from = agent.away_until = agent.substitute = None
    agent.is_away = False
    agent.save(update_fields=["away_from", "away_until", "substitute", "is_away"])
    record_event(None, user, "absence_cleared", before, None)
