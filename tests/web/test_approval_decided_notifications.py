"""When one approver decides a reply (approve, edit, send back), the other approvers'
"approve this reply" notifications are read (the badge stops asking), and one of them who
opens the notification page reads that it was decided, by whom, in their language."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.actions.notify import unread_count
from madoguchi.models import ApprovalPolicy, Notification, NotificationKind, OutboxItem
from tests.web.conftest import World, make_conversation


def _held_reply(world: World) -> tuple[int, OutboxItem]:
    policy = ApprovalPolicy.objects.create(name="新人チェック")
    policy.agents.add(world.alice)
    policy.approvers.add(world.bob)
    conversation = make_conversation(world.support)
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご確認ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    item = OutboxItem.objects.get(conversation=conversation)
    for approver in (world.bob, world.lead, world.admin):
        assert unread_count(approver) == 1
    return conversation.pk, item


def _asked(user: object) -> Notification:
    return Notification.objects.get(recipient=user, kind=NotificationKind.APPROVAL_REQUESTED)


def test_an_approval_reads_the_other_approvers_requests_and_says_who_decided(
    world: World,
) -> None:
    conversation, item = _held_reply(world)
    world.client(world.lead).post(
        f"/c/{conversation}/outbox/{item.pk}/review/", {"decision": "approve"}
    )
    for approver in (world.bob, world.admin):
        assert _asked(approver).read_at is not None
        assert unread_count(approver) == 0
    bob = world.client(world.bob)
    ja = bob.get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "佐藤 アリスさんが依頼した返信の承認は、leadさんが対応済みです（承認済み）。" in ja
    assert "承認を依頼しています" not in ja
    en = bob.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "佐藤 アリス asked for approval of a reply: Approved by lead." in en


def test_a_send_back_reads_them_too(world: World) -> None:
    conversation, item = _held_reply(world)
    world.client(world.bob).post(
        f"/c/{conversation}/outbox/{item.pk}/review/",
        {"decision": "return", "comment": "敬語を直してください"},
    )
    for approver in (world.lead, world.admin):
        assert unread_count(approver) == 0
    page = world.client(world.lead).get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "bobさんが対応済みです（差し戻し）" in page.content.decode()
    # The author still hears of the decision, unread until they read it.
    assert unread_count(world.alice) == 1
