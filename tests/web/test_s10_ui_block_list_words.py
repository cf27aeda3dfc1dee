"""The block list says what puts a sender on it: the Spam button, not the status menu
(s10 walk F22: the page said any spam mark did, and a status change added nobody)."""

from __future__ import annotations

import pytest

from madoguchi.models import BlockedSender
from tests.web.conftest import World, make_conversation


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "ja",
            "ステータスのメニューで「迷惑メール」を選んだ場合は問い合わせを移すだけで、誰もブロックしません",
        ),
        ("en", "choosing the status Spam from the status menu moves the conversation only"),
    ],
)
def test_the_block_list_says_which_spam_mark_blocks_and_it_is_so(
    world: World, language: str, words: str
) -> None:
    client = world.client(world.alice)
    page = client.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert words in page

    by_menu = make_conversation(world.support, sender="menu@spam.example")
    client.post(f"/c/{by_menu.pk}/status/", {"status": "spam"})
    assert not BlockedSender.objects.exists()
    by_button = make_conversation(world.support, sender="button@spam.example")
    client.post(f"/c/{by_button.pk}/spam/", {"block": "sender"})
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["button@spam.example"]
