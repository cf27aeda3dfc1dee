"""The urgency badge in the conversation header: its reasons are written out under it (shown
where there is no hover, as in the queue rows), in the UI language."""

from __future__ import annotations

import re

from madoguchi.models import Conversation, Priority
from tests.web.conftest import World, make_conversation

REASONS = re.compile(r'<small class="urgency-reasons" data-urgency-reasons>(.*?)</small>')


def _header(world: World, pk: int, language: str) -> str:
    page = world.client(world.alice).get(f"/c/{pk}/", HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    html = page.content.decode()
    start = html.index('<header class="thread-head">')
    return html[start : html.index("</header>", start)]


def test_the_header_writes_out_why_the_conversation_is_urgent_in_english(world: World) -> None:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    found = REASONS.search(_header(world, conversation.pk, "en"))
    assert found is not None and "Priority set to urgent" in found.group(1)


def test_the_header_writes_out_why_the_conversation_is_urgent_in_japanese(world: World) -> None:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    found = REASONS.search(_header(world, conversation.pk, "ja"))
    assert found is not None and "優先度が「至急」" in found.group(1), found


def test_a_conversation_without_urgency_has_no_reasons_line(world: World) -> None:
    conversation = make_conversation(world.support)
    assert "data-urgency-reasons" not in _header(world, conversation.pk, "en")


def test_the_header_lists_the_reasons_one_a_line_not_joined_by_slashes(world: World) -> None:
    # walk 13 F22: six reasons ran together in one slash-separated paragraph.
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(
        priority=Priority.URGENT, urgency="high", triage_reasons=["止まっている（「表示されず」）"]
    )
    found = REASONS.search(_header(world, conversation.pk, "ja"))
    assert found is not None
    lines = found.group(1).split("<br>")
    assert "優先度が「至急」" in lines[0] and lines[1] == "止まっている（「表示されず」）"
    assert " / " not in found.group(1)


def test_the_header_says_the_sender_is_a_vip_in_the_readers_language(world: World) -> None:
    # Session 18: VIP is a reason beside the lead's priority, rendered in the UI language
    # (the badge and the order stay as they were).
    conversation = make_conversation(world.support, text="Please refund order 42.")
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    customer = conversation.customer
    assert customer is not None
    customer.vip = True
    customer.save(update_fields=["vip"])
    japanese = REASONS.search(_header(world, conversation.pk, "ja"))
    assert japanese is not None and "送信者は VIP のお客様です（山田 太郎）" in japanese.group(1)
    english = REASONS.search(_header(world, conversation.pk, "en"))
    assert english is not None and "The sender is a VIP customer (山田 太郎)" in english.group(1)


def test_a_vip_organisation_is_given_as_a_reason_after_the_priority(world: World) -> None:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    customer = conversation.customer
    assert customer is not None and customer.organization is not None
    customer.organization.vip = True
    customer.organization.save(update_fields=["vip"])
    found = REASONS.search(_header(world, conversation.pk, "en"))
    assert found is not None
    assert "The sender&#x27;s organisation is a VIP (Customer Inc.)" in found.group(1)
    # The lead's priority still comes first.
    assert found.group(1).index("Priority set to urgent") < found.group(1).index("VIP")


def test_a_vip_alone_adds_no_urgency_badge(world: World) -> None:
    conversation = make_conversation(world.support)
    customer = conversation.customer
    assert customer is not None
    customer.vip = True
    customer.save(update_fields=["vip"])
    assert "data-urgency-reasons" not in _header(world, conversation.pk, "en")
