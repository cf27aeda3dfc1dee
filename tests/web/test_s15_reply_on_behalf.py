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


def test_without_javascript_the_open_before_it_goes_step_says_it_once(world: World) -> None:
    # Session 16 (F-11 again): the no-JS page showed the line above the reply box and in
    # the open "Before it goes" step.
    conversation = _owned_by_alice(world)
    bob = world.client(world.bob)
    body = "田中様\n\nお問い合わせありがとうございます。返金は明日までに完了いたします。"
    data = {"body": body, "seen_at": timezone.now().isoformat()}
    page = bob.post(f"/c/{conversation.pk}/reply/", data, HTTP_ACCEPT_LANGUAGE="ja")
    html = page.content.decode()
    assert 'data-question="greeting"' in html
    assert html.count(LINE_JA) == 1
    step = html[html.index('class="send-confirm"') :]
    assert LINE_JA in step  # in the step, where the agent is looking


def test_with_htmx_the_step_takes_the_line_from_above_the_reply_box(world: World) -> None:
    conversation = _owned_by_alice(world)
    bob = world.client(world.bob)
    page = bob.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="on-behalf-line"' in page
    body = "田中様\n\nお問い合わせありがとうございます。返金は明日までに完了いたします。"
    data = {"body": body, "seen_at": timezone.now().isoformat()}
    step = bob.post(f"/c/{conversation.pk}/reply/", data, HTTP_ACCEPT_LANGUAGE="ja", **HTMX)
    html = step.content.decode()
    # The line above the reply box is emptied out of band; the step's own line stays.
    assert '<p id="on-behalf-line" hx-swap-oob="true" hidden></p>' in html
    assert html.count(LINE_JA) == 1
