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
    # Given to tanaka by a rule, it stays 未対応 until someone answers it.
    assert (vip.owner, vip.priority, vip.status) == (tanaka, Priority.URGENT, Status.NEW)
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
    assert "does not work in this mailbox" in reason or "このメールボックス" in reason


def _with_attachment(message_id: str) -> bytes:
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    mail = MIMEMultipart()
    mail["From"] = "keiri@shop.example"
    mail["To"] = "support@example.com"
    mail["Subject"] = "請求書の件"
    mail["Message-ID"] = message_id
    mail.attach(MIMEText("請求書を添付します。", "plain", "utf-8"))
    part = MIMEApplication(b"%PDF-1.4 test", "pdf")
    part.add_header("Content-Disposition", "attachment", filename="invoice.pdf")
    mail.attach(part)
    return mail.as_bytes()


def test_the_form_conditions_recipient_subject_attachment_and_any(
    session: IngestSession,
) -> None:
    Rule.objects.create(
        name="請求窓口",
        conditions={"recipient": "billing@example.com"},
        actions={"label": "請求"},
    )
    Rule.objects.create(name="添付あり", conditions={"attachment": True}, actions={"label": "添付"})
    Rule.objects.create(
        name="解約か返金",
        conditions={"match": "any", "subject_words": ["解約"], "domain": "vip.example"},
        actions={"label": "要注意"},
    )
    ingest(
        session,
        make_mail(message_id="<b1@a>", to="billing@example.com", subject="質問", sender="a@a.jp"),
        _with_attachment("<b2@a>"),
        make_mail(message_id="<b3@a>", subject="解約したい", sender="x@x.jp"),
        make_mail(message_id="<b4@a>", subject="質問です", sender="boss@vip.example"),
        make_mail(message_id="<b5@a>", subject="質問です", sender="other@y.jp"),
    )

    def labels(message_id: str) -> set[str]:
        conversation = Conversation.objects.get(messages__message_id=message_id)
        return {label.name for label in conversation.labels.all()}

    assert labels("<b1@a>") == {"請求"}
    assert labels("<b2@a>") == {"添付"}
    assert labels("<b3@a>") == labels("<b4@a>") == {"要注意"}
    assert labels("<b5@a>") == set()


def test_a_rule_can_act_on_what_triage_read(session: IngestSession) -> None:
    Rule.objects.create(
        name="怒り", conditions={"emotion": "angry", "language": "ja"}, actions={"label": "怒り"}
    )
    ingest(
        session,
        make_mail(
            message_id="<e1@a>",
            subject="Re: Re: 3回目の問い合わせです",
            body="もう3回目の連絡です。いい加減にしてください！返事がないなら解約します。",
            sender="angry@a.jp",
        ),
        make_mail(
            message_id="<e2@a>", subject="ありがとう", body="助かりました。", sender="b@b.jp"
        ),
    )
    angry = Conversation.objects.get(messages__message_id="<e1@a>")
    calm = Conversation.objects.get(messages__message_id="<e2@a>")
    assert [label.name for label in angry.labels.all()] == ["怒り"]
    assert not calm.labels.exists()


def test_round_robin_skips_leads_unless_the_team_says_so(session: IngestSession) -> None:
    team = Team.objects.create(name="窓口")
    session.mailbox.teams.add(team)
    for name, role in (("agent1", "agent"), ("lead1", "lead"), ("agent2", "agent")):
        Agent.objects.create(user=User.objects.create_user(name), role=role).teams.add(team)
    Rule.objects.create(name="順番", conditions={}, actions={"team": team.pk})
    ingest(session, *[make_mail(message_id=f"<t{i}@a>", sender=f"s{i}@x.jp") for i in range(3)])
    owners = [c.owner.username for c in Conversation.objects.order_by("id")]
    assert owners == ["agent1", "agent2", "agent1"]

    Team.objects.filter(pk=team.pk).update(round_robin_includes_leads=True)
    ingest(session, *[make_mail(message_id=f"<u{i}@a>", sender=f"u{i}@x.jp") for i in range(2)])
    later = [c.owner.username for c in Conversation.objects.order_by("id")][3:]
    assert later == ["lead1", "agent2"]


def test_a_list_of_domains_matches_any_of_them() -> None:
    """Walk 12, F-18: 「hikari-seisakusho.example, brightline.example」 was saved as one
    domain with a comma in it and matched nothing, silently."""
    from madoguchi.actions.rules import RuleInput, matches_conditions

    def mail_from(sender: str) -> RuleInput:
        return RuleInput(sender=sender, subject="", text="", recipients=("support@example.com",))

    for written in ("hikari.example, brightline.example", "hikari.example、brightline.example"):
        conditions = {"domain": written}
        assert matches_conditions(conditions, mail_from("yoshida@hikari.example"))
        assert matches_conditions(conditions, mail_from("a@mail.brightline.example"))
        assert not matches_conditions(conditions, mail_from("a@other.example"))
    either = {"sender": "a@x.example b@y.example"}
    assert matches_conditions(either, mail_from("b@y.example"))
