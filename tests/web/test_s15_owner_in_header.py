"""The conversation's header says whose it is (walk 12, F-3: the owner showed only as the
selected value of the side panel's select, and 「自分に割り当て」 was offered on a colleague's
conversation without saying whose it was)."""

from __future__ import annotations

import pytest

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def _header(page: str) -> str:
    return page.split('<div class="thread-meta">', 1)[1].split("</div>", 1)[0]


@pytest.mark.parametrize(("language", "said"), [("ja", "担当："), ("en", "Owner: ")])
def test_the_header_names_the_owner(world: World, language: str, said: str) -> None:
    conversation = make_conversation(world.support, "二重に請求されています")
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.bob, status="open")
    page = (
        world.client(world.alice)
        .get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE=language)
        .content.decode()
    )
    owner = _header(page).split("data-owner>", 1)[1].split("</span>", 1)[0]
    name = world.bob.agent.name  # type: ignore[attr-defined]
    assert owner == f"{said}{name}"


def test_an_open_conversation_with_nobody_says_unassigned(world: World) -> None:
    conversation = make_conversation(world.support, "ログインできません")
    page = (
        world.client(world.alice)
        .get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "未割り当て" in _header(page)


def test_a_resolved_conversation_with_nobody_raises_no_alarm(world: World) -> None:
    conversation = make_conversation(world.support, "ありがとうございました", status="resolved")
    page = (
        world.client(world.alice)
        .get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "未割り当て" not in _header(page)
