"""Leads keep their mailboxes' sorting rules in the app; admins also the global ones.

A rule is data (conditions and actions as JSON, read by actions/rules.py); the form
(web/rule_forms.py) builds it, and these actions check who may save it and record the
change with before and after, as the approval policies do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Exists, Min, OuterRef, QuerySet
from django.utils.translation import gettext as _

from madoguchi.actions.base import NotAllowed, record_event, role_of, visible_mailboxes
from madoguchi.actions.rules import carry_out, input_from_message, matches, matches_conditions
from madoguchi.models import (
    Attachment,
    Conversation,
    Direction,
    Mailbox,
    Message,
    Role,
    Rule,
    Status,
)

PREVIEW_MAILS = 200  # the last mails a rule being edited is tried on
APPLY_LIMIT = 500  # the newest unresolved conversations a saved rule is applied to at once
UNRESOLVED = (Status.NEW, Status.OPEN, Status.WAITING)


def may_manage_rules(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def rule_mailboxes(user: Any) -> QuerySet[Mailbox]:
    """The mailboxes whose rules the user edits: all for admins, their teams' for leads."""
    if not may_manage_rules(user):
        return Mailbox.objects.none()
    return visible_mailboxes(user)


def editable_rules(user: Any) -> QuerySet[Rule]:
    rules = Rule.objects.select_related("mailbox").order_by("position", "id")
    if role_of(user) == Role.ADMIN:
        return rules
    if role_of(user) == Role.LEAD:
        return rules.filter(mailbox__in=rule_mailboxes(user))
    return rules.none()


def _check(user: Any, mailbox: Mailbox | None) -> None:
    if not may_manage_rules(user):
        raise NotAllowed(_("only leads and admins edit sorting rules"))
    if mailbox is None and role_of(user) != Role.ADMIN:
        raise NotAllowed(_("only admins make rules for every mailbox"))
    if mailbox is not None and not rule_mailboxes(user).filter(pk=mailbox.pk).exists():
        raise NotAllowed(_("you may not edit the rules of this mailbox"))


def _summary(rule: Rule) -> dict[str, Any]:
    return {
        "rule": rule.pk,
        "name": rule.name,
        "mailbox": rule.mailbox_id,
        "active": rule.is_active,
        "position": rule.position,
        "conditions": rule.conditions,
        "actions": rule.actions,
        "stop": rule.stop_processing,
    }


@transaction.atomic
def save_rule(user: Any, rule: Rule) -> Rule:
    """Save a rule the form built; the old mailbox is checked too when it moves."""
    before = None
    if rule.pk:
        stored = Rule.objects.select_for_update().get(pk=rule.pk)
        _check(user, stored.mailbox)
        before = _summary(stored)
    _check(user, rule.mailbox)
    rule.save()
    record_event(None, user, "rule_saved", before, _summary(rule))
    return rule


@transaction.atomic
def delete_rule(user: Any, rule: Rule) -> None:
    _check(user, rule.mailbox)
    before = _summary(rule)
    rule.delete()
    record_event(None, user, "rule_deleted", before, None)


@dataclass(frozen=True)
class PreviewRow:
    conversation_id: int
    subject: str
    sender: str
    received_at: datetime


@dataclass(frozen=True)
class Preview:
    tried: int
    matched: list[PreviewRow]


def preview(user: Any, conditions: dict[str, Any], mailbox: Mailbox | None) -> Preview:
    """Which of the last mails that opened a conversation the conditions would have
    matched (rules act on new conversations only, so a customer's follow-ups are not
    counted): two queries whatever the rule."""
    mailboxes = rule_mailboxes(user)
    if mailbox is not None:
        mailboxes = mailboxes.filter(pk=mailbox.pk)
    conversations = Conversation.objects.filter(mailbox__in=mailboxes).exclude(status=Status.SPAM)
    mails = _opening_mails(conversations, PREVIEW_MAILS)
    matched = [
        PreviewRow(m.conversation_id, m.subject, m.from_address, m.received_at)
        for m in mails
        if matches_conditions(conditions, input_from_message(m, m.has_files))
    ]
    return Preview(tried=len(mails), matched=matched)


def _opening_mails(conversations: QuerySet[Conversation], limit: int) -> list[Any]:
    """The customer's first mail of each of the newest `limit` conversations (what a rule
    reads: rules act on new conversations), with `has_files`; two queries."""
    openers = (
        conversations.order_by("-created_at", "-id")
        .annotate(opener=Min("messages__id"))
        .values_list("opener", flat=True)[:limit]
    )
    with_files = Attachment.objects.filter(message=OuterRef("pk"), inline=False)
    return list(
        Message.objects.filter(pk__in=[pk for pk in openers if pk], direction=Direction.INCOMING)
        .annotate(has_files=Exists(with_files))
        .only(
            "conversation_id",
            "from_address",
            "subject",
            "text",
            "to",
            "cc",
            "triage",
            "received_at",
        )
        .order_by("-received_at", "-id")
    )


@dataclass(frozen=True)
class Applied:
    matched: int  # unresolved conversations whose first mail the rule matches
    changed: int  # of those, how many the rule changed (the others had it already)


def apply_to_unresolved(user: Any, rule: Rule) -> Applied:
    """A saved rule applied now to the unresolved conversations (未対応, 対応中, 返信待ち) its
    conditions match — rules otherwise act on new mail only, and a lead who makes 「Brightline
    は VIP」 expects Brightline's open conversations to get it too (walk 13, F14: the preview
    said 5 matched, nothing could apply it). Through the same actions as on new mail, each
    change an Event naming the rule; the automatic reply is NOT sent (the customer wrote days
    ago and is being answered). The newest APPLY_LIMIT conversations are read."""
    _check(user, rule.mailbox)
    mailboxes = rule_mailboxes(user)
    if rule.mailbox_id is not None:
        mailboxes = mailboxes.filter(pk=rule.mailbox_id)
    unresolved = Conversation.objects.filter(
        mailbox__in=mailboxes, status__in=UNRESOLVED, merged_into__isnull=True
    )
    mails = _opening_mails(unresolved, APPLY_LIMIT)
    wanted = [m.conversation_id for m in mails if matches(rule, input_from_message(m, m.has_files))]
    changed = 0
    for conversation in Conversation.objects.filter(pk__in=wanted).order_by("id"):
        changed += carry_out(rule, conversation, auto_reply=False) > 0
    record_event(
        None,
        user,
        "rule_applied",
        None,
        {"rule": rule.pk, "matched": len(wanted), "changed": changed},
    )
    return Applied(matched=len(wanted), changed=changed)
