"""The search box: Japanese words of any length, filters, highlighted snippets."""

from __future__ import annotations

from typing import Any

from tests.web.conftest import World, make_conversation


def test_it_finds_a_two_character_japanese_word_and_highlights_it(world: World) -> None:
    found = make_conversation(world.support, subject="ご相談", text="先月分の返金をお願いします")
    other = make_conversation(world.support, subject="ログイン", text="ログインできません")
    body = world.client(world.alice).get("/search/", {"q": "返金"}).content.decode()
    assert f"/c/{found.pk}/" in body and f"/c/{other.pk}/" not in body
    assert "<mark>返金</mark>" in body


def test_a_word_typed_with_its_ending_is_highlighted_whole(world: World) -> None:
    """届かなかった is searched by its part 届; the snippet marks the word as typed where the
    mail has it, and the part where it does not (届きません)."""
    whole = make_conversation(world.support, subject="ご相談", text="請求書が届かなかったようです")
    part = make_conversation(world.support, subject="ご相談", text="請求書が届きません")
    body = world.client(world.alice).get("/search/", {"q": "届かなかった"}).content.decode()
    results = {
        pk: body.split(f'href="/c/{pk}/"')[1].split("</li>")[0] for pk in (whole.pk, part.pk)
    }
    assert "<mark>届かなかった</mark>" in results[whole.pk]
    assert "<mark>届</mark>きません" in results[part.pk]


def test_it_filters_by_status(world: World) -> None:
    waiting = make_conversation(world.support, text="解約したい", status="waiting")
    new = make_conversation(world.support, text="解約の方法")
    body = world.client(world.alice).get("/search/", {"q": "解約 status:返信待ち"}).content.decode()
    assert f"/c/{waiting.pk}/" in body and f"/c/{new.pk}/" not in body


def test_it_uses_the_same_number_of_queries_for_many_results(
    world: World, django_assert_max_num_queries: Any
) -> None:
    from django.core.cache import cache

    client = world.client(world.alice)
    make_conversation(world.support, text="返金をお願いします").labels.add(world.label)
    client.get("/search/", {"q": "返金"})  # the session is set up
    cache.clear()
    # The page, facets (4), sidebar counts and the approvals badge: fixed, whatever the rows.
    # 24: the visible mailboxes are read once per request, the sidebar's list and the
    # ids alike (s14: 25; s13: 27 when each visible_conversations() call and the sidebar
    # counts read them again, s12).
    # 25: the sidebar's 送信失敗 count is read apart (s44: two index reads
    # instead of a walk of every conversation).
    with django_assert_max_num_queries(25) as few:
        client.get("/search/", {"q": "返金"})
    for i in range(25):
        conversation = make_conversation(
            world.support, text=f"返金の件 {i}", sender=f"c{i}@customer.example"
        )
        conversation.labels.add(world.label)
        conversation.owner = world.bob
        conversation.save()
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get("/search/", {"q": "返金"}).content.decode()
    assert body.count("<mark>返金</mark>") >= 20
