"""Walk 20 G1: the Resolve button closed a conversation whose only reply had failed to send
(「送信失敗：1件の返信がお客様に届いていません。」 on the page) without a word, and it left
要対応. The failed reply is not an answer: Resolve asks first and names it."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from madoguchi.actions.satisfaction import set_satisfaction_survey
from madoguchi.models import Conversation, OutboxItem, OutboxState, Status
from tests.web.conftest import World, make_conversation

RESOLVE = {"status": "resolved", "ask": "1"}


def _reply(world: World, conversation: Conversation) -> None:
    client = world.client(world.alice)
    sent = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご返金の手続きを本日完了いたしました。", "seen_at": timezone.now().isoformat()},
    )
    assert sent.status_code in (302, 303)


@pytest.mark.parametrize(
    ("language", "named"),
    [
        ("ja", "送信に失敗した返信があります"),
        ("en", "A reply to this customer failed to send"),
    ],
)
def test_resolving_after_a_failed_reply_asks_first(world: World, language: str, named: str) -> None:
    conversation = make_conversation(world.support, status="open")
    _reply(world, conversation)
    # What the worker does when the SMTP server refuses it for good (tests/transport).
    OutboxItem.objects.filter(conversation=conversation).update(
        state=OutboxState.FAILED, last_error="550 mailbox unavailable"
    )
    Conversation.objects.filter(pk=conversation.pk).update(status=Status.OPEN)
    client = world.client(world.alice)
    page = client.post(f"/c/{conversation.pk}/status/", RESOLVE, HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    text = page.content.decode()
    assert named in text
    assert Conversation.objects.get(pk=conversation.pk).status == Status.OPEN

    done = client.post(f"/c/{conversation.pk}/status/", {"status": "resolved", "confirmed": "1"})
    assert done.status_code in (302, 303)
    assert Conversation.objects.get(pk=conversation.pk).status == Status.RESOLVED


def test_a_reply_that_went_out_resolves_at_once(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    _reply(world, conversation)
    OutboxItem.objects.filter(conversation=conversation).update(
        state=OutboxState.SENT, sent_at=timezone.now()
    )
    client = world.client(world.alice)
    assert client.post(f"/c/{conversation.pk}/status/", RESOLVE).status_code in (302, 303)
    assert Conversation.objects.get(pk=conversation.pk).status == Status.RESOLVED


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ja", "対応済にしましたが、満足度アンケートは送られません"),
        ("en", "Resolved, but no satisfaction survey is mailed"),
    ],
)
def test_resolving_says_the_survey_is_held_when_its_links_would_not_open(
    world: World, settings: Any, language: str, said: str
) -> None:
    # Walk 20 G12: the survey was on, the public address was this machine's, and resolving
    # said nothing (the worker holds the survey until MADOGUCHI_PUBLIC_URL is set).
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    settings.PUBLIC_URL = "http://localhost:8000"
    conversation = make_conversation(world.support, status="open")
    _reply(world, conversation)
    client = world.client(world.alice)
    done = client.post(
        f"/c/{conversation.pk}/status/",
        {"status": "resolved", "confirmed": "1"},
        HTTP_ACCEPT_LANGUAGE=language,
        follow=True,
    )
    text = done.content.decode()
    assert said in text and "MADOGUCHI_PUBLIC_URL" in text
    assert Conversation.objects.get(pk=conversation.pk).status == Status.RESOLVED


def test_no_word_of_a_survey_where_none_is_asked(world: World, settings: Any) -> None:
    settings.PUBLIC_URL = "http://localhost:8000"
    conversation = make_conversation(world.support, status="open")
    _reply(world, conversation)
    done = world.client(world.alice).post(
        f"/c/{conversation.pk}/status/", {"status": "resolved", "confirmed": "1"}, follow=True
    )
    assert "no satisfaction survey" not in done.content.decode()
