"""Walk 13, F10 (second half): a search that finds its words in a reply that failed to send
marks the snippet 送信失敗, so a lead does not read 「本日返金手続きをいたしました」 as an
answer the customer got."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.actions.replies import send_reply
from madoguchi.models import OutboxItem
from tests.web.conftest import World, make_conversation
from tests.web.test_walk11 import fail


def _snippet(world: World, query: str, conversation_id: int) -> str:
    page = world.client(world.alice).get("/search/", {"q": query}, HTTP_ACCEPT_LANGUAGE="ja")
    return page.content.decode().split(f'href="/c/{conversation_id}/"')[1].split("</li>")[0]


def test_a_snippet_from_a_failed_reply_is_marked_not_sent(world: World) -> None:
    failed = make_conversation(world.support, subject="二重請求", text="二重に請求されています。")
    sent = make_conversation(world.support, subject="二重請求の件", text="二重請求でした。")
    for conversation in (failed, sent):
        send_reply(
            world.alice,
            conversation.pk,
            "重複分は本日返金手続きをいたしました。",
            seen_at=timezone.now(),
            force=True,
        )
    fail(OutboxItem.objects.get(conversation=failed))

    unsent = _snippet(world, "返金手続き", failed.pk)
    assert "data-unsent" in unsent and "送信失敗" in unsent and "<mark>" in unsent
    assert "data-unsent" not in _snippet(world, "返金手続き", sent.pk)
