"""No double replies: a send is stopped when the conversation changed after loading it."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.notes import add_note
from madoguchi.actions.presence import heartbeat
from madoguchi.actions.replies import send_reply
from madoguchi.models import OutboxItem
from tests.web.conftest import World, add_message, make_conversation


def _loaded_a_minute_ago() -> str:
    return (timezone.now() - timedelta(minutes=1)).isoformat()


def test_it_stops_a_reply_when_a_colleague_replied_first(world: World) -> None:
    conversation = make_conversation(world.support)
    seen_at = _loaded_a_minute_ago()
    send_reply(world.bob, conversation, "bob の返信です", seen_at=timezone.now())
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/", {"body": "alice の返信", "seen_at": seen_at}
    )
    assert response.status_code == 409
    body = response.content.decode()
    assert "bob の返信です" in body
    assert "alice の返信" in body  # her text is kept
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1


def test_it_stops_a_reply_when_the_customer_wrote_again_or_a_note_was_added(
    world: World,
) -> None:
    conversation = make_conversation(world.support)
    seen_at = _loaded_a_minute_ago()
    add_message(conversation, "追加で質問です")
    add_note(world.bob, conversation, "先方に電話しました")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/", {"body": "回答します", "seen_at": seen_at}
    )
    body = response.content.decode()
    assert response.status_code == 409
    assert "追加で質問です" in body and "先方に電話しました" in body


def test_send_anyway_sends(world: World) -> None:
    conversation = make_conversation(world.support)
    seen_at = _loaded_a_minute_ago()
    add_message(conversation, "追加で質問です")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/", {"body": "回答します", "seen_at": seen_at, "force": "1"}
    )
    assert response.status_code == 303
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1


def test_an_unchanged_conversation_sends_at_once(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "回答します", "seen_at": timezone.now().isoformat()},
    )
    assert response.status_code == 303


def test_presence_shows_a_colleague_drafting(world: World) -> None:
    conversation = make_conversation(world.support)
    heartbeat(world.bob, conversation, "drafting")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/presence/", {"activity": "viewing", "version": conversation.version}
    )
    assert "who-drafting" in response.content.decode()
    assert "bob" in response.content.decode()


def test_a_reply_while_a_colleague_is_writing_one_is_asked_about_first(world: World) -> None:
    conversation = make_conversation(world.support)
    heartbeat(world.bob, conversation, "drafting")
    alice = world.client(world.alice)
    form = {"body": "回答します", "seen_at": timezone.now().isoformat()}

    asked = alice.post(f"/c/{conversation.pk}/reply/", form, HTTP_ACCEPT_LANGUAGE="ja")

    assert 'data-question="drafting"' in asked.content.decode()
    assert "bob さんがいまこの問い合わせへの返信を書いています" in asked.content.decode()
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    sent = alice.post(f"/c/{conversation.pk}/reply/", {**form, "confirmed": "drafting"})
    assert sent.status_code == 303
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1


def test_a_colleague_only_viewing_does_not_hold_a_reply(world: World) -> None:
    conversation = make_conversation(world.support)
    heartbeat(world.bob, conversation, "viewing")
    heartbeat(world.alice, conversation, "drafting")  # the sender's own presence
    form = {"body": "回答します", "seen_at": timezone.now().isoformat()}
    response = world.client(world.alice).post(f"/c/{conversation.pk}/reply/", form)
    assert response.status_code == 303


def test_presence_tells_when_the_conversation_changed(world: World) -> None:
    conversation = make_conversation(world.support)
    loaded = conversation.version
    add_note(world.bob, conversation, "メモ")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/presence/", {"activity": "viewing", "version": loaded}
    )
    assert 'class="notice warn"' in response.content.decode()
