"""A customer's page and a company's page show their conversations (open ones first), the
customer's addresses and company, the company's people — only what the reader may see — so
someone who never saw them can stand in from there (s10 walk F20: edit forms only)."""

from __future__ import annotations

import pytest

from tests.web.conftest import World, make_conversation


@pytest.mark.parametrize(
    ("language", "heading"), [("ja", "問い合わせ（2 件）"), ("en", "Conversations (2)")]
)
def test_the_customer_page_lists_their_conversations_open_first(
    world: World, language: str, heading: str
) -> None:
    closed = make_conversation(world.support, "先月の請求書", status="resolved")
    open_one = make_conversation(world.support, "返金のお願い", status="open")
    hidden = make_conversation(world.sales, "営業への見積依頼")  # team B's mailbox
    customer = open_one.customer
    assert customer is not None and closed.customer == customer == hidden.customer

    page = (
        world.client(world.alice)
        .get(f"/customers/{customer.pk}/", HTTP_ACCEPT_LANGUAGE=language)
        .content.decode()
    )
    assert heading in page
    assert page.index("返金のお願い") < page.index("先月の請求書")
    assert "営業への見積依頼" not in page
    assert "taro@customer.example" in page  # the address, to write or search by
    assert customer.organization is not None
    assert f"/organizations/{customer.organization.pk}/" in page


def test_the_company_page_lists_its_people_and_their_conversations(world: World) -> None:
    first = make_conversation(world.support, "返金のお願い", status="open")
    second = make_conversation(
        world.support, "ログインできません", sender="hanako@customer.example", name="山田 花子"
    )
    organization = first.customer.organization if first.customer else None
    assert organization is not None and second.customer is not None
    assert second.customer.organization == organization
    page = (
        world.client(world.alice)
        .get(f"/organizations/{organization.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "この会社のお客様" in page and "山田 花子" in page and "山田 太郎" in page
    assert "返金のお願い" in page and "ログインできません" in page
