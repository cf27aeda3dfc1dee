"""Walk 11, F-22: a new SLA policy re-dates the open conversations it applies to — by the
worker, in batches, once — not only at their next event."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from madoguchi.actions.sla_redate import SlaRedater, redate_open_conversations
from madoguchi.models import Conversation
from tests.web.conftest import World
from tests.web.test_sla import frozen_clock, mail, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture


def test_a_stricter_policy_turns_todays_open_conversations_to_the_new_deadline(
    world: World, clock: Any
) -> None:
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    worker = SlaRedater()
    worker.round()  # the worker's first round after it started: nothing to change yet
    before = Conversation.objects.get(pk=conversation.pk)
    assert before.sla_due_at is not None and before.sla_due_at > tokyo(2026, 7, 14, 12, 0)

    clock.set(tokyo(2026, 7, 14, 10, 30))
    response = world.client(world.lead).post(
        "/sla/policies/new/",
        {
            "name": "至急は1時間",
            "mailbox": str(world.support.pk),
            "first_response_minutes": "60",
            "warn_percent": "80",
        },
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 303
    # Not in the lead's request: the worker does it.
    assert Conversation.objects.get(pk=conversation.pk).sla_due_at == before.sla_due_at

    assert worker.round() == 1
    after = Conversation.objects.get(pk=conversation.pk)
    assert after.sla_due_at == tokyo(2026, 7, 14, 11, 0)  # one hour from the mail
    assert after.version == before.version + 1  # open pages see it changed

    # Idempotent: the next round and a manual pass change nothing.
    assert worker.round() == 0
    assert redate_open_conversations() == (1, 0)
    assert Conversation.objects.get(pk=conversation.pk).version == after.version


def test_the_sla_page_says_open_conversations_are_re_dated(world: World) -> None:
    page = world.client(world.lead).get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "1〜2分のうちにワーカーが新しい期限に付け直します" in page


def test_the_command_re_dates_by_hand_and_names_an_unknown_mailbox(
    world: World, clock: Any
) -> None:
    clock.set(tokyo(2026, 7, 14, 10, 0))
    mail(world, tokyo(2026, 7, 14, 10, 0))
    out = io.StringIO()
    call_command("sla_redate", "--mailbox", world.support.address, stdout=out)
    assert "1 open conversations checked" in out.getvalue()
    with pytest.raises(CommandError, match="no mailbox nobody@example.com"):
        call_command("sla_redate", "--mailbox", "nobody@example.com")
