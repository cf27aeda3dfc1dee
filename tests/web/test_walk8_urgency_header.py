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
