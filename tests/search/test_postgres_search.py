"""PostgreSQL's own search paths (search/backends.py, PostgresBackend; compile.py,
Compiler.dense): walking the conversations newest first answers what reading every match
answers, and a conversation too big for one tsvector still takes new mail."""

from __future__ import annotations

import pytest
from django.db import connection
from test_conversation_index import QUERIES, admin, found, threads  # noqa: F401

from madoguchi.models import Conversation
from madoguchi.search import compile as search_compile
from madoguchi.search.backends import PG_JOIN

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search paths only"),
]


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_it_answers_the_same_walking_on_postgresql(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    expected: list[str],
) -> None:
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 10**9)  # never walks
    sorted_all = found(admin, text, threads)
    # Walks (facets and page) whenever the sample of newest conversations has a match.
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 1)
    monkeypatch.setattr(search_compile, "PROBES_PER_MATCH", 10**9)
    walked = found(admin, text, threads, with_facets=True)
    assert sorted_all == walked == expected


def test_it_walks_a_common_word_on_postgresql(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 1)
    monkeypatch.setattr(search_compile, "PROBES_PER_MATCH", 10**9)
    executed: list[str] = []

    def record(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert found(admin, "返金", threads) == ["split", "refund"]
    page = [sql for sql in executed if "LIMIT 26" in sql]
    assert page and "OFFSET 0" in page[0]  # tested row by row, newest first


def test_a_conversation_beyond_tsvectors_limit_keeps_what_fits(db: None) -> None:
    # Two messages of ~600 KB of distinct words: each fits in a tsvector, both do not
    # (1 MB). The document keeps the first instead of failing the mail's storage.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT length({PG_JOIN}(a, b)), length(a) FROM ("
            " SELECT to_tsvector('simple', string_agg('a' || g::text || 'xxxxxxxxxx', ' ')) a,"
            " to_tsvector('simple', string_agg('b' || g::text || 'xxxxxxxxxx', ' ')) b"
            " FROM generate_series(1, 40000) g) words"
        )
        joined, first = cursor.fetchone()
    assert joined == first == 40000
