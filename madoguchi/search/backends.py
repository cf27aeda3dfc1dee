"""The two index backends behind one interface: SQLite FTS5 and PostgreSQL tsvector.

Both store the same pre-tokenised text (search/tokens.py) in a plain word index, so a
query means the same on either database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connection

TABLE = "madoguchi_search"

# A phrase: its tokens in order, and whether the last one is a prefix. A term: the phrases
# any of which it matches (a word and its stem family; one phrase for everything else).
Phrase = tuple[list[str], bool]
Term = Sequence[Phrase]


class Backend:
    def create(self) -> list[str]:
        raise NotImplementedError

    def drop(self) -> list[str]:
        return [f"DROP TABLE IF EXISTS {TABLE}"]

    def index(self, rows: Sequence[tuple[int, str]]) -> None:
        """rows: (message id, tokens); replaces what was indexed for those messages."""
        raise NotImplementedError

    def match_sql(self, terms: Sequence[Term], any_of: bool = False) -> tuple[str, list[Any]]:
        """SQL selecting the message ids matching every term (or any), and its parameters."""
        raise NotImplementedError

    def ranked_sql(
        self, terms: Sequence[Term], limit: int, any_of: bool = False
    ) -> tuple[str, list[Any]]:
        """SQL selecting (conversation id) best match first, at most `limit` rows."""
        raise NotImplementedError


def _either(render: Callable[[list[str], bool], str], joiner: str, term: Term) -> str:
    phrases = [render(tokens, prefix) for tokens, prefix in term]
    return phrases[0] if len(phrases) == 1 else "(" + joiner.join(phrases) + ")"


def _fts5_phrase(tokens: list[str], prefix: bool) -> str:
    quoted = " ".join(tokens)
    return f'"{quoted}"' + ("*" if prefix else "")


class SqliteBackend(Backend):
    def create(self) -> list[str]:
        # detail=full keeps positions for phrase queries. The tokens arrive normalised
        # and space-separated (tokens.py), so the plain 'ascii' tokenizer only has to
        # split at spaces: cheaper than unicode61's per-character classes, same tokens
        # (non-ASCII characters are word characters to it; kana keep their dakuten).
        return [
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(tokens, tokenize = 'ascii')"
        ]

    def index(self, rows: Sequence[tuple[int, str]]) -> None:
        if not rows:
            return
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(r[0],) for r in rows])
            cursor.executemany(f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)", list(rows))

    def _expression(self, terms: Sequence[Term], any_of: bool) -> str:
        joiner = " OR " if any_of else " AND "
        return joiner.join(_either(_fts5_phrase, " OR ", term) for term in terms)

    def match_sql(self, terms: Sequence[Term], any_of: bool = False) -> tuple[str, list[Any]]:
        expression = self._expression(terms, any_of)
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression]

    def ranked_sql(
        self, terms: Sequence[Term], limit: int, any_of: bool = False
    ) -> tuple[str, list[Any]]:
        return (
            f"SELECT m.conversation_id FROM {TABLE} s JOIN madoguchi_message m ON m.id = s.rowid "
            f"WHERE s.tokens MATCH %s GROUP BY m.conversation_id ORDER BY min(s.rank) LIMIT %s",
            [self._expression(terms, any_of), limit],
        )


def _tsquery_phrase(tokens: list[str], prefix: bool) -> str:
    # Tokens are runs of word characters (tokens.py), so quoting them is enough.
    lexemes = [f"'{token}'" for token in tokens]
    if prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


class PostgresBackend(Backend):
    def create(self) -> list[str]:
        return [
            # No foreign key: Django's test flush truncates madoguchi_message without
            # CASCADE and does not know this table; rows of deleted messages are removed
            # by a post_delete handler (search/signals.py).
            f"CREATE TABLE IF NOT EXISTS {TABLE} ("
            " message_id bigint PRIMARY KEY,"
            " tsv tsvector NOT NULL)",
            f"CREATE INDEX IF NOT EXISTS {TABLE}_tsv ON {TABLE} USING GIN (tsv)",
        ]

    def index(self, rows: Sequence[tuple[int, str]]) -> None:
        if not rows:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (message_id, tsv) VALUES (%s, to_tsvector('simple', %s)) "
                "ON CONFLICT (message_id) DO UPDATE SET tsv = EXCLUDED.tsv",
                list(rows),
            )

    def _expression(self, terms: Sequence[Term], any_of: bool) -> str:
        joiner = " | " if any_of else " & "
        return joiner.join(_either(_tsquery_phrase, " | ", term) for term in terms)

    def match_sql(self, terms: Sequence[Term], any_of: bool = False) -> tuple[str, list[Any]]:
        return (
            f"SELECT message_id FROM {TABLE} WHERE tsv @@ to_tsquery('simple', %s)",
            [self._expression(terms, any_of)],
        )

    def ranked_sql(
        self, terms: Sequence[Term], limit: int, any_of: bool = False
    ) -> tuple[str, list[Any]]:
        expression = self._expression(terms, any_of)
        return (
            f"SELECT m.conversation_id FROM {TABLE} s "
            "JOIN madoguchi_message m ON m.id = s.message_id "
            f"WHERE s.tsv @@ to_tsquery('simple', %s) GROUP BY m.conversation_id "
            f"ORDER BY max(ts_rank(s.tsv, to_tsquery('simple', %s))) DESC LIMIT %s",
            [expression, expression, limit],
        )


def backend_for(vendor: str | None = None) -> Backend:
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return PostgresBackend()
    if vendor == "sqlite":
        return SqliteBackend()
    raise RuntimeError(f"search: no backend for the {vendor} database")


def delete_messages(message_ids: Iterable[int]) -> None:
    ids = [(i,) for i in message_ids]
    if not ids:
        return
    column = "rowid" if connection.vendor == "sqlite" else "message_id"
    with connection.cursor() as cursor:
        cursor.executemany(f"DELETE FROM {TABLE} WHERE {column} = %s", ids)
