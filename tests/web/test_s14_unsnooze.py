"""スヌーズを解除: a snooze can be ended early, from the conversation's header or side panel;
the conversation is back in the folder it left, in the status it had (walk 12, F-12
follow-up: a mis-tapped 明日の朝 on a customer's first mail could not be taken back)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.conversations import wake_snoozed
from madoguchi.models import Conversation, Status
from tests.web.conftest import World, make_conversation


def _snoozed(world: World, status: str) -> Conversation:
    conversation = make_conversation(world.support, status=status)
    world.client(world.alice).post(f"/c/{conversation.pk}/snooze/", {"preset": "tomorrow"})
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None
    return conversation


def test_it_brings_a_new_mail_back_to_new_with_a_timeline_event(world: World) -> None:
    conversation = _snoozed(world, "new")
    client = world.client(world.alice)
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "スヌーズを解除" in page
    assert client.get("/q/new/").content.decode().count(f"/c/{conversation.pk}/") == 0

    response = client.post(
        f"/c/{conversation.pk}/unsnooze/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert "スヌーズを解除しました" in response.content.decode()
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None
    assert conversation.status == Status.NEW  # 未対応 again, not 対応中
    assert f"/c/{conversation.pk}/" in client.get("/q/new/").content.decode()
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "佐藤 アリス さんがスヌーズを解除しました" in page
    assert "スヌーズを解除</button>" not in page
    en = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "ended the snooze early" in en


def test_a_waiting_conversation_wakes_open_by_hand_or_by_the_clock(world: World) -> None:
    """Session 15: the automatic wake made 返信待ち 対応中, the button kept 返信待ち; both
    now wake it 対応中 (it needs a human), and both keep 未対応 未対応."""
    by_hand = _snoozed(world, "waiting")
    world.client(world.alice).post(f"/c/{by_hand.pk}/unsnooze/")
    by_hand.refresh_from_db()
    assert by_hand.snoozed_until is None and by_hand.status == Status.OPEN

    by_clock = _snoozed(world, "waiting")
    new = _snoozed(world, "new")
    assert wake_snoozed(at=timezone.now() + timedelta(days=3)) == 2
    by_clock.refresh_from_db()
    new.refresh_from_db()
    assert by_clock.snoozed_until is None and by_clock.status == Status.OPEN
    assert new.snoozed_until is None and new.status == Status.NEW
    client = world.client(world.alice)
    assert f"/c/{by_clock.pk}/" in client.get("/q/open/").content.decode()
    assert f"/c/{new.pk}/" in client.get("/q/new/").content.decode()


def test_a_conversation_not_snoozed_is_refused_clearly(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/unsnooze/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    assert response.status_code < 500
    assert "スヌーズされていません" in response.content.decode()


def test_someone_outside_the_mailbox_cannot(world: World) -> None:
    conversation = _snoozed(world, "new")
    response = world.client(world.charlie).post(f"/c/{conversation.pk}/unsnooze/")
    assert response.status_code == 404
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None
