"""Open work per person on the reports page (walk 8 finding 13: the lead found who has how
much only through the search facets): new, open, waiting and overdue for each owner, each
number linking to that part of the queue, which then shows exactly those conversations."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def _owned(world: World, owner, status: str, *, overdue: bool = False) -> Conversation:  # type: ignore[no-untyped-def]
    conversation = make_conversation(world.support, f"{status} {owner}", status=status)
    conversation.owner = owner
    if overdue:
        conversation.sla_due_at = timezone.now() - timedelta(hours=1)
    conversation.save()
    return conversation


def _row(page: str, name: str) -> list[tuple[str, str]]:
    row = re.search(rf"<tr>\s*<th>{re.escape(name)}</th>(.*?)</tr>", page, re.S)
    assert row, f"no row for {name}"
    return re.findall(r'<a href="([^"]+)">(\d+)</a>', row.group(1))


def test_the_lead_sees_open_work_per_person_and_each_number_opens_that_queue(
    world: World,
) -> None:
    _owned(world, world.alice, "new")
    _owned(world, world.alice, "open", overdue=True)
    _owned(world, world.alice, "open")
    _owned(world, world.alice, "waiting")
    _owned(world, world.alice, "resolved")  # done: not on her desk
    _owned(world, world.bob, "open")
    _owned(world, None, "new")
    other = make_conversation(world.sales, "another team's")  # not the lead's to see
    other.owner = world.charlie
    other.save()

    lead = world.client(world.lead)
    page = lead.get("/reports/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "今この時点の担当者別の未完了" in page
    alice = world.alice.pk
    assert _row(page, "佐藤 アリス") == [
        (f"/q/new/?owner={alice}", "1"),
        (f"/q/open/?owner={alice}", "2"),
        (f"/q/waiting/?owner={alice}", "1"),
        (f"/q/overdue/?owner={alice}", "1"),
    ]
    assert [n for _url, n in _row(page, "bob")] == ["0", "1", "0", "0"]
    assert [n for _url, n in _row(page, "未割り当て")] == ["1", "0", "0", "0"]
    assert "charlie" not in page

    # The link opens the queue filtered to her: her two open conversations, nobody else's.
    queue = lead.get(f"/q/open/?owner={alice}", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "対応中 — 佐藤 アリス" in queue
    assert queue.count("open alice") == 2 and "open bob" not in queue
    overdue = lead.get(f"/q/overdue/?owner={alice}").content.decode()
    assert overdue.count("open alice") == 1
    assert lead.get("/q/open/?owner=nobody").status_code == 404


def test_the_english_page_names_the_columns_in_english(world: World) -> None:
    _owned(world, world.bob, "waiting")
    page = world.client(world.lead).get("/reports/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Open now, per person" in page
    assert "Waiting on customer" in page
