"""`customer:` with a Japanese value (issue 15): it is answered by the customer tokens in
each conversation's document (search/backends.py: CUSTOMER_MARK on SQLite, the `¦c`
lexemes of PostgresBackend.party_statements on PostgreSQL), which triggers keep right
when a customer or its organisation is renamed, an address comes or goes, or a
conversation moves to another customer. The results are the same on both databases,
which is what runs here."""

from __future__ import annotations

import pytest
from django.db import connection
from test_conversation_index import admin, found, threads  # noqa: F401

from madoguchi.actions.records import update_customer, update_organization
from madoguchi.models import Conversation, Customer, CustomerAddress, Organization

pytestmark = pytest.mark.django_db


def test_it_finds_a_customer_by_a_japanese_name_of_any_length_and_width(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    assert found(admin, "customer:佐藤", threads) == ["refund"]
    assert found(admin, "customer:藤", threads) == ["refund"]  # one character
    assert found(admin, "customer:佐藤花子", threads) == []  # the name has a space
    assert found(admin, "customer:田中", threads) == ["money"]
    assert found(admin, "customer:佐藤 返金", threads) == ["refund"]
    assert found(admin, "customer:佐藤 解約", threads) == []
    assert found(admin, "customer:鈴木 解約", threads) == ["split"]
    assert found(admin, "返金 -customer:佐藤", threads) == ["split"]
    assert found(admin, "customer:佐藤 OR customer:田中", threads) == ["money", "refund"]
    refund = threads["refund"]
    update_customer(admin, refund.customer_id, name="サトウ　ハナコ", notes="", custom={})
    assert found(admin, "customer:ｻﾄｳ", threads) == ["refund"]  # half-width kana
    assert found(admin, "customer:サトウ", threads) == ["refund"]
    assert found(admin, "customer:ﾊﾅｺ 返金", threads) == ["refund"]
    assert found(admin, "customer:佐藤", threads) == []  # renamed


def test_it_follows_organisations_addresses_and_moves(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    refund, split = threads["refund"], threads["split"]
    aoba = Organization.objects.create(name="青葉物流", domain="aoba.co.jp")
    # A bulk update that bypasses the actions reaches the documents too (a trigger).
    Customer.objects.filter(pk=refund.customer_id).update(organization=aoba)
    assert found(admin, "customer:青葉物流", threads) == ["refund"]
    assert found(admin, "customer:物流 返金", threads) == ["refund"]
    update_organization(admin, aoba.pk, name="みどり運輸", notes="", custom={})
    assert found(admin, "customer:青葉", threads) == []
    assert found(admin, "customer:ミドリ", threads) == []  # hiragana is not katakana
    assert found(admin, "customer:みどり運輸", threads) == ["refund"]
    Customer.objects.filter(pk=refund.customer_id).update(organization=None)
    assert found(admin, "customer:みどり", threads) == []
    address = CustomerAddress.objects.create(customer_id=split.customer_id, address="営業@会社.jp")
    assert found(admin, "customer:営業", threads) == ["split"]
    address.delete()
    assert found(admin, "customer:営業", threads) == []
    # The conversation moves to another customer (as a merge or a correction does).
    Conversation.objects.filter(pk=refund.pk).update(customer_id=split.customer_id)
    assert found(admin, "customer:鈴木", threads) == ["split", "refund"]
    assert found(admin, "customer:佐藤", threads) == []
    Customer.objects.filter(pk=split.customer_id).delete()
    assert found(admin, "customer:鈴木", threads) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's customer tokens")
def test_it_reads_no_customer_table_for_a_japanese_customer_on_sqlite(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    executed: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert found(admin, "customer:佐藤 返金", threads, with_facets=True) == ["refund"]
    assert executed and not any("madoguchi_customer" in sql for sql in executed)
    executed.clear()
    with connection.execute_wrapper(record):
        assert found(admin, "customer:sato", threads) == []  # Latin: LIKE, as before
    assert any('"madoguchi_customer"."name" LIKE' in sql for sql in executed)
