"""Walk 13, F20: no survey goes out with links customers cannot open. With the public
address unset or on this machine (localhost, 127.0.0.1) the survey cannot be switched on,
surveys already switched on are held (not mailed, not dropped), and the lead sees why on
the survey's settings and on the reports for as long as it lasts."""

from __future__ import annotations

import re
from typing import Any

import pytest

from madoguchi.actions.conversations import set_status
from madoguchi.actions.satisfaction import send_satisfaction_surveys
from madoguchi.models import OutboxItem, SatisfactionSetting, Status
from tests.web.conftest import World, make_conversation

WHY = "MADOGUCHI_PUBLIC_URL"


@pytest.mark.parametrize("url", ["http://localhost:8000", "http://127.0.0.1:8000", ""])
def test_the_switch_stays_off_without_a_public_address(
    world: World, settings: Any, url: str
) -> None:
    settings.PUBLIC_URL = url
    lead = world.client(world.lead)
    page = lead.post(
        "/acknowledgements/satisfaction/",
        {"mailbox": world.support.pk, "enabled": "on"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()
    assert "それまでアンケートは送信されません" in page and WHY in page
    assert not SatisfactionSetting.objects.filter(is_enabled=True).exists()
    # Not only once, on save: every visit of the settings says it.
    again = lead.get("/acknowledgements/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "data-survey-url" in again and WHY in again


def test_a_survey_switched_on_before_is_held_until_the_address_is_set(
    world: World, settings: Any
) -> None:
    SatisfactionSetting.objects.create(
        mailbox=world.support, is_enabled=True, enabled_since=world.support.created_at
    )
    settings.PUBLIC_URL = "http://localhost:8000"
    conversation = make_conversation(world.support)
    set_status(world.alice, conversation, Status.RESOLVED)

    assert send_satisfaction_surveys() == 0
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    reports = world.client(world.lead).get("/reports/", HTTP_ACCEPT_LANGUAGE="en")
    assert "data-survey-url" in reports.content.decode()

    settings.PUBLIC_URL = "https://support.example.co.jp"
    assert send_satisfaction_surveys() == 1
    reports = world.client(world.lead).get("/reports/", HTTP_ACCEPT_LANGUAGE="en")
    assert "data-survey-url" not in reports.content.decode()


def _resolve_with_survey_on(world: World, settings: Any) -> tuple[Any, str]:
    """alice resolves (the button, or the key e: the same POST) with the survey on and the
    default one-minute wait; returns the conversation and the page she comes back to."""
    settings.SURVEY_DELAY_SECONDS = 60
    SatisfactionSetting.objects.create(
        mailbox=world.support, is_enabled=True, enabled_since=world.support.created_at
    )
    conversation = make_conversation(world.support)
    page = world.client(world.alice).post(
        f"/c/{conversation.pk}/status/",
        {"status": Status.RESOLVED},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    return conversation, page.content.decode()


def test_resolving_says_a_survey_is_coming_and_undo_stops_it(world: World, settings: Any) -> None:
    conversation, page = _resolve_with_survey_on(world, settings)
    assert re.search(r"対応済にしました。\d+ 秒後にお客様へ満足度アンケートをメール", page)
    assert f'<form method="post" action="/c/{conversation.pk}/survey/withdraw/"' in page
    assert send_satisfaction_surveys() == 0  # not within the minute

    world.client(world.alice).post(f"/c/{conversation.pk}/survey/withdraw/")
    settings.SURVEY_DELAY_SECONDS = 0  # the minute has passed
    assert send_satisfaction_surveys() == 0
    assert not OutboxItem.objects.filter(conversation=conversation).exists()


def test_undo_takes_back_a_survey_the_worker_queued_but_did_not_send(
    world: World, settings: Any
) -> None:
    conversation, _page = _resolve_with_survey_on(world, settings)
    settings.SURVEY_DELAY_SECONDS = 0
    assert send_satisfaction_surveys() == 1

    page = world.client(world.alice).post(
        f"/c/{conversation.pk}/survey/withdraw/", follow=True, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert "満足度アンケートは送信されません" in page.content.decode()
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED
