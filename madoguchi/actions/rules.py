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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q

from madoguchi.actions.conversations import next_team_member
from madoguchi.mail.nfkc import nfkc
from madoguchi.models import Conversation, Event, Label, Priority, Rule, Status, Team

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
    """Apply the rules to new conversations (already saved); returns how many changed."""
    if not rules:
        return 0
    changed = 0
    events: list[Event] = []
    for conversation, mail in conversations:
        applied = []
        for rule in rules:
            if not matches(rule, mail):
                continue
            applied.append(_carry_out(rule, conversation))
            if rule.stop_processing:
                break
        done = [entry for entry in applied if entry]
        if done:
            changed += 1
            events.append(
                Event(
                    conversation=conversation,
                    verb="rule_applied",
                    after={"rules": done},
                    created_at=conversation.updated_at,
                )
            )
    Event.objects.bulk_create(events)
    return changed


def _carry_out(rule: Rule, conversation: Conversation) -> dict[str, Any]:
    actions = rule.actions or {}
    done: dict[str, Any] = {"rule": rule.name}
    fields: list[str] = []
    label_name = str(actions.get("label") or "").strip()
    if label_name:
        label, _ = Label.objects.get_or_create(name=label_name[:100])
        conversation.labels.add(label)
        done["label"] = label.name
    priority = actions.get("priority")
    if priority is not None:
        value = _PRIORITY_NAMES.get(str(priority).lower(), priority)
        if value in Priority.values:
            conversation.priority = int(value)
            fields.append("priority")
            done["priority"] = int(value)
    status = str(actions.get("status") or "")
    if status in Status.values:
        conversation.status = status
        fields.append("status")
        done["status"] = status
    owner = _owner(actions)
    if owner is not None:
        conversation.owner = owner
        fields.append("owner")
        done["owner"] = owner.get_username()
        if conversation.status == Status.NEW and "status" not in done:
            conversation.status = Status.OPEN
            fields.append("status")
    if fields:
        conversation.save(update_fields=fields)
    return done if len(done) > 1 else {}


def _owner(actions: dict[str, Any]) -> Any | None:
    User = get_user_model()
    assignee = actions.get("assignee")
    if assignee:
        lookup = Q(username=str(assignee))
        if str(assignee).isdigit():
            lookup |= Q(pk=int(assignee))
        return User.objects.filter(lookup, is_active=True).first()
    team = Team.objects.filter(pk=actions.get("team") or 0).first()
    if team is not None:
        return next_team_member(team)
    return None
