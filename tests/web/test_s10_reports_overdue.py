"""An overdue conversation nobody has answered has missed its first-response target: the
reports, their per-conversation CSV and the weekly digest count it (walk 10, F24/F24b:
"within target 100%" in a week with eleven customers waiting past the deadline). Teams are
said to be counted by mailbox."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from madoguchi.actions import sla
from madoguchi.actions.digest import digest_text
from madoguchi.models import Conversation, SlaPolicy
from tests.web.conftest import World
from tests.web.test_sla import frozen_clock, mail, reply, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture

WEEK = "start=2026-07-13&end=2026-07-19"


@pytest.fixture
def one_late(world: World, clock: Any) -> tuple[Conversation, Conversation]:
    """Tuesday 2026-07-14 10:00, a one-hour target: one mail answered in 30 minutes, one
    never answered (due 11:00). Seen on Monday 2026-07-20."""
    SlaPolicy.objects.create(name="標準", first_response_minutes=60)
    sla.forget_setup()
    clock.set(tokyo(2026, 7, 14, 10, 0))
    answered = mail(world, tokyo(2026, 7, 14, 10, 0), subject="答えた件")
    waiting = mail(world, tokyo(2026, 7, 14, 10, 0), subject="待たせている件")
    clock.set(tokyo(2026, 7, 14, 10, 30))
    reply(world, answered, tokyo(2026, 7, 14, 10, 30))
    Conversation.objects.filter(pk=waiting.pk).update(owner=world.alice)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    return answered, waiting


def test_it_counts_an_overdue_unanswered_conversation_as_missed(
    world: World, one_late: Any
) -> None:
    client = world.client(world.lead)
    body = client.get(f"/reports/?{WEEK}&group=agent", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert (
        '<th>First response within target</th><td class="num" data-label="This period">50.0%</td>'
        in body
    )
    assert "still waiting for its first answer after its deadline counts as missed" in body
    body = client.get(f"/reports/?{WEEK}", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "50.0%" in body
    assert "期限を過ぎてもまだ最初の返信をしていない問い合わせは" in body


def test_the_conversation_csv_marks_it_missed_and_names_the_owner(
    world: World, one_late: Any
) -> None:
    answered, waiting = one_late
    response = world.client(world.lead).get(
        f"/reports/conversations.csv?{WEEK}", HTTP_ACCEPT_LANGUAGE="en"
    )
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    by_id = {int(row["No."]): row for row in csv.DictReader(io.StringIO(text))}
    assert by_id[waiting.pk]["First response within target (1/0)"] == "0"
    assert by_id[answered.pk]["First response within target (1/0)"] == "1"
    assert "佐藤 アリス" in by_id[waiting.pk].values()  # not "alice"


def test_the_weekly_digest_uses_the_same_figure(world: World, one_late: Any) -> None:
    _subject, text = digest_text(world.lead, [world.support.pk], tokyo(2026, 7, 20, 0, 0).date())
    assert "50.0% (1/2)" in text


def test_the_team_breakdown_says_it_counts_by_mailbox(world: World, one_late: Any) -> None:
    client = world.client(world.lead)
    body = client.get(f"/reports/?{WEEK}&group=team", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "チームはメールボックスで数えます" in body
    body = client.get(f"/reports/?{WEEK}&group=team", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Teams are counted by mailbox" in body
