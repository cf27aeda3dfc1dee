"""Sorting rules applied to new incoming conversations."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from mailmaker import make_mail

from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.models import Agent, Conversation, Mailbox, Priority, Rule, Status, Team

pytestmark = pytest.mark.django_db


def ingest(session: IngestSession, *raws: bytes) -> None:
    root = Path(settings.ATTACHMENT_DIR)
    ingest_batch(
        session,
        [(IncomingMail(raw, f"t{i}"), prepare_mail(raw, root)) for i, raw in enumerate(raws)],
    )


def _member(name: str, mailbox: Mailbox) -> User:
    team, _ = Team.objects.get_or_create(name=f"Team of {mailbox.name}")
    mailbox.teams.add(team)
    user = User.objects.create_user(name)
    Agent.objects.create(user=user).teams.add(team)
    return user


def test_a_domain_rule_labels_assigns_and_raises_priority(session: IngestSession) -> None:
    tanaka = _member("tanaka", session.mailbox)
    Rule.objects.create(
        name="大口顧客",
        conditions={"domain": "acme.co.jp"},
        actions={"label": "VIP", "assignee": "tanaka", "priority": "urgent"},
    )
    ingest(
        session,
        make_mail(sender="taro@mail.acme.co.jp", message_id="<1@a>"),
        make_mail(sender="someone@other.co.jp", message_id="<2@a>"),
    )
    vip = Conversation.objects.get(messages__message_id="<1@a>")
    other = Conversation.objects.get(messages__message_id="<2@a>")
    assert [label.name for label in vip.labels.all()] == ["VIP"]
    assert (vip.owner, vip.priority, vip.status) == (tanaka, Priority.URGENT, Status.OPEN)
    # One event per change, each naming the rule, as if a person had made the change.
    verbs = {event.verb: event.after for event in vip.events.all()}
    assert {"label_added", "priority_changed", "assigned"} <= set(verbs)
    assert all(verbs[verb]["by"] == "rule: 大口顧客" for verb in ("label_added", "assigned"))
    assert vip.version >= 3
    assert (other.owner, other.priority, other.labels.count()) == (None, Priority.NORMAL, 0)


def test_keywords_match_full_width_and_any_case(session: IngestSession) -> None:
    Rule.objects.create(
        name="解約", conditions={"keywords": ["解約", "CANCEL"]}, actions={"label": "解約"}
    )
    ingest(
        session,
        make_mail(message_id="<k1@a>", subject="ｃａｎｃｅｌ my plan", body="please"),
        make_mail(
            message_id="<k2@a>", subject="質問", body="来月で解約したいです。", sender="b@b.jp"
        ),
        make_mail(message_id="<k3@a>", subject="質問", body="使い方を教えて", sender="c@c.jp"),
    )
    labelled = Conversation.objects.filter(labels__name="解約").count()
    assert labelled == 2


def test_rules_run_in_order_and_stop_when_told(session: IngestSession) -> None:
    Rule.objects.create(
        name="newsletters",
        position=1,
        conditions={"sender": "news@*"},
        actions={"status": "no_action", "label": "お知らせ"},
        stop_processing=True,
    )
    Rule.objects.create(name="everything", position=2, conditions={}, actions={"label": "全部"})
    ingest(session, make_mail(sender="news@vendor.example", message_id="<n@a>"))
    conversation = Conversation.objects.get()
    assert conversation.status == Status.NO_ACTION
    assert [label.name for label in conversation.labels.all()] == ["お知らせ"]


def test_a_team_rule_hands_out_conversations_in_turn_skipping_the_absent(
    session: IngestSession,
) -> None:
    team = Team.objects.create(name="一次受付")
    session.mailbox.teams.add(team)
    users = []
    for name, away in (("a", False), ("b", True), ("c", False)):
        user = User.objects.create_user(name)
        Agent.objects.create(user=user, is_away=away).teams.add(team)
        users.append(user)
    Rule.objects.create(name="round robin", conditions={}, actions={"team": team.pk})
    ingest(
        session,
        *[
            make_mail(message_id=f"<r{i}@a>", subject=f"件名{i}", sender=f"c{i}@x.jp")
            for i in range(3)
        ],
    )
    owners = [c.owner.username for c in Conversation.objects.order_by("id")]
    assert owners == ["a", "c", "a"]


def test_a_rule_of_another_mailbox_does_not_apply(session: IngestSession) -> None:
    other = Mailbox.objects.create(name="Sales", address="sales@example.com")
    Rule.objects.create(name="sales only", mailbox=other, conditions={}, actions={"label": "営業"})
    ingest(session, make_mail(message_id="<m@a>"))
    assert not Conversation.objects.get().labels.exists()


def test_replies_to_existing_conversations_are_left_alone(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<first@a>"))
    Rule.objects.create(name="late rule", conditions={}, actions={"label": "後から"})
    ingest(
        session,
        make_mail(message_id="<second@a>", in_reply_to="<first@a>", subject="Re: 返金について"),
    )
    assert not Conversation.objects.get().labels.exists()


def test_a_rule_cannot_give_mail_to_someone_outside_the_mailbox(session: IngestSession) -> None:
    outsider = User.objects.create_user("outsider")
    Agent.objects.create(user=outsider).teams.add(Team.objects.create(name="Sales"))
    Rule.objects.create(
        name="to the outsider", conditions={}, actions={"assignee": "outsider", "label": "x"}
    )
    ingest(session, make_mail(message_id="<o@a>"))
    conversation = Conversation.objects.get()
    assert conversation.owner is None
    assert [label.name for label in conversation.labels.all()] == ["x"]
    refused = conversation.events.get(verb="rule_not_applied")
    assert refused.after["action"] == "owner" and refused.after["by"] == "rule: to the outsider"
    # The reason is recorded in the language in force (Japanese by default).
    reason = refused.after["reason"]
    assert "does not work in this mailbox" in reason or "この受信箱" in reason
