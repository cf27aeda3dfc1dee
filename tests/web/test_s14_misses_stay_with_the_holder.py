"""A first-response target missed while 鈴木 held the conversation stays 鈴木's miss in the
per-agent report after her absence hands it to 田中 (walk 12, F-19: 鈴木 91.7% → 100%,
田中 90% → 81.8% the moment he took over her queue)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

from madoguchi.actions import sla
from madoguchi.actions.absence import set_absence
from madoguchi.models import Conversation, SlaPolicy
from madoguchi.web.report_queries import ReportFilter, summaries
from tests.web.conftest import World
from tests.web.test_sla import frozen_clock, mail, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture

WEEK = "start=2026-07-13&end=2026-07-19"


def _late_for_alice(world: World, clock: Any, *, worker_ran: bool) -> Conversation:
    """Tuesday 10:00, a one-hour target, alice's; nobody answers; the deadline passes
    (the worker notices it at 11:05, or is down); Wednesday alice is away, bob takes over."""
    SlaPolicy.objects.create(name="標準", first_response_minutes=60)
    sla.forget_setup()
    clock.set(tokyo(2026, 7, 14, 10, 0))
    late = mail(world, tokyo(2026, 7, 14, 10, 0), subject="待たせている件")
    Conversation.objects.filter(pk=late.pk).update(owner=world.alice)
    if worker_ran:
        clock.set(tokyo(2026, 7, 14, 11, 5))
        sla.check_sla()
    clock.set(tokyo(2026, 7, 15, 9, 0))
    set_absence(
        world.lead,
        away_from=date(2026, 7, 15),
        away_until=date(2026, 7, 17),
        substitute=world.bob,
        hand_over=True,
        person=world.alice,
    )
    assert Conversation.objects.get(pk=late.pk).owner == world.bob
    return late


def _per_agent(world: World) -> dict[Any, Any]:
    report = ReportFilter(date(2026, 7, 13), date(2026, 7, 19), (world.support.pk,))
    return summaries(report, "agent")


def test_an_unanswered_miss_stays_with_the_absent_owner(world: World, clock: Any) -> None:
    _late_for_alice(world, clock, worker_ran=True)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    rows = _per_agent(world)
    assert rows[world.alice.pk].first_response_targeted == 1
    assert rows[world.alice.pk].first_response_met == 0
    assert world.bob.pk not in rows or rows[world.bob.pk].first_response_targeted == 0


def test_the_late_answer_by_the_substitute_is_still_her_miss(world: World, clock: Any) -> None:
    from madoguchi.actions.replies import send_reply

    late = _late_for_alice(world, clock, worker_ran=True)
    clock.set(tokyo(2026, 7, 15, 9, 30))
    send_reply(world.bob, late.pk, "遅くなり申し訳ございません。", seen_at=clock.at, force=True)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    rows = _per_agent(world)
    assert rows[world.alice.pk].first_response_targeted == 1
    assert rows[world.alice.pk].first_response_met == 0
    assert rows[world.bob.pk].first_response_targeted == 0
    assert rows[world.bob.pk].replies == 1  # his reply is still his


def test_a_hand_over_before_the_worker_noticed_keeps_it_hers(world: World, clock: Any) -> None:
    _late_for_alice(world, clock, worker_ran=False)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    rows = _per_agent(world)
    assert rows[world.alice.pk].first_response_targeted == 1
    assert world.bob.pk not in rows or rows[world.bob.pk].first_response_targeted == 0


def test_the_report_page_shows_it_on_her_row_in_as_many_queries_per_row(
    world: World, clock: Any
) -> None:
    _late_for_alice(world, clock, worker_ran=True)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    client = world.client(world.lead)
    # The first visit caches what every page reads (and the browser's language, kept once).
    client.get(f"/reports/?{WEEK}&group=agent", HTTP_ACCEPT_LANGUAGE="en")
    with CaptureQueriesContext(connection) as one_row:
        body = client.get(f"/reports/?{WEEK}&group=agent", HTTP_ACCEPT_LANGUAGE="en")
    assert "佐藤 アリス" in body.content.decode()
    # A second late conversation, missed while bob held it: one more row, no more queries.
    clock.set(tokyo(2026, 7, 16, 10, 0))
    other = mail(world, tokyo(2026, 7, 16, 10, 0), subject="別の件")
    Conversation.objects.filter(pk=other.pk).update(owner=world.charlie)
    Conversation.objects.filter(pk=other.pk).update(first_response_missed_by=world.bob.pk)
    clock.set(tokyo(2026, 7, 20, 12, 0))
    with CaptureQueriesContext(connection) as two_rows:
        client.get(f"/reports/?{WEEK}&group=agent", HTTP_ACCEPT_LANGUAGE="en")
    assert _per_agent(world)[world.bob.pk].first_response_targeted == 1
    assert len(two_rows.captured_queries) == len(one_row.captured_queries)
