"""Why a conversation is urgent, readable on a phone: the reasons are in the row as text (shown
under the subject where there is no hover), not only in the badge's tooltip."""

from __future__ import annotations

import re

from madoguchi.models import Conversation, Priority
from tests.web.conftest import World, make_conversation


def test_the_queue_row_carries_the_urgency_reasons_as_text(world: World) -> None:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    page = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    reasons = re.search(
        r"<small class=\"urgency-reasons\" data-urgency-reasons>([^<]*)</small>", page
    )
    assert reasons is not None
    assert "Priority set to urgent" in reasons.group(1)


def test_a_row_without_urgency_has_no_reasons_line(world: World) -> None:
    make_conversation(world.support)
    page = world.client(world.alice).get("/q/new/").content.decode()
    assert "data-urgency-reasons" not in page


def test_it_folds_several_reasons_into_the_first_and_a_count(world: World) -> None:
    # s8 walk: on a phone each urgent row printed every reason, a paragraph per row.
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(
        priority=Priority.URGENT,
        urgency="high",
        triage_reasons=["止まっている（「表示されず」）", "今日中（「本日中」）"],
    )
    page = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    folded = re.search(
        r"<details class=\"urgency-reasons\" data-urgency-reasons>(.*?)</details>", page
    )
    assert folded is not None
    summary, rest = folded.group(1).split("</summary>")
    assert "優先度が「至急」に設定されています" in summary and "+2" in summary
    assert "止まっている（「表示されず」）" in rest and "今日中（「本日中」）" in rest
    assert 'title="ほかの理由"' in summary
