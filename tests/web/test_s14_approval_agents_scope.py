"""An approval rule's chosen agents either are one condition among the others (any of them
holds: every reply of theirs is held, as before) or say whom the rule is for: only their
replies, held when another condition holds (walk 12, F-10: 「田中さんの返金・怒り対応」 held
every reply by 田中, and a lead could not say "new staff's refund replies")."""

from __future__ import annotations

from madoguchi.actions.approval import Recipients, approval_reasons
from madoguchi.models import ApprovalPolicy, Conversation
from madoguchi.models.approval import AgentsScope
from tests.web.conftest import World, make_conversation

PLAIN = "お問い合わせありがとうございます。確認いたします。"
REFUND = "返金いたします。"


def held(
    world: World, user: object, text: str, conversation: Conversation | None = None
) -> list[str]:
    found = approval_reasons(
        user,
        conversation or make_conversation(world.support),
        text,
        (),
        Recipients(("taro@customer.example",)),
    )
    return [reason.code for reason in found]


def _rule(scope: str, **fields: object) -> ApprovalPolicy:
    rule = ApprovalPolicy.objects.create(name="新人の返金", agents_scope=scope, **fields)
    return rule


def test_only_their_replies_and_only_about_refunds(world: World) -> None:
    _rule(AgentsScope.ONLY, words="返金", on_anger=True).agents.add(world.alice)
    assert held(world, world.alice, PLAIN) == []  # her plain reply goes
    assert held(world, world.alice, REFUND) == ["word"]  # her refund reply waits
    assert held(world, world.bob, REFUND) == []  # a colleague's refund reply is not its business
    angry = make_conversation(world.support)
    angry.emotion = "angry"
    angry.save()
    assert held(world, world.alice, PLAIN, angry) == ["anger"]
    assert held(world, world.bob, PLAIN, angry) == []


def test_any_of_them_keeps_todays_behaviour(world: World) -> None:
    _rule(AgentsScope.ANY, words="返金").agents.add(world.alice)
    assert held(world, world.alice, PLAIN) == ["agent"]
    assert held(world, world.bob, REFUND) == ["word"]


def test_existing_rules_are_any_of_them(world: World) -> None:
    rule = ApprovalPolicy.objects.create(name="古いルール", words="返金")
    assert rule.agents_scope == AgentsScope.ANY


def test_only_their_replies_with_no_other_condition_holds_all_of_theirs(world: World) -> None:
    _rule(AgentsScope.ONLY).agents.add(world.alice)
    assert held(world, world.alice, PLAIN) == ["agent"]
    assert held(world, world.bob, PLAIN) == []


def test_the_form_offers_the_choice_in_both_languages(world: World) -> None:
    client = world.client(world.lead)
    ja = client.get("/approval-rules/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "この担当者の返信だけを対象にし" in ja and "すべて承認に回す" in ja
    en = client.get("/approval-rules/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Only their replies are checked" in en and "All their replies are held" in en
    response = client.post(
        "/approval-rules/new/",
        {
            "name": "新人の返金",
            "team": world.team_a.pk,
            "is_active": "on",
            "words": "返金",
            "first_replies": "0",
            "agents": [world.alice.pk],
            "agents_scope": "only",
        },
    )
    assert response.status_code == 303
    rule = ApprovalPolicy.objects.get(name="新人の返金")
    assert rule.agents_scope == AgentsScope.ONLY
    listing = client.get("/approval-rules/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ほかの条件に当てはまるときだけ" in listing
