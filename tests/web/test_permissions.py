"""charlie works in another team: every door to team A's conversations answers 404."""

from __future__ import annotations

import pytest

from madoguchi.models import Attachment, Conversation, Status
from tests.web.conftest import World, make_conversation

ACTION_POSTS = [
    ("assign", {"owner": "me"}),
    ("status", {"status": "resolved"}),
    ("priority", {"priority": "0"}),
    ("label", {"new_label": "x"}),
    ("snooze", {"until": "2099-01-01T09:00"}),
    ("note", {"text": "hello"}),
    ("reply", {"body": "hi", "seen_at": "2099-01-01T00:00:00+00:00"}),
    ("draft", {"body": "hi"}),
    ("presence", {"activity": "viewing"}),
]


@pytest.fixture
def conversation(world: World) -> Conversation:
    return make_conversation(world.support)


def test_it_hides_the_conversation_page(world: World, conversation: Conversation) -> None:
    response = world.client(world.charlie).get(f"/c/{conversation.pk}/")
    assert response.status_code == 404


def test_it_shows_the_conversation_to_the_team(world: World, conversation: Conversation) -> None:
    for user in (world.alice, world.bob, world.lead, world.admin):
        assert world.client(user).get(f"/c/{conversation.pk}/").status_code == 200


@pytest.mark.parametrize(("endpoint", "data"), ACTION_POSTS)
def test_it_refuses_every_action(
    world: World, conversation: Conversation, endpoint: str, data: dict[str, str]
) -> None:
    response = world.client(world.charlie).post(f"/c/{conversation.pk}/{endpoint}/", data)
    assert response.status_code == 404
    conversation.refresh_from_db()
    assert conversation.status == Status.NEW
    assert conversation.owner is None
    assert conversation.notes.count() == 0
    assert conversation.messages.count() == 1
    assert conversation.labels.count() == 0


def test_it_refuses_merging_into_a_hidden_conversation(world: World) -> None:
    theirs = make_conversation(world.support)
    mine = make_conversation(world.sales, sender="hanako@other.example")
    response = world.client(world.charlie).post(f"/c/{mine.pk}/merge/", {"target": theirs.pk})
    assert response.status_code == 404
    assert theirs.messages.count() == 1


def test_it_refuses_bulk_changes_including_a_hidden_conversation(world: World) -> None:
    theirs = make_conversation(world.support)
    mine = make_conversation(world.sales, sender="hanako@other.example")
    response = world.client(world.charlie).post(
        "/q/bulk/", {"ids": [mine.pk, theirs.pk], "operation": "status", "status": "resolved"}
    )
    assert response.status_code == 404
    mine.refresh_from_db()
    assert mine.status == Status.NEW  # all or nothing


def test_it_hides_message_frames_and_template_fills(
    world: World, conversation: Conversation
) -> None:
    message = conversation.messages.get()
    client = world.client(world.charlie)
    assert client.get(f"/c/{conversation.pk}/m/{message.pk}/frame/").status_code == 404
    assert client.get(f"/c/{conversation.pk}/m/{message.pk}/html/").status_code == 404
    assert client.get(f"/c/{conversation.pk}/template/?template=1").status_code == 404


def test_it_hides_attachments(world: World, conversation: Conversation) -> None:
    attachment = Attachment.objects.create(
        message=conversation.messages.get(),
        filename="請求書.pdf",
        content_type="application/pdf",
        size=3,
        sha256="0" * 64,
    )
    assert world.client(world.charlie).get(f"/attachments/{attachment.pk}/").status_code == 404


def test_it_leaves_hidden_conversations_out_of_search(
    world: World, conversation: Conversation
) -> None:
    response = world.client(world.charlie).get("/search/", {"q": "返金"})
    assert response.status_code == 200
    assert f"/c/{conversation.pk}/" not in response.content.decode()
    response = world.client(world.alice).get("/search/", {"q": "返金"})
    assert f"/c/{conversation.pk}/" in response.content.decode()


def test_it_leaves_hidden_conversations_out_of_the_queue(
    world: World, conversation: Conversation
) -> None:
    body = world.client(world.charlie).get("/q/new/").content.decode()
    assert f"/c/{conversation.pk}/" not in body
    assert world.client(world.charlie).get(f"/q/mailbox/{world.support.pk}/").status_code == 404


def test_it_sends_anonymous_visitors_to_sign_in(world: World, conversation: Conversation) -> None:
    response = world.client(None).get(f"/c/{conversation.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
