"""The conversation page: timeline, folded quotes, customer panel, constant queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from madoguchi.actions.conversations import assign
from madoguchi.actions.notes import add_note
from tests.web.conftest import World, add_message, make_conversation

QUOTED = (
    "ありがとうございます。\n\n"
    "2026年1月5日 10:00 サポート <support@example.com>:\n> 以前の回答です\n"
)


def test_it_folds_quoted_history(world: World) -> None:
    conversation = make_conversation(world.support, text=QUOTED)
    body = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "ありがとうございます。" in body
    folded = body[body.index('class="quoted"') :]
    assert "以前の回答です" in folded


def test_it_shows_notes_and_events_in_order(world: World) -> None:
    conversation = make_conversation(world.support)
    assign(world.alice, conversation, world.alice)
    add_note(world.alice, conversation, "@bob 確認お願いします")
    body = world.client(world.bob).get(f"/c/{conversation.pk}/").content.decode()
    # The header names the owner too (walk 12 F-3): the assignment event is after the mail.
    mail = body.index("返金をお願いします")
    assert mail < body.index("佐藤 アリス", mail) < body.index("確認お願いします")


def test_it_shows_the_customers_other_conversations(world: World) -> None:
    first = make_conversation(world.support, subject="請求書の再発行")
    colleague = make_conversation(
        world.support, subject="同僚の問い合わせ", sender="jiro@customer.example", name="次郎"
    )
    hidden = make_conversation(world.sales, subject="営業の話")
    current = make_conversation(world.support, subject="再度の問い合わせ")
    body = world.client(world.alice).get(f"/c/{current.pk}/").content.decode()
    assert f"/c/{first.pk}/" in body
    assert f"/c/{colleague.pk}/" in body  # the organisation's other conversations
    assert f"/c/{hidden.pk}/" not in body


def test_it_offers_to_merge_a_likely_predecessor(world: World) -> None:
    old = make_conversation(world.support, subject="ログインできない", age=timedelta(days=1))
    new = make_conversation(world.support, subject="まだログインできない")
    new.likely_predecessors.add(old)
    client = world.client(world.alice)
    body = client.get(f"/c/{new.pk}/").content.decode()
    assert f'action="/c/{old.pk}/merge/preview/"' in body
    response = client.post(f"/c/{old.pk}/merge/", {"target": new.pk, "confirm": "1"})
    assert response.status_code == 303
    assert new.messages.count() == 2


def test_mentions_are_marked_read_when_the_conversation_is_opened(world: World) -> None:
    conversation = make_conversation(world.support)
    add_note(world.alice, conversation, "@bob 見てください")
    client = world.client(world.bob)
    assert "見てください" in client.get("/mentions/").content.decode()
    client.get(f"/c/{conversation.pk}/")
    assert world.bob.mentions.filter(read_at__isnull=True).count() == 0


def test_it_uses_the_same_number_of_queries_for_a_long_conversation(
    world: World, django_assert_max_num_queries: Any
) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.get(f"/c/{conversation.pk}/")
    # 40: the visible mailboxes (a list of ids, not a subquery the PostgreSQL planner
    # re-ran per row, s12) are read once per request, not by each of the page's six
    # visible_conversations() calls and the sidebar counts (46 before, s13), and the
    # sidebar's list of mailboxes is the same read (41 before, s14). 41: the header's
    # 評価：不満 flag (walk 13, F19), one query whatever the conversation's length.
    # 42: the sidebar's 送信失敗 count is read apart (s44: two index reads
    # instead of a walk of every conversation).
    with django_assert_max_num_queries(42) as few:
        client.get(f"/c/{conversation.pk}/")
    for i in range(20):
        add_message(conversation, f"追加のメッセージ {i}")
        add_note(world.bob, conversation, f"メモ {i}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/c/{conversation.pk}/")
