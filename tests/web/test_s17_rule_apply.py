"""A saved sorting rule can be applied now to the unresolved conversations it matches
(walk 13, F14: 「Brightline は VIP」 — the preview said 5 of the recent mails matched, but the
two open Brightline conversations stayed without VIP/至急 and nothing could apply it)."""

from __future__ import annotations

from madoguchi.models import Conversation, Event, Priority, Rule, RuleReply, Template
from tests.web.conftest import World, make_conversation


def _vip_rule(world: World) -> Rule:
    receipt = Template.objects.create(name="受付", body="お問い合わせを受け付けました。")
    return Rule.objects.create(
        name="Brightline は VIP",
        mailbox=world.support,
        conditions={"match": "all", "domain": "brightline.example"},
        actions={"label": world.label.name, "priority": "urgent", "auto_reply": receipt.pk},
    )


def test_a_lead_applies_a_saved_rule_to_the_open_conversations_it_matches(world: World) -> None:
    rule = _vip_rule(world)
    first = make_conversation(world.support, "ダッシュボード", sender="mike@brightline.example")
    second = make_conversation(
        world.support, "請求書", sender="sarah@brightline.example", status="waiting"
    )
    done = make_conversation(
        world.support, "解決済み", sender="old@brightline.example", status="resolved"
    )
    other = make_conversation(world.support, "別の会社", sender="a@other.example")
    client = world.client(world.lead)

    page = client.get(f"/rules/{rule.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "未完了の問い合わせに今すぐ適用" in page
    response = client.post(f"/rules/{rule.pk}/apply/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    said = response.content.decode()
    assert "一致 2 件、変更 2 件" in said and "自動返信は送っていません" in said

    for conversation in (first, second):
        changed = Conversation.objects.get(pk=conversation.pk)
        assert changed.priority == Priority.URGENT
        assert list(changed.labels.values_list("name", flat=True)) == [world.label.name]
    for untouched in (done, other):
        assert Conversation.objects.get(pk=untouched.pk).priority != Priority.URGENT
    assert not RuleReply.objects.exists()  # no receipt for mail already being handled
    assert Event.objects.filter(verb="rule_applied", actor=world.lead).exists()

    again = client.post(f"/rules/{rule.pk}/apply/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    assert "一致 2 件、変更 0 件" in again.content.decode()


def test_an_agent_cannot_apply_a_rule(world: World) -> None:
    rule = _vip_rule(world)
    mail = make_conversation(world.support, "ダッシュボード", sender="mike@brightline.example")
    assert world.client(world.alice).post(f"/rules/{rule.pk}/apply/").status_code == 404
    assert Conversation.objects.get(pk=mail.pk).priority != Priority.URGENT
