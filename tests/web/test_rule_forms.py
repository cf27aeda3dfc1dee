"""Sorting rules as a form a lead fills in, with a preview on recent mail (issue 13)."""

from __future__ import annotations

from madoguchi.actions.rules import RuleInput, apply_rules
from madoguchi.models import Event, Rule, Status
from tests.web.conftest import World, make_conversation

FORM = {
    "name": "大口顧客",
    "position": "10",
    "is_active": "on",
    "match": "all",
    "domain": "bigcustomer.co.jp",
    "subject_words": "見積、発注",
    "priority": "urgent",
}


def test_a_lead_saves_a_rule_from_the_form(world: World) -> None:
    client = world.client(world.lead)
    data = {**FORM, "mailbox": world.support.pk, "label": world.label.name}
    response = client.post("/rules/new/", data, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 303
    rule = Rule.objects.get()
    assert rule.mailbox == world.support
    assert rule.conditions == {
        "match": "all",
        "domain": "bigcustomer.co.jp",
        "subject_words": ["見積", "発注"],
    }
    assert rule.actions == {"label": "請求", "priority": "urgent"}
    assert Event.objects.filter(verb="rule_saved", actor=world.lead).exists()
    page = client.get("/rules/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "大口顧客" in page and "振り分けルール" in page
    edit = client.get(f"/rules/{rule.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'value="見積, 発注"' in edit


def test_the_preview_lists_the_recent_mail_the_rule_would_have_matched(world: World) -> None:
    hit = make_conversation(
        world.support, subject="見積のお願い", sender="buyer@mail.bigcustomer.co.jp"
    )
    make_conversation(world.support, subject="見積のお願い", sender="someone@small.example")
    make_conversation(world.sales, subject="見積", sender="x@bigcustomer.co.jp")  # not theirs
    client = world.client(world.lead)
    data = {**FORM, "mailbox": world.support.pk}
    response = client.post("/rules/preview/", data, HTTP_ACCEPT_LANGUAGE="ja")
    body = response.content.decode()
    assert "直近 2 件のうち 1 件が一致します" in body
    assert f"/c/{hit.pk}/" in body
    assert "small.example" not in body


def test_a_lead_keeps_to_their_teams_mailboxes(world: World) -> None:
    other = Rule.objects.create(name="営業", mailbox=world.sales, actions={"label": "x"})
    client = world.client(world.lead)
    assert client.get(f"/rules/{other.pk}/").status_code == 404
    response = client.post("/rules/new/", {**FORM, "mailbox": world.sales.pk})
    assert response.status_code == 200 and not Rule.objects.exclude(pk=other.pk).exists()
    everywhere = client.post("/rules/new/", {**FORM, "mailbox": ""})
    assert everywhere.status_code == 200 and Rule.objects.count() == 1
    assert world.client(world.alice).get("/rules/").status_code == 404


def test_a_rule_needs_an_action_and_one_owner(world: World) -> None:
    client = world.client(world.lead)
    bare = {k: v for k, v in FORM.items() if k != "priority"}
    page = client.post("/rules/new/", {**bare, "mailbox": world.support.pk}).content.decode()
    assert "ルールには少なくとも1つの動作が必要です" in page
    both = {**FORM, "mailbox": world.support.pk, "assignee": world.alice.pk}
    both["team"] = world.team_a.pk
    page = client.post("/rules/new/", both).content.decode()
    assert "担当者かチームのどちらか一方を選んでください" in page
    assert not Rule.objects.exists()


def test_the_timeline_names_the_rule_and_the_mail_stays_new(world: World) -> None:
    conversation = make_conversation(world.support, sender="buyer@bigcustomer.co.jp")
    rule = Rule.objects.create(
        name="大口顧客", conditions={"domain": "bigcustomer.co.jp"}, actions={"assignee": "alice"}
    )
    mail = RuleInput("buyer@bigcustomer.co.jp", conversation.subject, "見積をお願いします")
    assert apply_rules([rule], [(conversation, mail)]) == 1
    conversation.refresh_from_db()
    assert (conversation.owner, conversation.status) == (world.alice, Status.NEW)
    page = world.client(world.lead).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "ルール「大口顧客」" in page.content.decode()
    assert "佐藤 アリス" in page.content.decode()


def test_round_robin_by_hand_says_who_got_it(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.lead)
    response = client.post(
        f"/c/{conversation.pk}/assign/",
        {"owner": f"team:{world.team_a.pk}"},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    conversation.refresh_from_db()
    assert conversation.owner in (world.alice, world.bob)
    name = "佐藤 アリス" if conversation.owner == world.alice else "bob"
    assert f"Team Aの順番で {name} さんに割り当てました。" in response.content.decode()


def test_a_rule_may_answer_with_a_template(world: World) -> None:
    from madoguchi.models import Template

    template = Template.objects.create(name="受付", body="受け付けました。")
    data = {**FORM, "mailbox": world.support.pk, "auto_reply": template.pk}
    del data["priority"]
    assert world.client(world.lead).post("/rules/new/", data).status_code == 303
    assert Rule.objects.get().actions == {"auto_reply": template.pk}


def test_the_preview_counts_conversations_not_follow_ups(world: World) -> None:
    from django.utils import timezone

    from madoguchi.models import Direction, Message

    first = make_conversation(world.support, subject="見積のお願い", sender="a@bigcustomer.co.jp")
    Message.objects.create(
        conversation=first,
        direction=Direction.INCOMING,
        from_address="a@bigcustomer.co.jp",
        subject="Re: 見積のお願い",
        text="追伸です。",
        received_at=timezone.now(),
    )
    make_conversation(world.support, subject="別件", sender="b@small.example")
    data = {**FORM, "mailbox": world.support.pk}
    body = world.client(world.lead).post("/rules/preview/", data, HTTP_ACCEPT_LANGUAGE="ja")
    assert "直近 2 件のうち 1 件が一致します" in body.content.decode()
