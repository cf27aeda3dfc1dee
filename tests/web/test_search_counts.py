"""The search page shows its results at once and asks for the counts (how many matched, and
the chips that narrow them) in a second request as it loads; without JavaScript a link draws
the page again with both. The counts request reads a fixed number of statements."""

from __future__ import annotations

import html
from typing import Any

from tests.web.conftest import World, make_conversation


def _hx_get(body: str) -> str:
    counts = body.split('id="search-counts"')[1].split(">")[0]
    return html.unescape(counts.split('hx-get="')[1].split('"')[0])


def test_the_page_shows_results_and_asks_for_the_counts(world: World) -> None:
    first = make_conversation(world.support, subject="返金1", text="返金をお願いします")
    second = make_conversation(
        world.support, subject="返金2", text="返金の件です", status="waiting"
    )
    first.labels.add(world.label)
    client = world.client(world.alice)
    body = client.get("/search/", {"q": "返金", "order": "relevance"}).content.decode()
    assert f"/c/{first.pk}/" in body and f"/c/{second.pk}/" in body
    assert 'class="facets"' not in body  # not drawn in the page itself
    asked = _hx_get(body)
    assert "part=counts" in asked and "order=relevance" in asked and "q=" in asked
    counts = client.get(f"/search/{asked}", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in counts  # a piece for the page, not a page
    assert "2 件の問い合わせ" in counts or "2 conversations" in counts
    chips = counts.split('class="facets"')[1]
    assert "請求" in chips and "&amp;order=relevance" in chips
    assert f"/c/{first.pk}/" not in counts  # no results: the page has them


def test_without_javascript_a_link_draws_the_counts_in_the_page(world: World) -> None:
    make_conversation(world.support, subject="返金1", text="返金をお願いします")
    client = world.client(world.alice)
    body = client.get("/search/", {"q": "返金"}).content.decode()
    noscript = body.split("<noscript>")[1].split("</noscript>")[0]
    link = html.unescape(noscript.split('href="')[1].split('"')[0])
    assert "counts=1" in link
    inline = client.get(f"/search/{link}").content.decode()
    assert 'class="facets"' in inline and "hx-get" not in inline.split('id="search-counts"')[1][:80]
    assert "1 件の問い合わせ" in inline or "1 conversation" in inline


def test_a_query_with_a_problem_asks_for_no_counts(world: World) -> None:
    body = world.client(world.alice).get("/search/", {"q": "after:2026-13-45"}).content.decode()
    assert 'role="alert"' in body
    assert 'id="search-counts"' not in body


def test_the_counts_read_a_fixed_number_of_statements(
    world: World, django_assert_max_num_queries: Any
) -> None:
    from django.core.cache import cache

    client = world.client(world.alice)
    make_conversation(world.support, text="返金をお願いします").labels.add(world.label)
    asks = {"q": "返金", "part": "counts"}
    client.get("/search/", asks, HTTP_HX_REQUEST="true")  # the session is set up
    cache.clear()
    with django_assert_max_num_queries(20) as few:
        client.get("/search/", asks, HTTP_HX_REQUEST="true")
    for i in range(25):
        conversation = make_conversation(world.support, text=f"返金の件 {i}")
        conversation.labels.add(world.label)
        conversation.owner = world.bob
        conversation.save()
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        counts = client.get("/search/", asks, HTTP_HX_REQUEST="true").content.decode()
    assert "26 件の問い合わせ" in counts or "26 conversations" in counts
