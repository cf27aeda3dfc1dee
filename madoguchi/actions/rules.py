"""Automatic sorting rules: applied, in order, to each new incoming conversation.

A rule's conditions (all given ones must hold):
  sender    an address, or a pattern with * ("*@bigcustomer.co.jp", "billing-*@*")
  domain    the sender's domain or a parent of it ("example.co.jp" covers "mail.example.co.jp")
  keywords  any of these words in the subject or the text (full-width folded, any case)
  mailbox   the rule's own mailbox field, when set
Its actions: label (a name; created if new), assignee (a user name or id), team (round-robin
among its present members), priority (urgent/normal/low or 0-2), status.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, SystemActor, record_event
from madoguchi.actions.conversations import (
    add_label_named,
    assign,
    next_team_member,
    set_priority,
    set_status,
)
from madoguchi.mail.nfkc import nfkc
from madoguchi.models import Conversation, Priority, Rule, Team

_PRIORITY_NAMES = {"urgent": Priority.URGENT, "normal": Priority.NORMAL, "low": Priority.LOW}


@dataclass(frozen=True)
class RuleInput:
    """What the rules look at, for one new conversation."""

    sender: str
    subject: str
    text: str


def _fold(text: str) -> str:
    return nfkc(text).casefold()


def matches(rule: Rule, mail: RuleInput) -> bool:
    conditions = rule.conditions or {}
    sender = mail.sender.lower()
    pattern = str(conditions.get("sender") or "").strip().lower()
    if pattern and not fnmatch.fnmatchcase(sender, pattern):
        return False
    domain = str(conditions.get("domain") or "").strip().lower().lstrip("@")
    if domain:
        own = sender.rpartition("@")[2]
        if own != domain and not own.endswith("." + domain):
            return False
    keywords = [str(k) for k in conditions.get("keywords") or [] if str(k).strip()]
    if keywords:
        haystack = _fold(f"{mail.subject}\n{mail.text[:20_000]}")
        if not any(_fold(keyword.strip()) in haystack for keyword in keywords):
            return False
    return True


def active_rules(mailbox_id: int) -> list[Rule]:
    return list(
        Rule.objects.filter(is_active=True)
        .filter(Q(mailbox_id=mailbox_id) | Q(mailbox__isnull=True))
        .order_by("position", "id")
    )


def apply_rules(
    rules: Sequence[Rule], conversations: Sequence[tuple[Conversation, RuleInput]]
) -> int:
    """Apply the rules to new conversations (already saved); returns how many changed.

    A rule changes a conversation through the same actions as a person (one door): each
    change is checked (an owner must work in the mailbox), bumps the version and is one
    Event naming the rule. A change that is refused is an Event too, so a lead sees why.
    """
    if not rules:
        return 0
    changed = 0
    for conversation, mail in conversations:
        changes = 0
        for rule in rules:
            if not matches(rule, mail):
                continue
            changes += _carry_out(rule, conversation)
            if rule.stop_processing:
                break
        changed += changes > 0
    return changed


def _carry_out(rule: Rule, conversation: Conversation) -> int:
    """The rule's changes, one action each; returns how many were made."""
    actor = SystemActor(f"rule: {rule.name}")
    actions = rule.actions or {}
    pk = conversation.pk
    steps: list[tuple[str, Callable[[], Conversation]]] = []
    label_name = str(actions.get("label") or "").strip()
    if label_name:
        steps.append(("label", lambda: add_label_named(actor, pk, label_name)))
    priority = actions.get("priority")
    if priority is not None:
        value = _PRIORITY_NAMES.get(str(priority).lower(), priority)
        steps.append(("priority", lambda: set_priority(actor, pk, value)))
    status = str(actions.get("status") or "")
    if status:
        steps.append(("status", lambda: set_status(actor, pk, status)))
    if actions.get("assignee") or actions.get("team"):
        steps.append(("owner", lambda: _assign(actor, pk, actions)))
    made = 0
    for name, step in steps:
        # Each action checks before it writes, so a refusal leaves nothing half done and
        # needs no savepoint of its own.
        try:
            version = step().version
        except ActionError as error:
            record_event(
                conversation,
                actor,
                "rule_not_applied",
                None,
                {"action": name, "reason": str(error)},
            )
            continue
        if version != conversation.version:
            conversation.version = version
            made += 1
    return made


def _assign(actor: SystemActor, conversation_id: int, actions: dict[str, Any]) -> Conversation:
    owner = _owner(actions)
    if owner is None:
        raise ActionError(_("nobody to assign to (unknown user, or no one in the team present)"))
    return assign(actor, conversation_id, owner)


def _owner(actions: dict[str, Any]) -> Any | None:
    User = get_user_model()
    assignee = actions.get("assignee")
    if assignee:
        lookup = Q(username=str(assignee))
        if str(assignee).isdigit():
            lookup |= Q(pk=int(assignee))
        return User.objects.filter(lookup, is_active=True).select_related("agent").first()
    team = Team.objects.filter(pk=actions.get("team") or 0).first()
    if team is not None:
        return next_team_member(team)
    return None
