"""One door for change: every action that changes a conversation bumps its version (the
collision check relies on it) and records an Event (issue 16, finding 5). The test walks
every action that takes (user, conversation, …), so a new one without a case fails here."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

import madoguchi.actions
from madoguchi.actions.bulk import bulk_update
from madoguchi.actions.conversations import merge, snooze, wake_snoozed
from madoguchi.actions.spam import mark_spam
from madoguchi.models import (
    Agent,
    Conversation,
    Customer,
    Direction,
    Label,
    Mailbox,
    Message,
    Status,
    Team,
    Template,
)

pytestmark = pytest.mark.django_db

# Actions that take a conversation but change nothing of it that a colleague about to send
# must know about: what one agent is looking at or typing, and what they have read.
DOES_NOT_CHANGE_THE_CONVERSATION = {
    "madoguchi.actions.presence.heartbeat",  # who is viewing: its own live channel
    "madoguchi.actions.replies.save_draft",  # the agent's own unsent text
    "madoguchi.actions.notes.mark_mentions_read",  # the reader's own inbox
    "madoguchi.actions.notify.mark_conversation_read",  # the reader's own notifications
    "madoguchi.actions.approval.check_reply",  # what the compose box says before sending
    "madoguchi.actions.approval.returned_to",  # a look-up of a sent-back reply
    "madoguchi.actions.sending.approval_required",  # the gate's question, no change
    "madoguchi.actions.conversations.since_merge",  # what undoing a merge would undo: a look-up
}


def _conversation(mailbox: Mailbox, subject: str = "返金について") -> Conversation:
    at = timezone.now() - timedelta(hours=1)
    return Conversation.objects.create(
        mailbox=mailbox,
        subject=subject,
        status=Status.NEW,
        customer=Customer.objects.create(name="山田"),
        created_at=at,
        updated_at=at,
        last_message_at=at,
    )


def _with_a_mail(conversation: Conversation) -> Conversation:
    Message.objects.create(
        conversation=conversation,
        direction=Direction.INCOMING,
        message_id="<forward-me@customer.example>",
        from_address="taro@customer.example",
        subject=conversation.subject,
        received_at=timezone.now() - timedelta(minutes=30),
        text="返金をお願いします。",
    )
    return conversation


Case = Callable[[Any, Conversation, dict[str, Any]], object]

CASES: dict[str, Case] = {
    "madoguchi.actions.conversations.assign": lambda act, c, w: act(w["alice"], c, w["bob"]),
    "madoguchi.actions.conversations.assign_round_robin": lambda act, c, w: act(
        w["alice"], c, w["team"]
    ),
    "madoguchi.actions.conversations.set_status": lambda act, c, w: act(w["alice"], c, "open"),
    "madoguchi.actions.conversations.set_priority": lambda act, c, w: act(w["alice"], c, 0),
    "madoguchi.actions.conversations.add_label": lambda act, c, w: act(w["alice"], c, w["new"]),
    "madoguchi.actions.conversations.add_label_named": lambda act, c, w: act(
        w["alice"],
        c,
        "VIP",  # agents pick existing labels; leads may create new ones
    ),
    "madoguchi.actions.conversations.remove_label": lambda act, c, w: act(
        w["alice"], c, w["label"]
    ),
    "madoguchi.actions.conversations.snooze": lambda act, c, w: act(
        w["alice"], c, timezone.now() + timedelta(days=1)
    ),
    "madoguchi.actions.conversations.unsnooze": lambda act, c, w: act(w["alice"], c),
    "madoguchi.actions.conversations.merge": lambda act, c, w: act(w["alice"], c, w["other"]),
    "madoguchi.actions.notes.add_note": lambda act, c, w: act(w["alice"], c, "確認します"),
    "madoguchi.actions.replies.send_reply": lambda act, c, w: act(
        w["alice"],
        c,
        "お問い合わせありがとうございます。確認いたします。",
        seen_at=timezone.now(),
        to="taro@customer.example",
        confirmed=["recipients"],
    ),
    "madoguchi.actions.conversations.unmerge": lambda act, c, w: act(w["alice"], c),
    "madoguchi.actions.spam.mark_spam": lambda act, c, w: act(w["alice"], _with_a_mail(c)),
    "madoguchi.actions.spam.mark_not_spam": lambda act, c, w: act(w["alice"], c),
    # wip-templates: a macro applied after its reply was sent
    "madoguchi.actions.templates.apply_macro": lambda act, c, w: act(
        w["alice"], c, Template.objects.create(name="対応中に", body="…", set_status="open")
    ),
    "madoguchi.actions.outbound.forward": lambda act, c, w: act(
        w["alice"], _with_a_mail(c), "partner@outside.example", "ご確認ください。"
    ),
}


def _conversation_actions() -> list[str]:
    found = []
    for module_info in pkgutil.iter_modules(madoguchi.actions.__path__):
        module = importlib.import_module(f"madoguchi.actions.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters[:1] == ["user"] and parameters[1:2] in (["conversation"], ["source"]):
                found.append(f"{module.__name__}.{name}")
    return sorted(found)


ACTIONS = _conversation_actions()


def test_the_walk_finds_the_actions() -> None:
    assert "madoguchi.actions.conversations.assign" in ACTIONS and len(ACTIONS) >= 10


# What must be true before an action can run (a merge to undo, spam to take back).
SETUP: dict[str, Callable[[Conversation, dict[str, Any]], object]] = {
    "madoguchi.actions.conversations.unmerge": lambda c, w: merge(w["alice"], c, w["other"]),
    "madoguchi.actions.spam.mark_not_spam": lambda c, w: mark_spam(w["alice"], _with_a_mail(c)),
    "madoguchi.actions.conversations.unsnooze": lambda c, w: snooze(
        w["alice"], c, timezone.now() + timedelta(days=1)
    ),
}


@pytest.mark.parametrize("qualified", ACTIONS)
def test_each_action_bumps_the_version_and_records_an_event(
    qualified: str, mailbox: Mailbox, alice: User
) -> None:
    if qualified in DOES_NOT_CHANGE_THE_CONVERSATION:
        return
    assert qualified in CASES, f"{qualified} changes conversations: add a case to this test"
    team = Team.objects.get(name="Support team")
    bob = User.objects.create_user("bob")
    Agent.objects.create(user=bob).teams.add(team)
    conversation = _conversation(mailbox)
    label = Label.objects.create(name="請求")
    conversation.labels.add(label)
    world = {
        "alice": alice,
        "bob": bob,
        "team": team,
        "label": label,
        "new": Label.objects.create(name="VIP"),
        "other": _conversation(mailbox, "別件"),
    }
    module_name, _, name = qualified.rpartition(".")
    action = getattr(importlib.import_module(module_name), name)
    if qualified in SETUP:
        SETUP[qualified](conversation, world)
        conversation.refresh_from_db()
    before = conversation.version
    events = conversation.events.count()
    CASES[qualified](action, conversation, world)
    conversation.refresh_from_db()
    assert conversation.version > before
    assert conversation.events.count() > events


def test_bulk_changes_and_the_snooze_timer_bump_too(mailbox: Mailbox, alice: User) -> None:
    conversation = _conversation(mailbox)
    start = conversation.version
    bulk_update(alice, [conversation.pk], status="waiting")
    conversation.refresh_from_db()
    assert conversation.version == start + 1
    Conversation.objects.filter(pk=conversation.pk).update(
        snoozed_until=timezone.now() - timedelta(minutes=1)
    )
    wake_snoozed()
    conversation.refresh_from_db()
    assert conversation.version == start + 2
    assert conversation.events.filter(verb="snooze_ended").exists()
