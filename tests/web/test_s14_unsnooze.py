"""スヌーズを解除: a snooze can be ended early, from the conversation's header or side panel;
the conversation is back in the folder it left, in the status it had (walk 12, F-12
follow-up: a mis-tapped 明日の朝 on a customer's first mail could not be taken back)."""

from __future__ import annotations

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


def test_a_waiting_conversation_stays_waiting(world: World) -> None:
    conversation = _snoozed(world, "waiting")
    world.client(world.alice).post(f"/c/{conversation.pk}/unsnooze/")
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None and conversation.status == Status.WAITING


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
