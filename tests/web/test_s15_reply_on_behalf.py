"""Walk 12 F-11: an agent replying on a conversation someone else owns is told so, softly —
「担当: … — 代理で返信します」 above the reply box and in the "Before it goes" step — and the
reply still goes. Nothing is said to the owner, nor on an unassigned conversation."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.models import Conversation, OutboxItem
from tests.web.conftest import World, make_conversation

HTMX = {"HTTP_HX_REQUEST": "true"}
LINE_JA = "担当: 佐藤 アリス — 代理で返信します"
LINE_EN = "Owned by 佐藤 アリス — you are replying on their behalf"


def _owned_by_alice(world: World) -> Conversation:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    return conversation


def test_someone_elses_conversation_says_whose_it_is_above_the_reply_box(world: World) -> None:
    conversation = _owned_by_alice(world)
    bob = world.client(world.bob)
    ja = bob.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert LINE_JA in ja
    en = bob.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert LINE_EN in en


def test_the_owner_and_an_unassigned_conversation_get_no_line(world: World) -> None:
    conversation = _owned_by_alice(world)
    own = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "data-on-behalf" not in own.content.decode()
    unassigned = make_conversation(
        world.support, subject="配送について", sender="b@customer.example"
    )
    page = world.client(world.bob).get(f"/c/{unassigned.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "data-on-behalf" not in page.content.decode()


def test_the_before_it_goes_step_says_it_and_the_reply_still_goes(world: World) -> None:
    conversation = _owned_by_alice(world)
    bob = world.client(world.bob)
    body = "田中様\n\nお問い合わせありがとうございます。返金は明日までに完了いたします。"
    data = {"body": body, "seen_at": timezone.now().isoformat()}
    asked = bob.post(f"/c/{conversation.pk}/reply/", data, HTTP_ACCEPT_LANGUAGE="ja", **HTMX)
    html = asked.content.decode()
    assert 'data-question="greeting"' in html and LINE_JA in html
    assert not OutboxItem.objects.exists()
    bob.post(f"/c/{conversation.pk}/reply/", {**data, "confirmed": "greeting"}, **HTMX)
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1  # not a block
