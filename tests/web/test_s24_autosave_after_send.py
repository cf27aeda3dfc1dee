"""Walk 24 H13: right after a send, the compose box came back 「下書きを復元しました」 holding
the text that had just gone out — an autosave posted a moment before the send (a rewrite had
just been applied) landed after the send had cleared the draft. One click would have sent it
twice. A save of the words this agent has just sent is not kept; after undo send the same
words are a draft again."""

from __future__ import annotations

from madoguchi.models import Draft, OutboxItem
from tests.web.conftest import World, make_conversation
from tests.web.test_send_safety import post_reply

BODY = "山田様\n\n二重に請求された分は、本日返金の手続きをいたしました。"


def test_an_autosave_landing_after_the_send_does_not_bring_the_sent_text_back(
    world: World,
) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    post_reply(world, conversation.pk, body=BODY)
    # The autosave that was in flight, as the browser posts it (CRLF).
    client.post(f"/c/{conversation.pk}/draft/", {"body": BODY.replace("\n", "\r\n")})

    assert not Draft.objects.filter(conversation=conversation).exists()
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "下書きを復元しました" not in page
    assert "本日返金の手続きをいたしました。</textarea>" not in page


def test_after_undo_send_the_same_words_are_a_draft_again(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    post_reply(world, conversation.pk, body=BODY)
    client.post(f"/c/{conversation.pk}/outbox/{OutboxItem.objects.get().pk}/undo/")
    client.post(f"/c/{conversation.pk}/draft/", {"body": BODY + "\n追記です。"})
    client.post(f"/c/{conversation.pk}/draft/", {"body": BODY})

    assert Draft.objects.get(conversation=conversation).body == BODY


def test_different_words_after_a_send_are_a_new_draft(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    post_reply(world, conversation.pk, body=BODY)
    client.post(f"/c/{conversation.pk}/draft/", {"body": "追って、領収書もお送りします。"})

    assert Draft.objects.get(conversation=conversation).body == "追って、領収書もお送りします。"


def test_an_emptied_compose_box_does_not_say_a_draft_was_restored(world: World) -> None:
    """Walk 24 H13: a box the agent had emptied came back saying 「下書きを復元しました」."""
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/draft/", {"body": "書きかけ"})
    client.post(f"/c/{conversation.pk}/draft/", {"body": ""})
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "下書きを復元しました" not in page
