"""Walk 20 G5: after undo send the timeline still read 「田中 健太 さんが返信しました」 /
"小林 エミ replied", so a lead reading the history believed the customer had been answered.
A reply taken back reads as taken back; a reply that stays reads as before."""

from __future__ import annotations

import pytest

from madoguchi.models import OutboxItem
from tests.web.conftest import World, make_conversation
from tests.web.test_send_safety import post_reply


@pytest.mark.parametrize(
    ("language", "replied", "taken_back"),
    [
        (
            "ja",
            "さんが返信しました",
            "返信の送信を取り消しました（お客様には何も送られていません）",
        ),
        ("en", " replied", "took back a reply (undo send): nothing was sent to the customer"),
    ],
)
def test_a_reply_taken_back_does_not_read_as_sent(
    world: World, language: str, replied: str, taken_back: str
) -> None:
    conversation = make_conversation(world.support)
    post_reply(world, conversation.pk, body="やはり取り消します。")
    item = OutboxItem.objects.get()
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/outbox/{item.pk}/undo/")

    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert taken_back in page
    assert replied not in page

    post_reply(world, conversation.pk, body="こちらを送ります。")
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert replied in page and taken_back in page
