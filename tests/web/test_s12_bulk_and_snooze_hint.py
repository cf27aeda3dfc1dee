"""Walk 11, F-3 (second half): the bulk bar knows which mailboxes each person may be given
work in, so the page can name the ticked rows that would be refused before 適用 (the
browser half is in tests/browser/test_bulk_flow.py); the English snooze hint ends with
one full stop ("9:02 p.m.", not "p.m.."), the Japanese keeps its date format."""

from __future__ import annotations

import re

from madoguchi.models import Agent
from tests.web.conftest import World, make_conversation


def test_each_assignee_says_which_mailboxes_they_take_and_each_row_its_mailbox(
    world: World,
) -> None:
    ours = make_conversation(world.support, "サポートの件", sender="a@one.example")
    theirs = make_conversation(world.sales, "営業の件", sender="b@two.example")
    page = world.client(world.admin).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    bob = re.search(rf'<option value="{world.bob.pk}" data-takes="([^"]*)"', page)
    assert bob is not None and bob.group(1) == str(world.support.pk)
    me = re.search(r'<option value="me" data-takes="([^"]*)"', page)
    assert me is not None and me.group(1) == "all"  # an admin may be given any mailbox's
    assert f'data-href="/c/{ours.pk}/" data-mailbox="{world.support.pk}"' in page
    assert f'data-href="/c/{theirs.pk}/" data-mailbox="{world.sales.pk}"' in page
    assert "この担当者のチームのメールボックスではないため割り当てられません：{rows}" in page


def _hint(page: str) -> str:
    found = re.search(r'class="muted snooze-reply-hint" data-for="snooze">([^<]*)<', page)
    assert found is not None
    return found.group(1)


def test_the_snooze_hint_ends_with_one_full_stop_in_english(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    make_conversation(world.support, status="waiting")
    client = world.client(world.alice)
    english = _hint(client.get("/q/waiting/", HTTP_ACCEPT_LANGUAGE="en").content.decode())
    assert english.rstrip().endswith(".") and ".." not in english, english
    # Written as the timeline writes dates (walk 20 G17), which ends with no stop of its own.
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d\.$", english.rstrip()), english
    japanese = _hint(client.get("/q/waiting/", HTTP_ACCEPT_LANGUAGE="ja").content.decode())
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日", japanese), japanese
