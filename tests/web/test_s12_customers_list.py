"""Walk 11, F-12: the customers page lists the customers who wrote last (newest first, a
page at a time) before any search, and a customer's page says their labels (VIP) and who
else writes from their company."""

from __future__ import annotations

import re
from datetime import timedelta

from madoguchi.actions import records
from madoguchi.models import Customer, Label
from tests.web.conftest import World, make_conversation


def test_the_customers_page_lists_recent_customers_newest_first(world: World) -> None:
    make_conversation(
        world.support, "古い件", sender="old@a.example", name="古田 一郎", age=timedelta(days=9)
    )
    make_conversation(
        world.support, "新しい件", sender="new@b.example", name="新井 花子", age=timedelta(hours=1)
    )
    make_conversation(world.sales, "営業の件", sender="hidden@c.example", name="見えない 人")
    page = world.client(world.alice).get("/customers/", HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    assert "最近やりとりのあったお客様" in text
    assert text.index("新井 花子") < text.index("古田 一郎")
    assert "見えない 人" not in text  # another team's customer
    assert "1 件の問い合わせ" in text


def test_the_next_page_continues_where_the_first_ended(world: World, monkeypatch) -> None:
    monkeypatch.setattr(records, "RECENT_PAGE", 2)
    monkeypatch.setattr("madoguchi.web.views.records.RECENT_PAGE", 2)
    for number in range(3):
        make_conversation(
            world.support,
            f"件 {number}",
            sender=f"c{number}@x{number}.example",
            name=f"顧客 {number}",
            age=timedelta(hours=1 + number),
        )
    client = world.client(world.alice)
    first = records.recent_customers(world.alice, limit=2)
    assert [row.customer.name for row in first] == ["顧客 0", "顧客 1"]
    text = client.get("/customers/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    more = re.search(r'href="\?before=([^"]+)"', text)
    assert more, text
    second = client.get(f"/customers/?before={more.group(1)}", HTTP_ACCEPT_LANGUAGE="ja")
    body = second.content.decode()
    assert "顧客 2" in body and "顧客 0" not in body
    # A cursor someone typed wrong is the first page, not an error.
    assert client.get("/customers/?before=yesterday").status_code == 200


def test_a_customers_page_shows_their_labels_and_their_colleagues(world: World) -> None:
    vip = Label.objects.create(name="VIP", color="#7c3aed")
    first = make_conversation(
        world.support, "契約更新", sender="yoshida@hikari.example", name="吉田 浩二"
    )
    second = make_conversation(
        world.support, "閲覧権限", sender="yoshida@hikari.example", name="吉田 浩二"
    )
    first.labels.add(vip)
    second.labels.add(vip)
    make_conversation(world.support, "請求書", sender="yamaguchi@hikari.example", name="山口 隆")
    customer = Customer.objects.get(name="吉田 浩二")
    text = (
        world.client(world.alice)
        .get(f"/customers/{customer.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "VIP ×2" in text
    assert "同じ会社のほかのお客様" in text and "山口 隆" in text


def test_a_spam_sender_is_not_listed_among_the_customers(world: World) -> None:
    from madoguchi.models import Conversation, Status

    make_conversation(world.support, "見積の件", sender="real@d.example", name="本物 太郎")
    spam = make_conversation(
        world.support, "当選しました", sender="win@lucky-prize.example", name="当選事務局"
    )
    Conversation.objects.filter(pk=spam.pk).update(status=Status.SPAM)
    text = world.client(world.alice).get("/customers/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "本物 太郎" in text
    assert "当選事務局" not in text
