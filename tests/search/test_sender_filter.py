"""`from:` with a Japanese value (issue 15) finds the conversations one of whose
messages was sent by that name, whichever message, and follows messages that move
(merge, unmerge). On PostgreSQL it is answered by the senders' marked lexemes in each
conversation's document, and `customer:` by the customer's (search/backends.py,
PostgresBackend.party_statements); on SQLite by the index and the matches' senders.
The results are the same on both databases, which is what runs here."""

from __future__ import annotations

import pytest
from django.db import connection
from test_conversation_index import START, admin, found, ingest, threads  # noqa: F401

from madoguchi.actions.conversations import merge, set_status, unmerge
from madoguchi.actions.ingest import IngestSession
from madoguchi.models import Conversation, Status
from madoguchi.search.backends import CONVERSATION_TABLE, PostgresBackend

pytestmark = pytest.mark.django_db


def test_it_finds_a_sender_by_a_japanese_name_of_any_length(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    assert START  # the threads' dates: refund is older than split
    assert found(admin, "from:佐藤", threads) == ["refund"]
    assert found(admin, "from:藤", threads) == ["refund"]  # one character
    assert found(admin, "from:花子", threads) == ["refund"]
    assert found(admin, "from:佐藤花子", threads) == []  # the name has a space
    # A word of the text that no sender has: the text does not count.
    assert found(admin, "from:返金", threads) == []
    assert found(admin, "from:佐藤 返金", threads) == ["refund"]
    assert found(admin, "from:佐藤 解約", threads) == []
    assert found(admin, "返金 -from:佐藤", threads) == ["split"]
    assert found(admin, "from:佐藤 OR from:鈴木", threads) == ["split", "refund"]
    assert found(admin, "from:split@", threads) == ["split"]  # Latin: LIKE, as before
    set_status(admin, threads["split"], Status.OPEN)
    assert found(admin, "from:鈴木 status:open", threads) == ["split"]
    assert found(admin, "from:佐藤 status:open", threads) == []
    assert found(admin, "from:鈴木 customer:鈴木", threads) == ["split"]
    assert found(admin, "from:鈴木 customer:佐藤", threads) == []


def test_it_finds_the_sender_of_any_message_and_follows_merges(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    refund = threads["refund"]
    # A colleague of the customer answers in the same thread.
    ingest(IngestSession(refund.mailbox), "refund", 2, "Re: 返金について", "追記です", "木村 一")
    assert found(admin, "from:木村", threads) == ["refund"]
    assert found(admin, "from:佐藤", threads) == ["refund"]
    merge(admin, threads["money"], refund)
    assert found(admin, "from:田中", threads) == ["refund"]
    unmerge(admin, threads["money"])
    assert found(admin, "from:田中", threads) == ["money"]
    assert found(admin, "from:田中 金曜日", threads) == ["money"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's marked lexemes")
def test_it_reads_no_message_or_customer_table_for_japanese_names_on_postgresql(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    executed: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        executed.append(sql)
        return execute(sql, params, many, context)

    for text, expected in (
        ("from:佐藤", ["refund"]),
        ("customer:佐藤 返金", ["refund"]),
        ("from:鈴木 customer:鈴木", ["split"]),
    ):
        executed.clear()
        with connection.execute_wrapper(record):
            assert found(admin, text, threads, with_facets=True) == expected
        assert executed
        assert not any('"madoguchi_message"' in sql for sql in executed), text
        assert not any('"madoguchi_customer"' in sql for sql in executed), text


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's migration 0041")
def test_it_gives_existing_documents_their_names_on_postgresql(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
) -> None:
    # Documents as they were before migration 0041: no marked names.
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {CONVERSATION_TABLE} SET tsv = ts_delete(tsv, ARRAY(SELECT lexeme "
            "FROM unnest(tsv) WHERE lexeme LIKE '\u00a6c%%' OR lexeme LIKE '\u00a6f%%'))"
        )
    assert found(admin, "from:佐藤", threads) == []
    with connection.cursor() as cursor:
        for statement in PostgresBackend.rewrite_parties():  # migration 0041
            cursor.execute(statement)
        for statement in PostgresBackend.rewrite_parties():  # idempotent
            cursor.execute(statement)
    assert found(admin, "from:佐藤", threads) == ["refund"]
    assert found(admin, "customer:佐藤 返金", threads) == ["refund"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'tsv'",
            [CONVERSATION_TABLE],
        )
        assert cursor.fetchone()[0] == "m"  # kept in the table's pages (DOCUMENTS_INLINE)
    assert found(admin, '"zzz qqq"', threads) == ["refund"]  # phrases as before
    assert found(admin, '"qqq re"', threads) == []
    assert found(admin, "返金", threads) == ["split", "refund"]
