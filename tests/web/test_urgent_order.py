"""緊急度順 as a lead reads it: the lead's priority, then SLA state, then triage; one
urgency badge; reasons in the reader's language; no raw scores in front of agents."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.batch import conversation_codes, conversation_reasons
from madoguchi.models import Agent, Conversation
from madoguchi.models.conversations import Priority
from madoguchi.quality.triage import triage
from madoguchi.web import assist_queries
from tests.web.conftest import World, make_conversation

QUOTE = "お世話になります。\n見積もりをお願いできますか。"
OUTAGE = "本日9時から予約システムが表示されず、来店予定のお客様30組の予約が確認できません。"


def _triaged(world: World, subject: str, text: str, **kwargs: object) -> Conversation:
    """A conversation whose mail went through triage and was stored as import stores it."""
    conversation = make_conversation(world.support, subject, text, **kwargs)  # type: ignore[arg-type]
    stored = triage(text, subject=subject).to_stored()
    message = conversation.messages.get()
    message.triage = stored
    message.save(update_fields=["triage"])
    conversation.urgency = stored["urgency"]
    conversation.emotion = stored["emotion"]
    conversation.terse = stored["terse"]
    conversation.triage_score = stored["score"]
    conversation.triage_reasons = conversation_reasons(stored)
    conversation.triage_codes = conversation_codes(stored)
    conversation.save()
    return conversation


def _ids(body: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-href="/c/(\d+)/"', body)]


def _row(body: str, pk: int) -> str:
    start = body.index(f'data-href="/c/{pk}/"')
    return body[start : body.index("</tr>", start)]


def _queue(world: World) -> dict[str, Conversation]:
    world.support.sla_hours = 4
    world.support.save()
    lead_marked = _triaged(world, "見積もり（至急）", QUOTE, age=timedelta(hours=28))
    lead_marked.priority = Priority.URGENT
    lead_marked.save()
    queue = {
        "lead_marked": lead_marked,
        "overdue": _triaged(world, "見積もり 1", QUOTE, age=timedelta(hours=5)),
        "due_soon": _triaged(world, "見積もり 2", QUOTE, age=timedelta(hours=3, minutes=30)),
        "urgent_mail": _triaged(world, "予約システム", OUTAGE, age=timedelta(minutes=10)),
        "quote": _triaged(world, "見積もり 3", QUOTE, age=timedelta(minutes=20)),
        "later": _triaged(world, "見積もり 4", QUOTE, age=timedelta(minutes=30)),
    }
    # The SLA clocks as actions/sla.py keeps them (business hours make the wall-clock ages
    # above depend on the day the test runs): deadline and warning time per conversation.
    at = timezone.now()
    clocks = {
        "lead_marked": (-timedelta(hours=24), -timedelta(hours=25)),
        "overdue": (-timedelta(hours=1), -timedelta(hours=2)),
        "due_soon": (timedelta(minutes=30), -timedelta(minutes=10)),
    }
    for name, conversation in queue.items():
        due, warn = clocks.get(name, (timedelta(hours=3), timedelta(hours=2)))
        Conversation.objects.filter(pk=conversation.pk).update(
            sla_due_at=at + due, sla_warn_at=at + warn
        )
    return queue


def test_it_orders_by_lead_priority_then_sla_state_then_triage(world: World) -> None:
    queue = _queue(world)
    queue["later"].priority = Priority.LOW
    queue["later"].save()
    assert queue["urgent_mail"].urgency == "high" and queue["quote"].urgency != "high"
    body = world.client(world.alice).get("/q/new/?order=urgent").content.decode()
    expected = ["lead_marked", "overdue", "due_soon", "urgent_mail", "quote", "later"]
    assert _ids(body) == [queue[name].pk for name in expected]


def _paged_ids(size: int = 2) -> list[int]:
    """Every conversation, in 緊急度順, read page after page by the cursor."""
    seen: list[int] = []
    page = assist_queries.urgent_page(Conversation.objects.all(), None, size=size)
    while True:
        seen += [c.pk for c in page.conversations]
        if not page.next_cursor:
            return seen
        page = assist_queries.urgent_page(Conversation.objects.all(), page.next_cursor, size=size)


def test_its_pages_keep_the_order_across_sla_states(world: World) -> None:
    queue = _queue(world)
    seen = _paged_ids()
    first = ["lead_marked", "overdue", "due_soon", "urgent_mail"]
    assert seen[:4] == [queue[name].pk for name in first]
    assert sorted(seen) == sorted(c.pk for c in queue.values())


def test_inside_overdue_and_due_soon_the_earliest_deadline_comes_first(world: World) -> None:
    """Walk 20 G9: under 期限超過 a row due at 17:00 came before rows due at 10:35 and 14:00,
    because the triage score ordered them. The deadline orders them; the score still orders the
    rows with no deadline near, and paging keeps the order."""
    at = timezone.now()
    rows = {
        # name: (text, the deadline from now, the warning from now)
        "late_calm": (QUOTE, -timedelta(hours=5), -timedelta(hours=6)),
        "late_urgent": (OUTAGE, -timedelta(hours=1), -timedelta(hours=2)),
        "later_calm": (QUOTE, -timedelta(hours=3), -timedelta(hours=4)),
        "soon_urgent": (OUTAGE, timedelta(minutes=50), -timedelta(minutes=10)),
        "soon_calm": (QUOTE, timedelta(minutes=20), -timedelta(minutes=40)),
        "fine_urgent": (OUTAGE, timedelta(hours=6), timedelta(hours=5)),
        "fine_calm": (QUOTE, timedelta(hours=2), timedelta(hours=1)),
    }
    made = {}
    for name, (text, due, warn) in rows.items():
        made[name] = _triaged(world, name, text)
        Conversation.objects.filter(pk=made[name].pk).update(
            sla_due_at=at + due, sla_warn_at=at + warn
        )
    expected = [
        "late_calm",  # overdue by 5 h, however calm the mail
        "later_calm",
        "late_urgent",
        "soon_calm",  # due in 20 min
        "soon_urgent",
        "fine_urgent",  # on time: triage first, as before
        "fine_calm",
    ]
    body = world.client(world.alice).get("/q/new/?order=urgent").content.decode()
    assert _ids(body) == [made[name].pk for name in expected]
    seen = _paged_ids()
    assert seen == [made[name].pk for name in expected]


def test_a_cursor_of_the_older_shape_starts_again_at_the_top(world: World) -> None:
    import base64

    make_conversation(world.support)
    old = base64.urlsafe_b64encode(b"2026-12-01T00:00:00+00:00|1|2|0.5|-|7").decode()
    page = assist_queries.urgent_page(Conversation.objects.all(), old.rstrip("="))
    assert len(page.conversations) == 1


def test_it_shows_one_urgency_badge_with_reasons_not_a_score(world: World) -> None:
    conversation = _triaged(world, "予約システム", OUTAGE)
    conversation.priority = Priority.URGENT
    conversation.save()
    client = world.client(world.alice)
    body = client.get("/q/new/?order=urgent", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    row = _row(body, conversation.pk)
    assert row.count('class="badge urgent"') + row.count('class="badge triage-high"') == 1
    assert "至急" in row and "緊急度：高" not in row
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "スコア" not in page and "score" not in page.lower().replace("scored", "")
    assert "業務・生活が止まっている" in page or "サービスが止まっている" in page


def test_it_renders_reasons_in_the_readers_language_for_a_mail_in_the_other(
    world: World,
) -> None:
    conversation = _triaged(world, "予約システム", OUTAGE)
    Agent.objects.filter(user=world.alice).update(language="en")
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    reasons = re.search(r'<ul class="triage-reasons">(.*?)</ul>', page, re.S)
    assert reasons is not None
    text = reasons.group(1)
    assert "a business or a household is stopped" in text or "service down" in text
    assert "予約システム" in text or "表示されず" in text  # the customer's own words, quoted
    assert "止まっている" not in text  # no Japanese reason wording in the English UI
    english = Conversation.objects.get(pk=_triaged(world, "down", "Our site is down since 9am.").pk)
    Agent.objects.filter(user=world.alice).update(language="ja")
    page = world.client(world.alice).get(f"/c/{english.pk}/").content.decode()
    assert "サービスが止まっている" in page


def test_its_one_badge_names_the_heaviest_reason_and_lists_them_all(world: World) -> None:
    queue = _queue(world)
    urgent = queue["urgent_mail"]
    Conversation.objects.filter(pk=urgent.pk).update(
        sla_due_at=timezone.now() - timedelta(minutes=5)
    )
    body = world.client(world.alice).get("/q/new/?order=urgent", HTTP_ACCEPT_LANGUAGE="ja")
    row = _row(body.content.decode(), urgent.pk)
    badges = re.findall(
        r'<span class="badge (urgent|late|soon|triage-high|low)" title="([^"]*)"', row
    )
    assert len(badges) == 1
    kind, title = badges[0]
    assert kind == "late"  # past the SLA deadline weighs more than triage's level
    assert "SLA の期限" in title and "止まっている" in title  # and triage's reasons follow
    due_soon = _row(body.content.decode(), queue["due_soon"].pk)
    assert 'class="badge soon"' in due_soon and "期限間近" in due_soon
    quote = _row(body.content.decode(), queue["quote"].pk)
    assert not re.search(r'class="badge (urgent|late|soon|triage-high|low)"', quote)
    page = world.client(world.alice).get(f"/c/{urgent.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    text = page.content.decode()
    assert 'href="#urgency-reasons"' in text and "Past its SLA deadline" in text
