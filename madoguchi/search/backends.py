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

PostgreSQL (issue 15, measured at 333,000 conversations / 1,001,331 messages on a loaded
2-core machine, bench/search.py; EXPLAIN plans in the s7-pgsearch report):
- (a) GIN over the per-message tsvector, joined to madoguchi_message for the
  conversation: cost grows with the matching *messages*, and a phrase (every Japanese
  word of 3+ characters is a phrase of bigrams: 文字化け = 文字 <-> 字化 <-> 化け) is
  rechecked on the heap row. 文字化け: 70,340 messages, 26,803 heap blocks, 1.3 s for the
  ids alone; whole search 3.1 s wall, 994 ms of server CPU; refund 790 ms / 220 ms.
- (b) one tsvector per conversation (CONVERSATION_TABLE, built by the PG_AGGREGATE of
  its messages' stored tsvectors, so nothing is tokenised again; 562 MB + a 56 MB GIN,
  built in 2 min 11 s by migration 0028): no join, a third of the rows; refund 220 → 82
  ms of server CPU, the phrase "charged after cancelling" 388 → 202. The GIN answer
  still reads every match's heap row (~30 µs each): 請求書's facets (the newest 1,000 of
  23,411 matches) 917 ms. So a common word is *walked* (compile.py, Compiler.dense): the
  conversations newest first by primary key or conv_recent, each one's document tested
  by primary key (~10 µs) until the page or the facets are full: 14,139 probes, 145 ms.
  Only words alone walk (beside a filter or a negation the page may be nearly empty).
  A negated word is NOT EXISTS (an anti-join), never NOT IN (re-read per row once it
  outgrows work_mem). Server CPU per whole search, before → after: 金 46 → 36 ms,
  返金 50 → 36, 請求書 132 → 63, 文字化け 994 → 59, refund 220 → 88, 請求 -返金
  530 → 46, customer:佐藤 解約 → 624, 返金 label:請求 → 410. Not yet 50 ms for words that
  match 10,000–30,000 conversations with a filter, nor for relevance (ts_rank reads
  every match: 金 238 ms). Refreshing a conversation's document on new mail: one
  aggregate over its messages (500 conversations, 1,507 messages: 243 ms, cold).
- (c) pg_trgm: not built at this size; it needs 3 characters to use its index, so 1- and
  2-character Japanese words (金, 返金) would read every row, and it has no phrase or
  stemming, so it could not answer what SQLite answers. (d) RUM (positions and an order
  column kept in the index: phrases without the heap, newest first from the index) is
  the right shape, but Debian 12's postgresql-15-rum did not load into the installed
  server (undefined symbol heap_datum_check): not measured.
A conversation-level tsvector has PostgreSQL's limits: positions stop at 16,383 (a phrase
after ~16,000 tokens of one conversation is not found; one message had the same limit)
and 1 MB (PG_JOIN keeps what fits).
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

# SQLite: the conversation document's second column holds its filter tokens, so that
# `返金 status:open` or `label:請求 assignee:agent3` is one FTS5 match (issue 15): before,
# the word's matches were read as a list and each conversation's row checked
# (`返金 label:請求` at 1,000,000 messages: 28 ms of SQLite CPU). A token is FILTER_MARK,
# a letter for the field and the value: ¦sopen (status), ¦p2 (priority), ¦o7 (owner; ¦o0
# nobody), ¦m3 (mailbox), ¦l12 (label). Text never yields FILTER_MARK (it is no word
# character in tokens.py), so no typed word matches a filter token. The database keeps
# them current (SqliteBackend.filter_triggers).
FILTER_MARK = "\u00a6"
# Relevance ranks only the newest this many matches (SqliteBackend.ranked_sql).
RANKED_CANDIDATES = 2000


def filter_token(field: str, value: object) -> str:
    """The token a filter value has in a document: filter_token("s", "no_action") is
    ¦snoaction (FTS5's 'ascii' tokenizer would split at the underscore)."""
    return FILTER_MARK + field + str(value).replace("_", "").lower()


def filter_tokens_sql(row: str) -> str:
    """SQL computing a conversation's filter tokens from `row` (an alias of
    madoguchi_conversation, or NEW in a trigger); as filter_token() spells them."""
    mark = f"'{FILTER_MARK}"
    return (
        f"{mark}s' || replace({row}.status, '_', '') || ' {FILTER_MARK}p' || {row}.priority "
        f"|| ' {FILTER_MARK}o' || ifnull({row}.owner_id, 0) || ' {FILTER_MARK}m' "
        f"|| {row}.mailbox_id || ifnull((SELECT ' ' || group_concat({mark}l' || label_id, ' ') "
        f"FROM madoguchi_conversation_labels WHERE conversation_id = {row}.id), '')"
    )


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
            # rowid = the conversation's id; filters: FILTER_TOKENS.
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {CONVERSATION_TABLE} "
            "USING fts5(tokens, filters, tokenize = 'ascii')",
        ]

    @staticmethod
    def filter_triggers() -> list[str]:
        """Keep each document's filter tokens right whatever changes a conversation:
        actions/ changes status, owner, priority and labels in a dozen places (ingest,
        rules, SLA timers, spam, merges, bulk updates with .update()), so the database
        does it, as the folder counts' triggers do (migration 0024). Only the changed
        conversation's document is rewritten (FTS5 rewrites the whole row: about its
        size in tokens), and only when one of the four columns really changed."""
        changed = " OR ".join(
            f"OLD.{column} IS NOT NEW.{column}"
            for column in ("status", "priority", "owner_id", "mailbox_id")
        )
        relabel = (
            f"UPDATE {CONVERSATION_TABLE} SET filters = (SELECT {filter_tokens_sql('c')} "
            "FROM madoguchi_conversation c WHERE c.id = {row}.conversation_id) "
            "WHERE rowid = {row}.conversation_id; END"
        )
        return [
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_filters AFTER UPDATE OF "
            f"status, priority, owner_id, mailbox_id ON madoguchi_conversation WHEN {changed} "
            f"BEGIN UPDATE {CONVERSATION_TABLE} SET filters = {filter_tokens_sql('NEW')} "
            "WHERE rowid = NEW.id; END",
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_label_add AFTER INSERT ON "
            "madoguchi_conversation_labels BEGIN " + relabel.format(row="NEW"),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_label_remove AFTER DELETE ON "
            "madoguchi_conversation_labels BEGIN " + relabel.format(row="OLD"),
        ]

    @staticmethod
    def drop_filter_triggers() -> list[str]:
        return [
            f"DROP TRIGGER IF EXISTS {CONVERSATION_TABLE}_{name}"
            for name in ("filters", "label_add", "label_remove")
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
            # The filter tokens from the conversation's row as it is now (after the
            # batch's rules): one look-up by primary key each.
            cursor.executemany(
                f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens, filters) "
                f"SELECT c.id, %s, {filter_tokens_sql('c')} FROM madoguchi_conversation c "
                "WHERE c.id = %s",
                [(SEPARATOR.join(parts), pk) for pk, parts in documents.items()],
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
                    f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens, filters) "
                    f"SELECT c.id, d.tokens, {filter_tokens_sql('c')} FROM ("
                    f"SELECT m.conversation_id AS id, group_concat(s.tokens, %s) AS tokens "
                    f"FROM madoguchi_message m JOIN {TABLE} s ON s.rowid = m.id "
                    f"WHERE m.conversation_id IN ({marks}) GROUP BY m.conversation_id) d "
                    "JOIN madoguchi_conversation c ON c.id = d.id",
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

    def conversation_match_except_sql(
        self, term: Term, excluded: Sequence[Term], filters: Sequence[Term] = ()
    ) -> tuple[str, list[Any]]:
        """SQL selecting the conversation ids whose document matches `term` (and the
        filter tokens `filters`) and none of `excluded` (`refund -charged`), in one FTS5
        expression: as NOT IN (the ids of every conversation mentioning the excluded
        word), SQLite built that list for each of the page's statements (charged: 33,000
        conversations at 1,000,000 messages, 115 ms of SQLite CPU a search)."""
        expression = self._expression([term, *filters], False) + "".join(
            f" NOT {_either(_fts5_phrase, ' OR ', other)}" for other in excluded
        )
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
        """bm25 of the whole conversation's document (no message look-ups, no grouping),
        for the newest RANKED_CANDIDATES matches only. FTS5 computes bm25 for every row it
        sorts: 「返金」 matches 47,000 conversations at 1,000,000 messages, 47 ms of SQLite
        CPU to rank them all; the newest 2,000, read in rowid order and stopping there,
        about 3 ms. What the reader loses: a conversation older than the newest 2,000
        matches never appears by relevance, however well it scores; for a word that
        common the newest matches are the ones a support team looks for, and the
        newest-first order (or a narrower query) still reaches the old ones."""
        return (
            f"SELECT rowid FROM (SELECT rowid, rank AS score FROM {CONVERSATION_TABLE} "
            f"WHERE {CONVERSATION_TABLE} MATCH %s ORDER BY rowid DESC LIMIT %s) "
            "ORDER BY score, rowid DESC LIMIT %s",
            [self._expression(terms, any_of), RANKED_CANDIDATES, limit],
        )


def _tsquery_phrase(tokens: list[str], prefix: bool) -> str:
    # Tokens are runs of word characters (tokens.py), so quoting them is enough.
    lexemes = [f"'{token}'" for token in tokens]
    if prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


# PostgreSQL's conversation document: its messages' tsvectors joined by this lexeme (a
# tsvector literal '¦':1, quoted again as an SQL string). `||` shifts the right operand's
# positions past the left's, so the separator keeps a phrase from spanning two messages,
# as SEPARATOR does in SQLite. PG_JOIN: a document over tsvector's 1 MB limit keeps the
# messages that fit (a conversation of ~100,000 distinct words) instead of failing the
# mail's storage.
PG_SEPARATOR = "'''\u00a6'':1'"
PG_JOIN = "madoguchi_tsv_join"
PG_AGGREGATE = "madoguchi_tsv_agg"


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
            *self.create_conversation_index(),
        ]

    def create_conversation_index(self) -> list[str]:
        return [
            f"CREATE OR REPLACE FUNCTION {PG_JOIN}(document tsvector, message tsvector) "
            "RETURNS tsvector LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN "
            f"RETURN document || {PG_SEPARATOR}::tsvector || message; "
            "EXCEPTION WHEN program_limit_exceeded THEN RETURN document; END $$",
            f"CREATE OR REPLACE AGGREGATE {PG_AGGREGATE}(tsvector) "
            f"(SFUNC = {PG_JOIN}, STYPE = tsvector, INITCOND = '')",
            f"CREATE TABLE IF NOT EXISTS {CONVERSATION_TABLE} ("
            " conversation_id bigint PRIMARY KEY,"
            " tsv tsvector NOT NULL)",
            f"CREATE INDEX IF NOT EXISTS {CONVERSATION_TABLE}_tsv "
            f"ON {CONVERSATION_TABLE} USING GIN (tsv)",
        ]

    def drop(self) -> list[str]:
        return [
            *super().drop(),
            f"DROP AGGREGATE IF EXISTS {PG_AGGREGATE}(tsvector)",
            f"DROP FUNCTION IF EXISTS {PG_JOIN}(tsvector, tsvector)",
        ]

    def index_messages_only(self, rows: Sequence[tuple[int, str]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (message_id, tsv) VALUES (%s, to_tsvector('simple', %s)) "
                "ON CONFLICT (message_id) DO UPDATE SET tsv = EXCLUDED.tsv",
                list(rows),
            )

    def refresh_conversations(self, conversation_ids: Sequence[int]) -> None:
        ids = sorted(set(conversation_ids))
        if not ids:
            return
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {CONVERSATION_TABLE} WHERE conversation_id = ANY(%s)", [ids]
            )
            # The messages' stored tsvectors joined: nothing is tokenised again.
            cursor.execute(self.build_sql("WHERE m.conversation_id = ANY(%s)"), [ids])

    @staticmethod
    def build_sql(where: str = "") -> str:
        return (
            f"INSERT INTO {CONVERSATION_TABLE} (conversation_id, tsv) "
            f"SELECT m.conversation_id, {PG_AGGREGATE}(s.tsv ORDER BY m.id) "
            f"FROM madoguchi_message m JOIN {TABLE} s ON s.message_id = m.id "
            f"{where} GROUP BY m.conversation_id"
        )

    def conversation_match_sql(
        self, terms: Sequence[Term], any_of: bool = False
    ) -> tuple[str, list[Any]]:
        return (
            f"SELECT conversation_id FROM {CONVERSATION_TABLE} "
            "WHERE tsv @@ to_tsquery('simple', %s)",
            [self._expression(terms, any_of)],
        )

    def conversation_match_except_sql(
        self, term: Term, excluded: Sequence[Term]
    ) -> tuple[str, list[Any]]:
        """As SqliteBackend's: `refund -charged` as one tsquery on the conversation's
        document (`refund & !charged`), which the GIN index answers from refund's
        entries. As a NOT EXISTS per conversation, newest first, a page with no match
        read all 333,000 conversations (30 s at 1,000,000 messages)."""
        expression = self._expression([term], False) + "".join(
            f" & !{_either(_tsquery_phrase, ' | ', other)}" for other in excluded
        )
        return (
            f"SELECT conversation_id FROM {CONVERSATION_TABLE} "
            "WHERE tsv @@ to_tsquery('simple', %s)",
            [expression],
        )

    def conversation_test_sql(
        self, terms: Sequence[Term], any_of: bool = False, per_row: bool = True
    ) -> tuple[str, list[Any]]:
        """A condition on "madoguchi_conversation": its document matches. per_row: tested
        row by row (the document read by primary key), for walking the conversations
        newest first (compile.py); OFFSET 0 keeps the planner from turning it into a
        join over every match. Otherwise the planner may join (a negated word: NOT
        EXISTS is an anti-join, where NOT IN over a subquery larger than work_mem is
        re-read for every row: `refund -charged` took 23 s)."""
        return (
            f"EXISTS (SELECT 1 FROM {CONVERSATION_TABLE} d "
            'WHERE d.conversation_id = "madoguchi_conversation"."id" '
            "AND d.tsv @@ to_tsquery('simple', %s)" + (" OFFSET 0)" if per_row else ")"),
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
        # ts_rank of the whole conversation's document, as SQLite's bm25: no grouping.
        expression = self._expression(terms, any_of)
        return (
            f"SELECT conversation_id FROM {CONVERSATION_TABLE} "
            "WHERE tsv @@ to_tsquery('simple', %s) "
            "ORDER BY ts_rank(tsv, to_tsquery('simple', %s)) DESC, conversation_id DESC "
            "LIMIT %s",
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
