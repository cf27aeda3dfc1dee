"""Absence (不在): an agent says when they are away and who stands in (代理).

While absent they get no round-robin work (models.accounts.present_q), their notifications
also reach the substitute (actions/notify.py), and pickers mark them 不在. Optionally their
open conversations are handed to the substitute now, each through `assign` (an Event and
a notification each).

A lead (for the people of the teams they lead) or an admin sets and ends a colleague's
absence the same way (`person=`): the call saying someone is ill comes to the lead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, record_event, visible_conversations
from madoguchi.actions.conversations import assign
from madoguchi.actions.people import is_admin, led_teams, may_manage_people
from madoguchi.models import Agent, Status

# What is handed over: the conversations the team still owes or awaits an answer on.
HANDED_OVER = (Status.NEW, Status.OPEN, Status.WAITING)


@dataclass(frozen=True)
class Handover:
    handed: list[int] = field(default_factory=list)
    # Conversations of mailboxes the substitute does not work in: they stay with the owner.
    kept: list[int] = field(default_factory=list)


def check_may_set(actor: Any, person: Any) -> None:
    """Oneself always; someone else: an admin, or a lead of one of their teams."""
    if person.pk == actor.pk:
        return
    if not may_manage_people(actor):
        raise NotAllowed("only leads and admins set a colleague's absence")
    if is_admin(actor):
        return
    if not led_teams(actor).filter(agents__user=person).exists():
        raise NotAllowed("a lead sets the absence of their own teams' people only")


def _summary(agent: Agent) -> dict[str, Any]:
    return {
        "from": agent.away_from.isoformat() if agent.away_from else None,
        "until": agent.away_until.isoformat() if agent.away_until else None,
        "substitute": agent.substitute_id,
    }


@transaction.atomic
def set_absence(
    user: Any,
    *,
    away_from: date,
    away_until: date,
    substitute: Any | None,
    hand_over: bool,
    person: Any | None = None,
) -> Handover:
    """`user` marks `person` (themselves by default) away; see the module's docstring."""
    person = user if person is None else person
    check_may_set(user, person)
    oneself = person.pk == user.pk
    if away_until < away_from:
        raise ActionError(_("The last day of the absence is before its first day."))
    if substitute is not None and substitute.pk == person.pk:
        raise ActionError(
            _("Choose a colleague as your substitute, not yourself.")
            if oneself
            else _("Choose someone other than the absent person as the substitute.")
        )
    if substitute is not None and not substitute.is_active:
        raise ActionError(_("That colleague's account is disabled; choose another substitute."))
    if hand_over and substitute is None:
        raise ActionError(_("Choose a substitute to hand your conversations to."))
    agent, _created = Agent.objects.select_for_update().get_or_create(user=person)
    before = _summary(agent)
    agent.away_from, agent.away_until, agent.substitute = away_from, away_until, substitute
    agent.save(update_fields=["away_from", "away_until", "substitute"])
    after = {**_summary(agent), "user": person.pk}
    if not hand_over:
        record_event(None, user, "absence_set", before, after)
        return Handover()
    handed, kept = [], []
    owned = (
        visible_conversations(user)
        .filter(owner=person, status__in=HANDED_OVER, merged_into__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for pk in list(owned):
        try:
            assign(user, pk, substitute, away=person)
        except ActionError:
            kept.append(pk)
        else:
            handed.append(pk)
    # The audit log answers "where did my conversations go?" (walk 10, F23).
    record_event(None, user, "absence_set", before, {**after, "handed_over": handed})
    return Handover(handed, kept)


@transaction.atomic
def clear_absence(user: Any, person: Any | None = None) -> None:
    """Back at work: the dates, the substitute and the away flag are cleared."""
    person = user if person is None else person
    check_may_set(user, person)
    agent = Agent.objects.select_for_update().filter(user=person).first()
    if agent is None:
        return
    before = _summary(agent)
    agent.away_from = agent.away_until = agent.substitute = None
    agent.is_away = False
    agent.save(update_fields=["away_from", "away_until", "substitute", "is_away"])
    record_event(None, user, "absence_cleared", before, {"user": person.pk})
