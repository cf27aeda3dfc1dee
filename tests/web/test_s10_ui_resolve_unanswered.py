"""The Resolve button (key e) asks first when the customer's last mail has no reply from us
or the person's own reply is still a draft, and says the satisfaction survey will ask the
customer for a rating (s10 walk F26: an unanswered conversation was closed without a word).
An answered conversation resolves at once; the status menu is a deliberate choice."""

from __future__ import annotations

import pytest
from django.utils import timezone

from madoguchi.actions.replies import save_draft
from madoguchi.actions.satisfaction import set_satisfaction_survey
from madoguchi.models import Conversation, Status
from tests.web.conftest import World, make_conversation

RESOLVE = {"status": "resolved", "ask": "1"}


@pytest.mark.parametrize(
    ("language", "asked", "survey"),
    [
        ("ja", "お客様の最新のメールに、まだこちらから返信していません。", "満足度アンケート"),
        ("en", "The customer&#x27;s last mail has had no reply from us.", "satisfaction survey"),
    ],
)
def test_resolving_an_unanswered_conversation_asks_first(
    world: World, language: str, asked: str, survey: str
) -> None:
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    conversation = make_conversation(world.support, status="open")
    client = world.client(world.alice)
    page = client.post(f"/c/{conversation.pk}/status/", RESOLVE, HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    text = page.content.decode()
    assert asked in text and survey in text
    assert Conversation.objects.get(pk=conversation.pk).status == Status.OPEN

    done = client.post(f"/c/{conversation.pk}/status/", {"status": "resolved", "confirmed": "1"})
    assert done.status_code in (302, 303)
    assert Conversation.objects.get(pk=conversation.pk).status == Status.RESOLVED


def test_an_unsent_draft_is_named_even_after_a_reply(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    client = world.client(world.alice)
    sent = client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご返金の手続きを本日完了いたしました。", "seen_at": timezone.now().isoformat()},
    )
    assert sent.status_code in (302, 303)
    assert conversation.messages.filter(direction="out").exists()
    # Answered: the button resolves at once.
    assert client.post(f"/c/{conversation.pk}/status/", RESOLVE).status_code in (302, 303)
    assert Conversation.objects.get(pk=conversation.pk).status == Status.RESOLVED

    Conversation.objects.filter(pk=conversation.pk).update(status=Status.OPEN)
    save_draft(world.alice, conversation, "追加でご案内です。\n\n-- \n佐藤")
    page = client.post(f"/c/{conversation.pk}/status/", RESOLVE, HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    assert "あなたの返信は下書きのままで、送信されていません。" in text
    assert "まだこちらから返信していません" not in text
    assert "満足度アンケート" not in text  # the survey is off for this mailbox


def test_a_signature_alone_in_the_box_is_no_draft(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    client = world.client(world.alice)
    client.post(
        f"/c/{conversation.pk}/reply/",
        {"body": "承知しました。", "seen_at": timezone.now().isoformat()},
    )
    save_draft(world.alice, conversation, "\n\n-- \n佐藤 アリス")
    assert client.post(f"/c/{conversation.pk}/status/", RESOLVE).status_code in (302, 303)
