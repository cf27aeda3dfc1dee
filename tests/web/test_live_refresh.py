"""Counts, badges and the queue refresh by themselves (htmx polling) and agree across web
processes: they are read from the database on every request, never from a per-process cache."""

from __future__ import annotations

import re
from typing import Any

from madoguchi.actions.conversations import assign
from madoguchi.actions.notes import add_note
from tests.web.conftest import World, make_conversation


def _new_count(body: str) -> str:
    found = re.search(r'href="/q/new/"[^>]*><span>.*?</span><em>(\d+)</em>', body, re.S)
    assert found, body[:500]
    return found.group(1)


def test_every_page_polls_for_counts_and_badges(world: World) -> None:
    body = world.client(world.alice).get("/q/new/").content.decode()
    poller = re.search(r'<div hidden id="live-refresh" hx-get="([^"]+)" hx-trigger="([^"]+)"', body)
    assert poller is not None
    assert poller.group(1) == "/live/?kind=new&amp;key="
    assert poller.group(2) == "every 30s, madoguchi:poll"


def test_a_change_made_elsewhere_shows_at_the_next_refresh(world: World) -> None:
    """What another web process (or the worker) wrote is counted at once: no cached copy."""
    client = world.client(world.alice)
    make_conversation(world.support)
    assert _new_count(client.get("/q/new/").content.decode()) == "1"
    second = make_conversation(world.support)  # fetched by the worker, say
    add_note(world.bob, second, "@佐藤さん 見てください")
    assign(world.lead, make_conversation(world.support), world.alice)
    refreshed = client.get("/live/?kind=new&key=", HTTP_HX_REQUEST="true").content.decode()
    assert _new_count(refreshed) == "3"  # assigning is not answering: it stays 未対応
    assert '<nav class="folders" id="folders" hx-swap-oob="true">' in refreshed
    assert re.search(r'href="/q/new/" class="status-new active"', refreshed)
    assert re.search(
        r'hx-swap-oob="innerHTML:\.notify-badge"> <b>2</b>', refreshed
    )  # the mention and the assignment
    assert re.search(r'hx-swap-oob="innerHTML:\.mention-badge"> <b>1</b>', refreshed)
    assert "<html" not in refreshed


def test_the_refresh_costs_the_same_queries_whatever_the_rows(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.alice)
    client.get("/live/")  # the session is set up
    # 8 (s14; 9 before the sidebar's mailboxes and the ids were one read).
    # 9: the sidebar's 送信失敗 count is read apart (s44: two index reads
    # instead of a walk of every conversation).
    with django_assert_max_num_queries(9) as few:
        client.get("/live/?kind=mine", HTTP_HX_REQUEST="true")
    for _ in range(20):
        conversation = make_conversation(world.support)
        conversation.labels.add(world.label)
        assign(world.lead, conversation, world.alice)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/live/?kind=mine", HTTP_HX_REQUEST="true")


def test_the_idle_queue_refresh_gets_its_rows_only(world: World) -> None:
    client = world.client(world.alice)
    page = client.get("/q/new/").content.decode()
    assert 'hx-get="/q/new/" hx-trigger="madoguchi:refresh"' in page
    newcomer = make_conversation(world.support, subject="新しい問い合わせ")
    rows = client.get(
        "/q/new/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="queue-rows"
    ).content.decode()
    assert f'data-href="/c/{newcomer.pk}/"' in rows
    assert "新しい問い合わせ" in rows and "<html" not in rows


def test_signed_out_the_refresh_sends_to_the_login(world: World) -> None:
    response = world.client(None).get("/live/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_empty_queue_message_goes_when_a_refresh_brings_rows(world: World) -> None:
    client = world.client(world.alice)
    refresh = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "queue-rows"}
    page = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    body = page[page.index('<tbody id="queue-rows"') : page.index("</tbody>")]
    assert 'class="empty-row"' in body
    make_conversation(world.support)
    assert 'class="empty-row"' not in client.get("/q/new/", **refresh).content.decode()
