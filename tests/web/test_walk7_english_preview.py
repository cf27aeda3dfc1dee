"""The preview of an English reply says that no signature will be added when the agent's and
the mailbox's signatures are Japanese only."""

from __future__ import annotations

from madoguchi.models import Agent, Mailbox
from tests.web.conftest import World, make_conversation


def preview(world: World, conversation_pk: int, body: str) -> str:
    response = world.client(world.alice).post(
        f"/c/{conversation_pk}/reply/preview/", {"body": body}, HTTP_ACCEPT_LANGUAGE="en"
    )
    return response.content.decode()


def test_the_preview_warns_that_an_english_reply_goes_unsigned(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(signature="株式会社サンプル サポート窓口")
    conversation = make_conversation(world.support)
    page = preview(world, conversation.pk, "Hello,\n\nYour refund was sent today.")
    assert "data-unsigned" in page
    assert "No signature will be added to this English mail" in page

    assert "data-unsigned" not in preview(world, conversation.pk, "山田様\n\n返金しました。")
    Agent.objects.filter(user=world.alice).update(signature_en="Alice Sato")
    assert "data-unsigned" not in preview(world, conversation.pk, "Hello,\n\nSent today.")
