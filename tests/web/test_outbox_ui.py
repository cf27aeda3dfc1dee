"""Replies that failed (fix and send again) and replies waiting for a lead (回し読み)."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.models import ApprovalPolicy, OutboxItem, OutboxState, Status
from tests.web.conftest import World, make_conversation


def queue_reply(world: World, user: object, conversation_pk: int) -> OutboxItem:
    world.client(user).post(  # type: ignore[arg-type]
        f"/c/{conversation_pk}/reply/",
        {"body": "ご確認ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    return OutboxItem.objects.get(conversation_id=conversation_pk)


def test_a_failed_reply_shows_the_servers_answer_and_can_be_sent_again(world: World) -> None:
    conversation = make_conversation(world.support)
    item = queue_reply(world, world.alice, conversation.pk)
    OutboxItem.objects.filter(pk=item.pk).update(
        state=OutboxState.FAILED, last_error="550 5.1.1 <taro@customer.example>: no such user"
    )
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "550 5.1.1" in page
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/outbox/{item.pk}/retry/", {"body": "宛先を直して再送します。"}
    )
    assert response.status_code == 303
    item.refresh_from_db()
    assert item.state == OutboxState.PENDING and item.last_error == ""
    assert item.own_text == "宛先を直して再送します。"
    assert item.message.text.startswith("宛先を直して再送します。\n")


def test_a_reply_needing_approval_waits_until_a_lead_approves(world: World) -> None:
    policy = ApprovalPolicy.objects.create(name="新人チェック")
    policy.agents.add(world.alice)
    conversation = make_conversation(world.support)
    item = queue_reply(world, world.alice, conversation.pk)
    assert item.state == OutboxState.AWAITING_APPROVAL
    approvals = world.client(world.lead).get("/approvals/").content.decode()
    assert "ご確認ありがとうございます" in approvals
    # An agent cannot approve, not even a teammate.
    world.client(world.bob).post(f"/c/{conversation.pk}/outbox/{item.pk}/approve/")
    item.refresh_from_db()
    assert item.state == OutboxState.AWAITING_APPROVAL
    world.client(world.lead).post(f"/c/{conversation.pk}/outbox/{item.pk}/approve/")
    item.refresh_from_db()
    conversation.refresh_from_db()
    assert item.state == OutboxState.PENDING and item.approved_by == world.lead
    assert conversation.status == Status.WAITING


def test_another_team_cannot_touch_the_outbox(world: World) -> None:
    conversation = make_conversation(world.support)
    item = queue_reply(world, world.alice, conversation.pk)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED)
    response = world.client(world.charlie).post(f"/c/{conversation.pk}/outbox/{item.pk}/retry/")
    assert response.status_code == 404
    assert world.client(world.charlie).get("/approvals/").status_code == 404
    item.refresh_from_db()
    assert item.state == OutboxState.FAILED
