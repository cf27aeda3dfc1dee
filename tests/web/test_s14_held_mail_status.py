"""Walk 12 F-23 (second part): a mail that has not gone never makes a conversation look
answered. A new mail or a reply held for approval, or sent back (差し戻し), leaves the
conversation 対応中 in its author's queue, not 返信待ち; a failed send does the same."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.actions.approval import approve, send_back
from madoguchi.actions.outbound import start_conversation
from madoguchi.actions.outbox import record_failed
from madoguchi.models import ApprovalPolicy, Conversation, OutboxItem, OutboxState, Status
from tests.web.conftest import World, make_conversation


def _policy(world: World) -> None:
    policy = ApprovalPolicy.objects.create(name="新人チェック")
    policy.agents.add(world.alice)


def _new_mail(world: World) -> Conversation:
    item = start_conversation(
        world.alice,
        world.support,
        to="kimura@aoba-logistics.example",
        subject="データ統合の手順",
        body="木村様\n\n手順をご案内します。",
    )
    return Conversation.objects.get(pk=item.conversation_id)


def test_a_new_mail_held_for_approval_is_open_in_the_authors_queue(world: World) -> None:
    _policy(world)
    conversation = _new_mail(world)
    assert conversation.status == Status.OPEN and conversation.owner == world.alice
    assert conversation.first_response_at is None
    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "返信待ち" not in page.content.decode().split("<main", 1)[-1].split("timeline", 1)[0]

    send_back(world.lead, OutboxItem.objects.get(), "件名に会社名を入れてください")
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN and conversation.owner == world.alice
    assert not OutboxItem.objects.exists()


def test_a_new_mail_approved_waits_on_the_customer(world: World) -> None:
    _policy(world)
    conversation = _new_mail(world)
    approve(world.lead, OutboxItem.objects.get())
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING
    assert conversation.first_response_at is not None


def test_a_reply_held_then_sent_back_leaves_the_conversation_open(world: World) -> None:
    _policy(world)
    conversation = make_conversation(world.support)
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご確認ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    conversation.refresh_from_db()
    item = OutboxItem.objects.get(conversation=conversation)
    assert item.state == OutboxState.AWAITING_APPROVAL
    assert conversation.status != Status.WAITING
    send_back(world.lead, item, "日付を書いてください")
    conversation.refresh_from_db()
    assert conversation.status != Status.WAITING


def test_a_new_mail_that_fails_to_send_is_not_waiting_on_the_customer(world: World) -> None:
    conversation = _new_mail(world)
    assert conversation.status == Status.WAITING  # sent, as far as anyone knows yet
    item = OutboxItem.objects.get()
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w1")
    assert record_failed(item.pk, "w1", "550 no such user")
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN
