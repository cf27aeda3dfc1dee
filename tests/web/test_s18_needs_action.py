"""要対応 (walk 13 F24): one list of everything that waits on us, across statuses, in the
order 緊急度順 has in a status queue — the lead's priority, then the SLA state, then triage."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.utils import timezone

from madoguchi.actions.presence import heartbeat
from madoguchi.models import Agent, Conversation
from madoguchi.models.conversations import Priority
from madoguchi.web import assist_queries
from madoguchi.web.queries import Folder, folder_queryset
from tests.web.conftest import World, make_conversation
from tests.web.test_urgent_order import OUTAGE, QUOTE, _ids, _triaged


def _clock(conversation: Conversation, due: timedelta, warn: timedelta) -> None:
    at = timezone.now()
    Conversation.objects.filter(pk=conversation.pk).update(
        sla_due_at=at + due, sla_warn_at=at + warn
    )


def _backlog(world: World) -> dict[str, Conversation]:
    """One of each kind, in different statuses, the least urgent mail oldest."""
    lead_marked = _triaged(world, "見積もり（至急）", QUOTE, age=timedelta(minutes=5))
    Conversation.objects.filter(pk=lead_marked.pk).update(priority=Priority.URGENT, status="open")
    backlog = {
        "plain": _triaged(world, "見積もり 1", QUOTE, age=timedelta(days=2)),
        "lead_marked": lead_marked,
        "overdue": _triaged(world, "見積もり 2", QUOTE, age=timedelta(hours=6), status="open"),
        # Waiting on the customer, but a date we promised is near: ours to keep.
        "promise_due": _triaged(world, "資料送付", QUOTE, age=timedelta(hours=3), status="waiting"),
        "triage_high": _triaged(world, "予約システム", OUTAGE, age=timedelta(minutes=10)),
    }
    _clock(backlog["overdue"], -timedelta(hours=1), -timedelta(hours=2))
    _clock(backlog["promise_due"], timedelta(hours=1), -timedelta(minutes=30))
    for name in ("plain", "triage_high", "lead_marked"):
        _clock(backlog[name], timedelta(hours=3), timedelta(hours=2))
    return backlog


def _not_ours(world: World) -> list[Conversation]:
    """Waiting on the customer with nothing promised, resolved, no action needed, snoozed."""
    snoozed = make_conversation(world.support, "後で", status="open")
    Conversation.objects.filter(pk=snoozed.pk).update(
        snoozed_until=timezone.now() + timedelta(days=1)
    )
    return [
        make_conversation(world.support, "返信待ち", status="waiting"),
        make_conversation(world.support, "済", status="resolved"),
        make_conversation(world.support, "不要", status="spam"),
        snoozed,
    ]


def test_it_lists_every_status_that_waits_on_us_most_urgent_first(world: World) -> None:
    backlog = _backlog(world)
    _not_ours(world)
    assert backlog["triage_high"].urgency == "high" and backlog["plain"].urgency != "high"
    body = world.client(world.lead).get("/q/needs-action/").content.decode()
    expected = ["lead_marked", "overdue", "promise_due", "triage_high", "plain"]
    assert _ids(body) == [backlog[name].pk for name in expected]


def test_its_pages_follow_the_same_order(world: World) -> None:
    backlog = _backlog(world)
    queryset = folder_queryset(world.lead, Folder("needs_action"))
    seen: list[int] = []
    page = assist_queries.urgent_page(queryset, None, size=2)
    while True:
        seen += [c.pk for c in page.conversations]
        if not page.next_cursor:
            break
        page = assist_queries.urgent_page(queryset, page.next_cursor, size=2)
    expected = ["lead_marked", "overdue", "promise_due", "triage_high", "plain"]
    assert seen == [backlog[name].pk for name in expected]


def test_the_sidebar_leads_to_it_with_its_count_in_japanese_and_english(world: World) -> None:
    _backlog(world)
    _not_ours(world)
    client = world.client(world.alice)
    ja = client.get("/q/mine/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert '<a href="/q/needs-action/" class="needs-action"' in ja
    assert "<span>要対応</span><em>5</em>" in ja
    page = client.get("/q/needs-action/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "<h1>要対応</h1>" in page and "お約束した期日が近いか過ぎた返信待ち" in page
    assert 'class="active">緊急度順</a>' in page
    Agent.objects.filter(user=world.alice).update(language="en")
    en = client.get("/q/needs-action/").content.decode()
    assert "<span>Needs action</span><em>5</em>" in en and "<h1>Needs action</h1>" in en
    assert 'class="active">Most urgent</a>' in en
    oldest = client.get("/q/needs-action/?order=oldest").content.decode()
    assert 'class="active">Oldest waiting</a>' in oldest


def test_it_uses_the_same_number_of_queries_for_many_rows(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.alice)
    make_conversation(world.support).labels.add(world.label)
    client.get("/q/needs-action/")  # the session is set up
    cache.clear()
    with django_assert_max_num_queries(22) as few:  # as the status queues (test_queue)
        client.get("/q/needs-action/")
    for i in range(30):
        status = ("new", "open", "waiting")[i % 3]
        conversation = make_conversation(
            world.support, sender=f"c{i}@customer.example", status=status
        )
        conversation.labels.add(world.label)
        conversation.owner = world.bob
        conversation.save()
        _clock(conversation, timedelta(minutes=30 - i), -timedelta(minutes=5))
        heartbeat(world.bob, conversation, "viewing")
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/q/needs-action/")
    assert len(_ids(response.content.decode())) == 31
