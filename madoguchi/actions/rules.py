"""Automatic sorting rules: applied, in order, to each new incoming conversation.

A rule's conditions (all given ones must hold, or any of them when "match" is "any"):
  sender         an address, or a pattern with * ("*@bigcustomer.co.jp", "billing-*@*")
  domain         the sender's domain or a parent of it ("example.co.jp" covers "mail.example.co.jp")
  recipient      an address (or pattern) the mail was sent to, To or Cc ("billing@…")
                 (each of these three may list several, separated by commas or spaces: any one)
  subject_words  any of these words in the subject
  keywords       any of these words in the subject or the text (full-width folded, any case)
  attachment     true: only mail with a (non-inline) attachment; false: only mail without
  language       "ja" or "en", as triage read the mail
  urgency        "high", "normal" or "low", as triage read it; emotion likewise
  mailbox        the rule's own mailbox field, when set
Its actions: label (a name; created if new), assignee (a user name or id), team (round-robin
among its present members), priority (urgent/normal/low or 0-2), status, auto_reply (a
template sent once to the sender by the worker, with the acknowledgements and through the
same checks: never to automatic or no-reply senders, never with a blank left in it).
Approval is not an action of its own: a rule adds a label, and an approval rule on that
label holds the replies (actions/approval.py), with its approvers.

A rule that assigns leaves the conversation 未対応 (new): nobody has answered yet, and the
owner's 未対応 list is where they look for it.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, SystemActor, now, record_event
from madoguchi.actions.conversations import (
    add_label_named,
    assign,
    next_team_member,
    set_priority,
    set_status,
)
from madoguchi.mail.nfkc import nfkc
from madoguchi.models import Conversation, Priority, Rule, RuleReply, Team, Template

_PRIORITY_NAMES = {"urgent": Priority.URGENT, "normal": Priority.NORMAL, "low": Priority.LOW}


@dataclass(frozen=True)
class RuleInput:
    """What the rules look at, for one new conversation."""

    sender: str
    subject: str
    text: str
    recipients: tuple[str, ...] = ()
    has_attachment: bool = False
    language: str = ""
    urgency: str = ""
    emotion: str = ""


def _fold(text: str) -> str:
    return nfkc(text).casefold()


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    return [str(word).strip() for word in value or [] if str(word).strip()]


_SEPARATORS = re.compile(r"[,、，;；\s]+")


def _alternatives(value: Any) -> list[str]:
    """Addresses, patterns or domains, any of which may match: "a.example, b.example" was
    read as one domain with a comma in it and matched nothing, silently (walk 12, F-18)."""
    return [part for part in _SEPARATORS.split(str(value or "").strip().lower()) if part]


def _tests(conditions: dict[str, Any], mail: RuleInput) -> list[bool]:
    """One verdict per condition the rule sets (an unset condition is no test)."""
    tests: list[bool] = []
    sender = mail.sender.lower()
    patterns = _alternatives(conditions.get("sender"))
    if patterns:
        tests.append(any(fnmatch.fnmatchcase(sender, pattern) for pattern in patterns))
    domains = [domain.lstrip("@") for domain in _alternatives(conditions.get("domain"))]
    if domains:
        own = sender.rpartition("@")[2]
        tests.append(any(own == d or own.endswith("." + d) for d in domains if d))
    recipients = _alternatives(conditions.get("recipient"))
    if recipients:
        tests.append(
            any(fnmatch.fnmatchcase(a.lower(), r) for a in mail.recipients for r in recipients)
        )
    subject_words = _words(conditions.get("subject_words"))
    if subject_words:
        subject = _fold(mail.subject)
        tests.append(any(_fold(word) in subject for word in subject_words))
    keywords = _words(conditions.get("keywords"))
    if keywords:
        haystack = _fold(f"{mail.subject}\n{mail.text[:20_000]}")
        tests.append(any(_fold(keyword) in haystack for keyword in keywords))
    attachment = conditions.get("attachment")
    if attachment is not None:
        tests.append(mail.has_attachment == bool(attachment))
    for name in ("language", "urgency", "emotion"):
        wanted = str(conditions.get(name) or "")
        if wanted:
            tests.append(getattr(mail, name) == wanted)
    return tests


def matches(rule: Rule, mail: RuleInput) -> bool:
    return matches_conditions(rule.conditions or {}, mail)


def matches_conditions(conditions: dict[str, Any], mail: RuleInput) -> bool:
    """A rule with no condition matches every mail (a catch-all at the end of the list)."""
    tests = _tests(conditions, mail)
    if not tests:
        return True
    return any(tests) if conditions.get("match") == "any" else all(tests)


def input_from_message(message: Any, attachments: bool) -> RuleInput:
    """What a rule would have seen of a stored message (the preview of a rule)."""
    triage = message.triage or {}
    return RuleInput(
        sender=message.from_address,
        subject=message.subject,
        text=message.text,
        recipients=tuple(
            str(a.get("address") or "") for a in (message.to or []) + (message.cc or [])
        ),
        has_attachment=attachments,
        language=str(triage.get("lang") or ""),
        urgency=str(triage.get("urgency") or ""),
        emotion=str(triage.get("emotion") or ""),
    )


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
            changes += carry_out(rule, conversation)
            if rule.stop_processing:
                break
        changed += changes > 0
    return changed


def carry_out(rule: Rule, conversation: Conversation, auto_reply: bool = True) -> int:
    """The rule's changes, one action each; returns how many were made. `auto_reply=False`:
    the automatic reply is left out (a rule applied to conversations already under way)."""
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
    if auto_reply and actions.get("auto_reply"):
        steps.append(("auto_reply", lambda: _queue_reply(actor, pk, actions["auto_reply"], rule)))
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


def _queue_reply(
    actor: SystemActor, conversation_id: int, template_id: Any, rule: Rule
) -> Conversation:
    template = Template.objects.filter(pk=template_id).first()
    if template is None:
        raise ActionError(_("the automatic reply's template no longer exists"))
    conversation = Conversation.objects.get(pk=conversation_id)
    _reply, created = RuleReply.objects.get_or_create(
        conversation=conversation,
        defaults={"template": template, "rule_name": rule.name, "created_at": now()},
    )
    if created:
        record_event(conversation, actor, "auto_reply_queued", None, {"template": template.name})
    return conversation


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
