"""Who is writing a reply is said right above the Send button too, not only at the top of
the page (walk 13, F7: at 990 px the agent writes below the fold and learned of a
colleague's reply only from the send-time question, after writing the whole reply)."""

from __future__ import annotations

import re

from madoguchi.actions.presence import heartbeat
from tests.web.conftest import World, make_conversation

NEAR_SEND = re.compile(r'<div id="presence-compose"[^>]*>(.*?)</div>', re.S)


def test_the_reply_box_says_a_colleague_is_writing(world: World) -> None:
    conversation = make_conversation(world.support)
    heartbeat(world.bob, conversation, "drafting")
    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    near = NEAR_SEND.search(text)
    assert near and "さんが返信を作成中" in near.group(1)
    assert text.index('id="presence-compose"') < text.index('class="compose-foot"')


def test_the_heartbeat_keeps_it_current(world: World) -> None:
    conversation = make_conversation(world.support)
    alice = world.client(world.alice)
    quiet = alice.post(
        f"/c/{conversation.pk}/presence/", {"activity": "viewing", "version": conversation.version}
    ).content.decode()
    assert 'id="presence-compose"' in quiet and 'hx-swap-oob="true"' in quiet
    assert NEAR_SEND.search(quiet).group(1) == ""  # nobody writing: an empty line, hidden
    heartbeat(world.bob, conversation, "drafting")
    busy = alice.post(
        f"/c/{conversation.pk}/presence/",
        {"activity": "viewing", "version": conversation.version},
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "is writing a reply" in NEAR_SEND.search(busy).group(1)
    # Only someone writing, not someone reading, is named there.
    heartbeat(world.bob, conversation, "viewing")
    reading = alice.post(
        f"/c/{conversation.pk}/presence/", {"activity": "viewing", "version": conversation.version}
    ).content.decode()
    assert NEAR_SEND.search(reading).group(1) == ""
