"""The per-agent report credits an answer given inside its target to the agent who held the
conversation, even when a hold was recorded after the deadline (walk 13, F4: a backlog read in
with its sent replies — each conversation assigned before its Sent copy arrived — left every
agent's first response at 「— / —」 and the team's figures on （担当なし）)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.conf import settings

from madoguchi.actions import conversations as conversation_actions
from madoguchi.actions import sla
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.models import Conversation, SlaPolicy
from madoguchi.web.report_queries import ReportFilter, summaries
from tests.web.conftest import World
from tests.web.test_sla import frozen_clock, mail, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture


def _sent_copy(world: World, conversation: Conversation, at: datetime) -> None:
    """Our answer, read from the Sent folder (written in another mail client)."""
    question = conversation.messages.get()
    raw = (
        "\r\n".join(
            [
                f"From: サポート <{world.support.address}>",
                "To: 山田 太郎 <taro@customer.example>",
                "Subject: Re: 請求書の宛名",
                f"Message-ID: <answer.{at.timestamp()}@support.example>",
                f"In-Reply-To: {question.message_id}",
                f"Date: {at.strftime('%a, %d %b %Y %H:%M:%S %z')}",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=utf-8",
            ]
        )
        + "\r\n\r\n宛名を変更した請求書をお送りします。\r\n"
    ).encode()
    prepared = prepare_mail(raw, Path(settings.ATTACHMENT_DIR))
    ingest_batch(
        IngestSession(world.support, trust_own_address=True),
        [(IncomingMail(raw=raw, source="test", received_at=at), prepared)],
    )


def test_an_answer_inside_its_target_is_the_owners_after_a_late_hand_over(
    world: World, clock: Any
) -> None:
    SlaPolicy.objects.create(name="標準", first_response_minutes=60)
    sla.forget_setup()
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 12, 0))  # the backlog is read in and handed out
    conversation_actions.assign(world.lead, conversation, world.alice)
    _sent_copy(world, conversation, tokyo(2026, 7, 14, 10, 20))  # answered in 20 minutes
    answered = Conversation.objects.get(pk=conversation.pk)
    assert answered.first_response_met is True
    clock.set(tokyo(2026, 7, 20, 12, 0))
    report = ReportFilter(date(2026, 7, 13), date(2026, 7, 19), (world.support.pk,))
    rows = summaries(report, "agent")
    assert rows[world.alice.pk].first_response_targeted == 1
    assert rows[world.alice.pk].first_response_met == 1
    assert 0 not in rows or rows[0].first_response_targeted == 0
    page = world.client(world.lead).get(
        "/reports/?start=2026-07-13&end=2026-07-19&group=agent", HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert "佐藤 アリス" in page.content.decode()
