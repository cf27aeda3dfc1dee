"""Urgency reasons as the header shows them (walk 13 F22), rendered in ja and en: one a
line, at most five, no quote serving two reasons, and a curt "again." not called polite."""

from __future__ import annotations

import re

import pytest

from madoguchi.models import Agent, Conversation
from madoguchi.models.conversations import Priority
from tests.web.conftest import World
from tests.web.test_urgent_order import _triaged

CHASE = (
    "二重に請求されています。何度も連絡しているのに返事がない。"
    "今日中に返金されないならカード会社に電話します。"
)


def _header_reasons(world: World, conversation: Conversation, language: str) -> list[str]:
    Agent.objects.filter(user=world.alice).update(language=language)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    found = re.search(r"<small class=\"urgency-reasons\"[^>]*>(.*?)</small>", page, re.S)
    assert found is not None
    return [line.strip() for line in found.group(1).split("<br>")]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_header_lists_reasons_one_a_line_each_quote_once(world: World, language: str) -> None:
    conversation = _triaged(world, "二重請求", CHASE)
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    reasons = _header_reasons(world, conversation, language)
    assert 2 <= len(reasons) <= 5
    assert not any(" / " in reason for reason in reasons)
    quotes = [
        q for reason in reasons for q in re.findall(r"「([^」]+)」|&quot;([^&]+)&quot;", reason)
    ]
    quoted = [a or b for a, b in quotes]
    assert quoted and len(quoted) == len(set(quoted)), reasons


@pytest.mark.parametrize(("language", "polite"), [("ja", "丁寧"), ("en", "formal")])
def test_a_curt_again_is_not_called_polite(world: World, language: str, polite: str) -> None:
    conversation = _triaged(world, "import broken", "your import is broken. again.")
    Conversation.objects.filter(pk=conversation.pk).update(priority=Priority.URGENT)
    reasons = _header_reasons(world, conversation, language)
    assert not any(polite in reason for reason in reasons), reasons
