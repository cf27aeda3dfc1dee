"""The two index backends behind one interface: SQLite FTS5 and PostgreSQL tsvector.

Both store the same pre-tokenised text (search/tokens.py) in a plain word index, so a
query means the same on either database.

Two indexes, one per message (TABLE) and one per conversation (CONVERSATION_TABLE):
the conversation's document is its messages' tokens joined by SEPARATOR. A search lists
conversations, and going through messages cost a look-up per matching message to find
its conversation (「返金」 at 100,000 conversations: 34,000 messages, 28 ms of SQLite CPU
before any sorting), then again for the facets. The conversation document gives the
conversation ids straight from the index (14,000 for 返金, ~2 ms). A conversation
contains a word, a phrase or a stem family exactly when one of its messages does (the
separator is a token no query produces, so a phrase never spans two messages), so
single words, phrases, OR and negation mean the same on either index; only several
words ANDed must stay in one message (compile.py), and they still use TABLE.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from django.db import connection

TABLE = "madoguchi_search"
CONVERSATION_TABLE = "madoguchi_search_conversation"
# Between two messages in a conversation's document: not ASCII, so FTS5's 'ascii'
# tokenizer keeps it as a token, and not a word character, so no query term contains it.
SEPARATOR = " \u00a6 "

# A phrase: its tokens in order, and whether the last one is a prefix. A term: the phrases
# any of which it matches (a word and its stem family; one phrase for everything else).
Phrase = tuple[list[str], bool]
Term = Sequence[Phrase]


class Backend:
    def create(self) -> list[str]:
        raise NotImplementedError

    def drop(self) -> list[str]:
        return [f"DROP TABLE IF EXISTS {TABLE}", f"DROP TABLE IF EXISTS {CONVERSATION_TABLE}"]

    def index(self, rows: Sequence[tuple[int, str]]) -> None:
        """rows: (message id, tokens); replaces what was indexed for those messages and
        the documents of their conversations."""
        if not rows:
            return
        self.index_messages_only(rows)
        with connection.cursor() as cursor:
            ids = [pk for pk, _tokens in rows]
            cursor.execute(
                "SELECT DISTINCT conversation_id FROM madoguchi_message WHERE id IN "
                f"({', '.join(['%s'] * len(ids))})",
                ids,
            )
            conversations = [row[0] for row in cursor.fetchall()]
        self.refresh_conversations(conversations)

    def index_new_mail(
        self, rows: Sequence[tuple[int, int, str]], new_conversations: Collection[int]
    ) -> None:
        """rows: (message id, its conversation's id, tokens) of messages just stored;
        new_conversations: those of their conversations created with them (every message
        of such a conversation is among the rows). The same index as index(rows), with
        fewer reads: a backend may write a new conversation's document from the rows
        instead of reading its messages back."""
        if not rows:
            return
        self.index_messages_only([(pk, tokens) for pk, _conversation, tokens in rows])
        self.refresh_conversations(sorted({conversation for _, conversation, _ in rows}))

    def index_messages_only(self, rows: Sequence[tuple[int, str]]) -> None:
        raise NotImplementedError

    def refresh_conversations(self, conversation_ids: Sequence[int]) -> None:
        """Rebuilds the documents of these conversations from their messages' index rows
        (after new mail, a merge, an unmerge or a deletion)."""
        raise NotImplementedError

    def conversation_match_sql(
        self, terms: Sequence[Term], any_of: bool = False
    ) -> tuple[str, list[Any]]:
        """SQL selecting the conversation ids whose document matches every term (or any)."""
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
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(tokens, tokenize = 'ascii')",
            # rowid = the conversation's id.
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {CONVERSATION_TABLE} "
            "USING fts5(tokens, tokenize = 'ascii')",
        ]

    def index_messages_only(self, rows: Sequence[tuple[int, str]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(r[0],) for r in rows])
            cursor.executemany(f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)", list(rows))

    def index_new_mail(
        self, rows: Sequence[tuple[int, int, str]], new_conversations: Collection[int]
    ) -> None:
        # Most imported mail starts a conversation (four in five in bench/ingest.py): its
        # document is its messages' tokens, in hand here, not read back from the message
        # index (refresh_conversations' join and group_concat). Only conversations that
        # had messages before this batch are rebuilt that way. Measured at 10,000 mails
        # (loaded machine): the rebuilds fell from 0.19 to 0.12 ms a mail of the storing
        # process's CPU, the direct inserts took most of it back (whole step 0.275 ->
        # 0.267 ms): the FTS5 writes themselves, not the read-back, are the cost.
        if not rows:
            return
        new = set(new_conversations)
        documents: dict[int, list[str]] = {}
        older: set[int] = set()
        for _pk, conversation, tokens in rows:  # in id order: the order group_concat reads
            if conversation in new:
                documents.setdefault(conversation, []).append(tokens)
            else:
                older.add(conversation)
        with connection.cursor() as cursor:
            # New rowids: nothing to replace unless a row was left behind by a deletion
            # that bypassed the signals (SQLite reuses the largest rowid); one statement
            # each, not one per row.
            for table, keys in ((TABLE, [r[0] for r in rows]), (CONVERSATION_TABLE, documents)):
                ids = list(keys)
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    marks = ", ".join(["%s"] * len(chunk))
                    cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({marks})", chunk)
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)",
                [(pk, tokens) for pk, _conversation, tokens in rows],
            )
            cursor.executemany(
                f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens) VALUES (%s, %s)",
                [(pk, SEPARATOR.join(parts)) for pk, parts in documents.items()],
            )
        self.refresh_conversations(sorted(older))

    def refresh_conversations(self, conversation_ids: Sequence[int]) -> None:
        ids = sorted(set(conversation_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {CONVERSATION_TABLE} WHERE rowid IN ({marks})", chunk)
                # The message index stores its tokens (not contentless): read back, not
                # tokenised again.
                cursor.execute(
                    f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens) "
                    f"SELECT m.conversation_id, group_concat(s.tokens, %s) "
                    f"FROM madoguchi_message m JOIN {TABLE} s ON s.rowid = m.id "
                    f"WHERE m.conversation_id IN ({marks}) GROUP BY m.conversation_id",
                    [SEPARATOR, *chunk],
                )

    def conversation_match_sql(
        self, terms: Sequence[Term], any_of: bool = False
    ) -> tuple[str, list[Any]]:
        expression = self._expression(terms, any_of)
        return (
            f"SELECT rowid FROM {CONVERSATION_TABLE} WHERE {CONVERSATION_TABLE} MATCH %s",
            [expression],
        )

    def _expression(self, terms: Sequence[Term], any_of: bool) -> str:
        joiner = " OR " if any_of else " AND "
        return joiner.join(_either(_fts5_phrase, " OR ", term) for term in terms)

    def match_sql(self, terms: Sequence[Term], any_of: bool = False) -> tuple[str, list[Any]]:
        expression = self._expression(terms, any_of)
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression]

    def ranked_sql(
        self, terms: Sequence[Term], limit: int, any_of: bool = False
    ) -> tuple[str, list[Any]]:
        # bm25 of the whole conversation's document: no message look-ups, no grouping.
        return (
            f"SELECT rowid FROM {CONVERSATION_TABLE} WHERE {CONVERSATION_TABLE} MATCH %s "
            "ORDER BY rank LIMIT %s",
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

    def index_messages_only(self, rows: Sequence[tuple[int, str]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (message_id, tsv) VALUES (%s, to_tsvector('simple', %s)) "
                "ON CONFLICT (message_id) DO UPDATE SET tsv = EXCLUDED.tsv",
                list(rows),
            )

    # PostgreSQL keeps the message-level index only: the GIN look-up already returns
    # the message ids, and the join to their conversations is a hash join (not a
    # per-row look-up as in SQLite). Not measured at scale yet (issue 15 item 2).
    def refresh_conversations(self, conversation_ids: Sequence[int]) -> None:
        return

    def conversation_match_sql(
        self, terms: Sequence[Term], any_of: bool = False
    ) -> tuple[str, list[Any]]:
        return (
            f"SELECT m.conversation_id FROM {TABLE} s "
            "JOIN madoguchi_message m ON m.id = s.message_id "
            "WHERE s.tsv @@ to_tsquery('simple', %s)",
            [self._expression(terms, any_of)],
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
