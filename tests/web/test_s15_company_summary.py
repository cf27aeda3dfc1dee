"""A company's page says at a glance what is open, owed and late for it and whether it is
a VIP, before its history and its form (walk 12, F-13 rest) — counted in one query, however
many conversations the company has."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from madoguchi.models import Conversation, Label
from tests.web.conftest import World, make_conversation


def _counts(page: str) -> dict[str, str]:
    block = page.split('class="record-counts"', 1)[1].split("</dl>", 1)[0]
    found = {}
    for item in block.split("<dt>")[1:]:
        name, rest = item.split("</dt>", 1)
        found[name] = rest.split("<dd>", 1)[1].split("</dd>", 1)[0]
    return found


def _hikari(world: World) -> Any:
    """Two new mails (one late, nobody on either), one 対応中 with alice, one snoozed late
    one, one waiting on the customer, one resolved."""
    past = timezone.now() - timedelta(hours=3)
    late = make_conversation(world.support, "CSVの文字化け", sender="a@hikari.example")
    Conversation.objects.filter(pk=late.pk).update(sla_due_at=past)
    make_conversation(world.support, "請求書の宛名", sender="a@hikari.example")
    mine = make_conversation(world.support, "権限の設定", sender="b@hikari.example")
    Conversation.objects.filter(pk=mine.pk).update(owner=world.alice, status="open")
    sleeping = make_conversation(world.support, "更新の件", sender="b@hikari.example")
    Conversation.objects.filter(pk=sleeping.pk).update(
        status="open", sla_due_at=past, snoozed_until=timezone.now() + timedelta(days=1)
    )
    make_conversation(world.support, "見積の返事", sender="a@hikari.example", status="waiting")
    make_conversation(world.support, "先月の件", sender="a@hikari.example", status="resolved")
    return late.customer.organization


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("ja", ("未完了", "こちらの対応待ち", "期限超過", "未割り当て", "返信待ち")),
        ("en", ("Open", "Waiting on us", "Overdue", "Unassigned", "Waiting on customer")),
    ],
)
def test_the_company_page_counts_what_is_open_owed_and_late(
    world: World, language: str, names: tuple[str, ...]
) -> None:
    organization = _hikari(world)
    page = (
        world.client(world.lead)
        .get(f"/organizations/{organization.pk}/", HTTP_ACCEPT_LANGUAGE=language)
        .content.decode()
    )
    # The snoozed late one is open but neither owed nor overdue until it wakes, as in the queue.
    assert _counts(page) == dict(zip(names, ("5", "3", "1", "2", "1"), strict=True))
    assert page.index("record-counts") < page.index("record-conversations")
    assert 'class="badge vip"' not in page


def test_a_company_with_a_vip_conversation_is_marked_vip(world: World) -> None:
    organization = _hikari(world)
    vip = Label.objects.create(name="VIP")
    Conversation.objects.filter(customer__organization=organization).first().labels.add(vip)  # type: ignore[union-attr]
    page = (
        world.client(world.lead)
        .get(f"/organizations/{organization.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    heading = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert 'class="badge vip"' in heading
    assert "この会社の問い合わせのラベル" in page  # not 「この方の」 on a company


def test_a_company_sees_no_team_b_work_in_its_counts(world: World) -> None:
    organization = _hikari(world)
    make_conversation(world.sales, "営業への見積依頼", sender="a@hikari.example")
    page = world.client(world.alice).get(f"/organizations/{organization.pk}/").content.decode()
    assert list(_counts(page).values())[0] == "5"


def test_the_summary_costs_the_same_queries_for_many_conversations(
    world: World, django_assert_max_num_queries: Any
) -> None:
    organization = _hikari(world)
    client = world.client(world.lead)
    with django_assert_max_num_queries(40) as few:
        client.get(f"/organizations/{organization.pk}/")
    for number in range(20):
        make_conversation(world.support, f"追加の質問 {number}", sender="c@hikari.example")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(f"/organizations/{organization.pk}/").content.decode()
    assert list(_counts(page).values())[0] == "25"
