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
- (e) session 8, same database: what costs is reading the conversation table's heap,
  one 8 kB page per match (the documents average ~1 KB compressed, stored inline; a
  storage parameter cannot move values under 2 kB out of line), and the planner's
  guesses about how many matches a word has beside something else. So: a status or
  label filter is a reserved lexeme in the document (filter_statements), and the word
  and the filter are one GIN intersection (返金 & zzstatusopen: 4,615 matches, 3,945
  pages, 21 ms, where the planner had probed the 30,000 open conversations' documents);
  `refund -charged` is answered by the index before the conversations are read
  (answered_first: 49 index pages, exact, 4.3 s → 15 ms); relevance ranks the newest
  RANK_CANDIDATES matches only (ranked_sql). pg_trgm, measured on the newest 50,000
  conversations' text (one row each, GIN gin_trgm_ops, 12.8 s to build, 36 MB + 16 MB):
  請求書 3,545 matches 8 ms against 59 for our phrase of bigrams, "charged after
  cancelling" (ILIKE) 40 ms against ~1 s, but 返金 (two characters: no trigram) a
  sequential scan, 107 ms against 83 ms; LIKE has no stemming, no width folding and no
  word boundaries (refund would find refunded), so it cannot answer what SQLite answers.
  pg_trgm is a trusted extension (the database owner may CREATE EXTENSION it, no
  superuser; Debian's postgresql-15 ships it): a candidate for phrases and 3+ character
  Japanese words beside this index, not a replacement. Not built.
- (f) session 10, same database: `customer:` and `from:` with a Japanese value are
  marked lexemes in the document (party_statements: `customer:佐藤 解約` one GIN
  intersection of 1,585 matches instead of a LIKE over every customer and a join of
  their 15,800 conversations); the facets' newest 1,001 matches are read in windows of
  conversation ids, each the GIN matches ANDed with a primary-key range
  (window_statements; search._newest_matches), instead of walking the documents or
  reading every match: `invoices` 245,553 → ~52,000 buffers a search, 返金 70,159 →
  ~24,000 (bench/search.py; figures in the s10-pgsearch report).
A conversation-level tsvector has PostgreSQL's limits: positions stop at 16,383 (a phrase
after ~16,000 tokens of one conversation is not found; one message had the same limit)
and 1 MB (PG_JOIN keeps what fits).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

from django.db import connection

from madoguchi.search.tokens import (
    CJK_CHARACTERS,
    FILTER_LABEL,
    FILTER_STATUS,
    OLD_FILTER_PREFIXES,
    index_tokens,
)

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
_CJK_TOKEN = re.compile(f"[{CJK_CHARACTERS}]")
# Relevance ranks only the newest this many matches (SqliteBackend.ranked_sql).
RANKED_CANDIDATES = 2000


def filter_token(field: str, value: object) -> str:
    """The token a filter value has in a document: filter_token("s", "no_action") is
    ¦snoaction (FTS5's 'ascii' tokenizer would split at the underscore)."""
    return FILTER_MARK + field + str(value).replace("_", "").lower()


# SQLite: the conversation's customer as tokens in its document's filters column, so that
# `customer:佐藤 解約` is one FTS5 match (issue 15). Before, the customers were found by
# LIKE over names, organisations and addresses (~8 ms at 30,000 customers, twice a
# search: facets and page), then their conversations walked or sorted: 45 ms of CPU a
# search at 100,000 conversations. Reserved id tokens (¦c<customer id>) after that
# look-up were measured first and lost: 佐藤 names 1,437 customers, and an FTS5 OR of
# 1,437 tokens cost 28-40 ms by itself. So the tokens are the customer's name, its
# organisation's name and its addresses, tokenised as text is (tokens.py) and each
# marked CUSTOMER_MARK: 佐藤 is then one phrase, found like a word. Only CJK tokens are
# kept: a Japanese value is a substring search that bigrams answer exactly (as from:
# does, compile._japanese_words); a Latin value keeps LIKE (`customer:sato` is a
# substring of "isato", which words are not). The tokens are computed inside SQLite by
# CUSTOMER_TOKENS_FUNCTION (registered on each connection, search/signals.py), so that
# the triggers (filter_triggers) keep them right when a customer or organisation is
# renamed, an address added or a conversation moved to another customer, whichever
# code does it. A connection without that function (the sqlite3 shell) cannot write
# those tables: "no such function", nothing half-done.
CUSTOMER_MARK = FILTER_MARK + "c"
# PostgreSQL: the senders of a conversation's messages (PostgresBackend.party_statements).
SENDER_MARK = FILTER_MARK + "f"
CUSTOMER_TOKENS_FUNCTION = "madoguchi_customer_tokens"


def customer_tokens(text: str | None) -> str:
    """CUSTOMER_TOKENS_FUNCTION: the marked CJK tokens of a customer's names and addresses."""
    if not text:
        return ""
    return " ".join(
        CUSTOMER_MARK + token for token in index_tokens(text).split() if _CJK_TOKEN.match(token)
    )


def filter_tokens_sql(row: str, customer_kept: bool = False) -> str:
    """SQL computing a conversation's filter tokens from `row` (an alias of
    madoguchi_conversation, or NEW in a trigger); as filter_token() spells them, then
    its customer's (customer_tokens). customer_kept: the customer's tokens are copied
    from the document as it is (they come last), not computed again: a status or label
    change does not touch them, and computing them (three look-ups and a call into
    Python) made a bulk status change of 10,057 conversations 2.3 → 3.6 s of CPU."""
    mark = f"'{FILTER_MARK}"
    if customer_kept:
        customer = (
            f"|| ifnull((SELECT substr(k.filters, instr(k.filters, ' {CUSTOMER_MARK}')) "
            f"FROM {CONVERSATION_TABLE} k WHERE k.rowid = {row}.id "
            f"AND instr(k.filters, ' {CUSTOMER_MARK}') > 0), '')"
        )
    else:
        customer = (
            f"|| ifnull((SELECT ' ' || {CUSTOMER_TOKENS_FUNCTION}(cu.name || ' ' "
            "|| ifnull(o.name, '') || ' ' || ifnull((SELECT group_concat(a.address, ' ') "
            "FROM madoguchi_customeraddress a WHERE a.customer_id = cu.id), '')) "
            "FROM madoguchi_customer cu LEFT JOIN madoguchi_organization o "
            f"ON o.id = cu.organization_id WHERE cu.id = {row}.customer_id), '')"
        )
    return (
        f"{mark}s' || replace({row}.status, '_', '') || ' {FILTER_MARK}p' || {row}.priority "
        f"|| ' {FILTER_MARK}o' || ifnull({row}.owner_id, 0) || ' {FILTER_MARK}m' "
        f"|| {row}.mailbox_id || ifnull((SELECT ' ' || group_concat({mark}l' || label_id, ' ') "
        f"FROM madoguchi_conversation_labels WHERE conversation_id = {row}.id), '') " + customer
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
        self,
        rows: Sequence[tuple[int, int, str]],
        new_conversations: Collection[int],
        previous: Mapping[int, str] | None = None,
    ) -> None:
        """rows: (message id, its conversation's id, tokens) of messages just stored;
        new_conversations: those of their conversations created with them (every message
        of such a conversation is among the rows); previous: what drop_documents returned
        for the older ones. The same index as index(rows), with fewer reads: a backend
        may write a new conversation's document from the rows, and an older one's from
        its previous document and the rows, instead of reading its messages back."""
        if not rows:
            return
        self.index_messages_only([(pk, tokens) for pk, _conversation, tokens in rows])
        self.refresh_conversations(sorted({conversation for _, conversation, _ in rows}))

    def drop_documents(self, conversation_ids: Sequence[int]) -> dict[int, str]:
        """Removes these conversations' documents (rebuilt by a refresh_conversations or
        index_new_mail later in the same transaction); returns the tokens they held
        where the backend keeps them (SQLite), for index_new_mail to append to."""
        self._delete_documents(conversation_ids)
        return {}

    def _delete_documents(self, conversation_ids: Sequence[int]) -> None:
        ids = sorted(set(conversation_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"/* conv:drop */ DELETE FROM {CONVERSATION_TABLE} "
                    f"WHERE {self.document_key} IN ({marks})",
                    chunk,
                )

    document_key = "rowid"  # the conversation table's column holding the conversation's id

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
        size in tokens), and only when one of the four columns really changed.

        Per row, not per statement (session 9, 100,000 conversations): deleting a label
        from 6,773 conversations cost 0.50-0.56 s of CPU with these triggers and 0.04 s
        without; the same rewrite as one statement after the delete (the ids kept in a
        temporary table, one UPDATE of the documents) cost 0.48-0.54 s. The cost is
        FTS5 re-indexing each document's row (~75 µs), not the trigger's firing, and
        SQLite has no statement-level triggers anyway: left as it is."""
        columns = ("status", "priority", "owner_id", "mailbox_id", "customer_id")
        changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in columns)
        relabel = (
            f"UPDATE {CONVERSATION_TABLE} SET filters = "
            f"(SELECT {filter_tokens_sql('c', customer_kept=True)} "
            "FROM madoguchi_conversation c WHERE c.id = {row}.conversation_id) "
            "WHERE rowid = {row}.conversation_id; END"
        )
        # The documents of every conversation of some customers (a rename: one
        # customer's few conversations; an organisation's: its customers').
        recustomer = (
            f"UPDATE {CONVERSATION_TABLE} SET filters = (SELECT {filter_tokens_sql('c')} "
            f"FROM madoguchi_conversation c WHERE c.id = {CONVERSATION_TABLE}.rowid) "
            "WHERE rowid IN (SELECT c.id FROM madoguchi_conversation c WHERE {where}); END"
        )
        of_customer = "c.customer_id = {row}.customer_id"
        return [
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_filters AFTER UPDATE OF "
            f"{', '.join(columns)} ON madoguchi_conversation WHEN {changed} "
            f"BEGIN UPDATE {CONVERSATION_TABLE} SET filters = CASE WHEN OLD.customer_id IS "
            f"NEW.customer_id THEN {filter_tokens_sql('NEW', customer_kept=True)} "
            f"ELSE {filter_tokens_sql('NEW')} END WHERE rowid = NEW.id; END",
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_label_add AFTER INSERT ON "
            "madoguchi_conversation_labels BEGIN " + relabel.format(row="NEW"),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_label_remove AFTER DELETE ON "
            "madoguchi_conversation_labels BEGIN " + relabel.format(row="OLD"),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_customer AFTER UPDATE OF "
            "name, organization_id ON madoguchi_customer WHEN OLD.name IS NOT NEW.name "
            "OR OLD.organization_id IS NOT NEW.organization_id BEGIN "
            + recustomer.format(where="c.customer_id = NEW.id"),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_organization AFTER UPDATE OF "
            "name ON madoguchi_organization WHEN OLD.name IS NOT NEW.name BEGIN "
            + recustomer.format(
                where="c.customer_id IN (SELECT cu.id FROM madoguchi_customer cu "
                "WHERE cu.organization_id = NEW.id)"
            ),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_address_add AFTER INSERT ON "
            "madoguchi_customeraddress BEGIN "
            + recustomer.format(where=of_customer.format(row="NEW")),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_address_remove AFTER DELETE ON "
            "madoguchi_customeraddress BEGIN "
            + recustomer.format(where=of_customer.format(row="OLD")),
            f"CREATE TRIGGER IF NOT EXISTS {CONVERSATION_TABLE}_address_change AFTER UPDATE ON "
            "madoguchi_customeraddress BEGIN "
            + recustomer.format(where="c.customer_id IN (OLD.customer_id, NEW.customer_id)"),
        ]

    @staticmethod
    def rebuild_filters() -> list[str]:
        """Statements giving every document its filter tokens as filter_tokens_sql
        computes them now, with the triggers as filter_triggers makes them (migration
        0038: the customer tokens). Built beside the old table from its stored tokens and
        renamed over it, as migration 0034 did: an FTS5 UPDATE deletes and re-inserts
        the whole row, a fresh table is written once."""
        new = f"{CONVERSATION_TABLE}_s9"
        return [
            *SqliteBackend.drop_filter_triggers(),
            f"DROP TABLE IF EXISTS {new}",
            f"CREATE VIRTUAL TABLE {new} USING fts5(tokens, filters, tokenize = 'ascii')",
            f"INSERT INTO {new} (rowid, tokens, filters) "
            f"SELECT s.rowid, s.tokens, {filter_tokens_sql('c')} "
            f"FROM {CONVERSATION_TABLE} s JOIN madoguchi_conversation c ON c.id = s.rowid",
            f"DROP TABLE {CONVERSATION_TABLE}",
            f"ALTER TABLE {new} RENAME TO {CONVERSATION_TABLE}",
            *SqliteBackend.filter_triggers(),
        ]

    @staticmethod
    def drop_filter_triggers() -> list[str]:
        return [
            f"DROP TRIGGER IF EXISTS {CONVERSATION_TABLE}_{name}"
            for name in (
                "filters",
                "label_add",
                "label_remove",
                "customer",
                "organization",
                "address_add",
                "address_remove",
                "address_change",
            )
        ]

    def index_messages_only(self, rows: Sequence[tuple[int, str]]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(r[0],) for r in rows])
            cursor.executemany(f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)", list(rows))

    def drop_documents(self, conversation_ids: Sequence[int]) -> dict[int, str]:
        # Read before the delete: an FTS5 table that keeps its content answers by rowid.
        previous: dict[int, str] = {}
        ids = sorted(set(conversation_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"/* conv:read-old */ SELECT rowid, tokens FROM {CONVERSATION_TABLE} "
                    f"WHERE rowid IN ({marks})",
                    chunk,
                )
                previous.update(cursor.fetchall())
        self._delete_documents(ids)
        return previous

    def index_new_mail(
        self,
        rows: Sequence[tuple[int, int, str]],
        new_conversations: Collection[int],
        previous: Mapping[int, str] | None = None,
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
        # An older conversation whose document was read before the batch dropped it
        # (drop_documents) gets that document with the new messages' tokens after it: the
        # same text as a rebuild (its messages in id order, the new ones last), without
        # reading every message of the conversation back from the message index — the
        # rebuild's cost grew with the conversation (a reply to a long thread re-read all
        # of it).
        new = set(new_conversations)
        kept = previous or {}
        documents: dict[int, list[str]] = {}
        older: set[int] = set()
        for _pk, conversation, tokens in rows:  # in id order: the order group_concat reads
            if conversation in new:
                documents.setdefault(conversation, []).append(tokens)
            elif conversation in kept:
                documents.setdefault(conversation, [kept[conversation]]).append(tokens)
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
                    cursor.execute(
                        f"/* clear-new */ DELETE FROM {table} WHERE rowid IN ({marks})", chunk
                    )
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, tokens) VALUES (%s, %s)",
                [(pk, tokens) for pk, _conversation, tokens in rows],
            )
            # The filter tokens from the conversation's row as it is now (after the
            # batch's rules): one look-up by primary key each.
            for tag, chosen in (("insert-new", True), ("insert-rewrite", False)):
                cursor.executemany(
                    f"/* conv:{tag} */ INSERT INTO {CONVERSATION_TABLE} (rowid, tokens, filters) "
                    f"SELECT c.id, %s, {filter_tokens_sql('c')} FROM madoguchi_conversation c "
                    "WHERE c.id = %s",
                    [
                        (SEPARATOR.join(parts), pk)
                        for pk, parts in documents.items()
                        if (pk in new) == chosen
                    ],
                )
        self.refresh_conversations(sorted(older))

    def refresh_conversations(self, conversation_ids: Sequence[int]) -> None:
        ids = sorted(set(conversation_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(["%s"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"/* conv:refresh-drop */ DELETE FROM {CONVERSATION_TABLE} "
                    f"WHERE rowid IN ({marks})",
                    chunk,
                )
                # The message index stores its tokens (not contentless): read back, not
                # tokenised again.
                cursor.execute(
                    f"/* conv:refresh-insert */ INSERT INTO {CONVERSATION_TABLE} "
                    "(rowid, tokens, filters) "
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


def reserved_query(alternatives: Sequence[Phrase], mark: str = "") -> str:
    """A tsquery literal matching any of these phrases with each token marked (`mark`):
    for the reserved lexemes PostgresBackend.query_sql ANDs with the words. Quotes and
    backslashes are escaped as the tsquery input reads them (tokens have none today)."""

    def lexeme(token: str) -> str:
        return "'" + (mark + token).replace("\\", "\\\\").replace("'", "''") + "'"

    def phrase(tokens: list[str], prefix: bool) -> str:
        lexemes = [lexeme(token) for token in tokens]
        if prefix:
            lexemes[-1] += ":*"
        return "(" + " <-> ".join(lexemes) + ")"

    return " | ".join(phrase(tokens, prefix) for tokens, prefix in alternatives)


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
PG_FILTERS = "madoguchi_tsv_filters"
PG_MARKED = "madoguchi_tsv_marked"
PG_CUSTOMER = "madoguchi_tsv_customer"
# Each customer's marked lexemes (PostgresBackend.party_statements), kept by triggers.
CUSTOMER_TABLE = "madoguchi_search_customer"
PG_BETWEEN = "madoguchi_tsv_between"
PG_NEWEST = "madoguchi_tsv_newest"
# The documents stay in the table's own pages, compressed, instead of TOAST's (up to a
# page, ~8 kB compressed). With the customers' and senders' lexemes (session 10) most
# documents passed the 2 kB at which PostgreSQL moves a value out of line: the heap
# fell to 198 MB beside 478 MB of TOAST, and every document tested by a walk, a phrase's
# recheck or ts_rank cost a TOAST index look-up and its chunks too (`after:2026-09-01
# 返金` 55,827 → 285,535 buffers a search at 1,000,000 messages). Inline: 634 MB of
# heap, no TOAST.
DOCUMENTS_INLINE = f"ALTER TABLE {CONVERSATION_TABLE} ALTER COLUMN tsv SET STORAGE MAIN"
# Relevance ranks the newest this many matches (PostgresBackend.ranked_sql).
RANK_CANDIDATES = 1000
# The first window of ids the newest candidates are looked for in (PG_NEWEST).
RANK_WINDOW = 20_000


class PostgresBackend(Backend):
    document_key = "conversation_id"

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
            DOCUMENTS_INLINE,
            *self.filter_statements(),
            *self.party_statements(),
            *self.window_statements(),
            f"CREATE INDEX IF NOT EXISTS {CONVERSATION_TABLE}_tsv "
            f"ON {CONVERSATION_TABLE} USING GIN (tsv)",
        ]

    @staticmethod
    def filter_statements() -> list[str]:
        """The status and labels as reserved lexemes in each conversation's document
        (tokens.filter_tokens; without positions, so no phrase reaches them), kept right
        by triggers as the folder counts are (models/counts.py): every status or label
        change, whichever action or bulk UPDATE makes it, rewrites that conversation's
        document in the same transaction. Why: `返金 status:open` at 1,000,000 messages
        tested the documents of all 30,000 open conversations one by one (522 ms, 31,000
        pages read); `返金 & zzstatusopen` is one GIN intersection whose ~4,600 matches
        alone are read. The document built from the messages (build_sql) appends
        PG_FILTERS of the conversation as it is then."""
        status = f"'{FILTER_STATUS}' || replace(%s.status, '_', '')"
        label = f"'{FILTER_LABEL}' || %s.label_id"
        return [
            f"CREATE OR REPLACE FUNCTION {PG_FILTERS}(conversation bigint) RETURNS tsvector "
            "LANGUAGE sql STABLE AS $$ SELECT array_to_tsvector(ARRAY("
            f"SELECT {status % 'c'} FROM madoguchi_conversation c WHERE c.id = conversation "
            f"UNION ALL SELECT {label % 'l'} FROM madoguchi_conversation_labels l "
            "WHERE l.conversation_id = conversation)) $$",
            f"CREATE OR REPLACE FUNCTION {PG_FILTERS}_status() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN UPDATE {CONVERSATION_TABLE} "
            f"SET tsv = ts_delete(tsv, {status % 'OLD'}) || "
            f"array_to_tsvector(ARRAY[{status % 'NEW'}]) "
            "WHERE conversation_id = NEW.id; RETURN NULL; END $$",
            f"CREATE OR REPLACE TRIGGER {PG_FILTERS}_status AFTER UPDATE OF status "
            "ON madoguchi_conversation FOR EACH ROW "
            "WHEN (OLD.status IS DISTINCT FROM NEW.status) "
            f"EXECUTE FUNCTION {PG_FILTERS}_status()",
            f"CREATE OR REPLACE FUNCTION {PG_FILTERS}_label() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP IN ('DELETE', 'UPDATE') THEN "
            f"UPDATE {CONVERSATION_TABLE} SET tsv = ts_delete(tsv, {label % 'OLD'}) "
            "WHERE conversation_id = OLD.conversation_id; END IF; "
            "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            f"UPDATE {CONVERSATION_TABLE} "
            f"SET tsv = tsv || array_to_tsvector(ARRAY[{label % 'NEW'}]) "
            "WHERE conversation_id = NEW.conversation_id; END IF; RETURN NULL; END $$",
            f"CREATE OR REPLACE TRIGGER {PG_FILTERS}_label AFTER INSERT OR DELETE OR UPDATE "
            f"ON madoguchi_conversation_labels FOR EACH ROW EXECUTE FUNCTION {PG_FILTERS}_label()",
        ]

    @staticmethod
    def party_statements() -> list[str]:
        """The conversation's customer (name, organisation, addresses: `¦c…`) and the
        senders of its messages (`¦f…`) as marked lexemes in its document, with positions,
        so that `customer:青葉物流` is the phrase ¦c青葉 <-> ¦c葉物 <-> ¦c物流 and
        `customer:佐藤 解約` or `from:佐藤` one GIN match (issue 15). Before, at
        1,000,000 messages (bench/search.py, loaded machine): `customer:佐藤 解約` ran
        LIKE over 30,000 customers, then hash-joined and sorted the 15,800 conversations
        of the 1,437 customers named 佐藤 (222 ms of server CPU, 37,000 pages read);
        `from:佐藤` read the 16,000 documents mentioning 佐藤 from the GIN index, then
        each one's messages by LIKE (180 ms, 74,000 pages read). As SQLite's customer
        tokens (CUSTOMER_MARK), only CJK runs are kept, tokenised as tokens.py does
        (bigrams and the run's last character, after NFKC): a Japanese value is a
        substring search that the phrase answers; a Latin one keeps LIKE.

        The senders go in front of each message's own lexemes when the document is
        built (build_sql), so they need no trigger: a message's sender never changes, and
        a merge, a move or a deletion rebuilds the documents. The customer's go in front
        of the document, kept right by a trigger on each table they come from (a rename,
        an organisation's rename, an address added, changed or removed, a conversation
        moved to another customer), whichever code makes the change. In front, not at
        the end: a tsvector's positions stop at 16,383, and lexemes appended to a long
        conversation would all sit at 16,383, where no phrase matches."""
        marked = (
            f"CREATE OR REPLACE FUNCTION {PG_MARKED}(mark text, value text) RETURNS tsvector "
            "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ "
            "SELECT coalesce(string_agg('''' || mark || t.token || ''':' || t.position, ' '), "
            "'')::tsvector FROM (SELECT CASE WHEN i < length(r.run[1]) "
            "THEN substr(r.run[1], i, 2) ELSE substr(r.run[1], i) END AS token, "
            "row_number() OVER (ORDER BY r.n, i) AS position "
            "FROM regexp_matches(normalize(coalesce(value, ''), NFKC), "
            f"'[{CJK_CHARACTERS}]+', 'g') WITH ORDINALITY AS r(run, n), "
            "generate_series(1, length(r.run[1])) AS i) AS t $$"
        )
        # Each customer's lexemes are kept in CUSTOMER_TABLE by the triggers below and
        # only read when a document is built: computed there for each new conversation
        # (the regular expression, NFKC and a look-up of the organisation and addresses)
        # they made rebuilding 5,000 conversations' documents 1.4 → 5.4 s on the
        # benchmark database (loaded machine), 2.2 s of it the customers'.
        compute = (
            f"CREATE OR REPLACE FUNCTION {PG_CUSTOMER}_compute(customer bigint) "
            "RETURNS tsvector LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT "
            f"{PG_MARKED}('{CUSTOMER_MARK}', cu.name || ' ' || coalesce(o.name, '') || ' ' "
            "|| coalesce((SELECT string_agg(a.address, ' ') FROM madoguchi_customeraddress a "
            "WHERE a.customer_id = cu.id), '')) FROM madoguchi_customer cu "
            "LEFT JOIN madoguchi_organization o ON o.id = cu.organization_id "
            "WHERE cu.id = customer), ''::tsvector) $$"
        )
        keep = (
            f"CREATE OR REPLACE FUNCTION {PG_CUSTOMER}_keep(customers bigint[]) RETURNS void "
            f"LANGUAGE sql AS $$ INSERT INTO {CUSTOMER_TABLE} (customer_id, tsv) "
            f"SELECT k.id, {PG_CUSTOMER}_compute(k.id) FROM unnest(customers) AS k(id) "
            "WHERE k.id IS NOT NULL ON CONFLICT (customer_id) DO UPDATE SET tsv = EXCLUDED.tsv $$"
        )
        customer = (
            f"CREATE OR REPLACE FUNCTION {PG_CUSTOMER}(customer bigint) RETURNS tsvector "
            f"LANGUAGE sql STABLE AS $$ SELECT coalesce((SELECT k.tsv FROM {CUSTOMER_TABLE} k "
            "WHERE k.customer_id = customer), ''::tsvector) $$"
        )
        # The document with its customer's lexemes replaced by those of `customer`.
        recustomer = (
            f"CREATE OR REPLACE FUNCTION {PG_CUSTOMER}(document tsvector, customer bigint) "
            f"RETURNS tsvector LANGUAGE sql STABLE AS $$ SELECT {PG_CUSTOMER}(customer) "
            "|| ts_delete(document, ARRAY(SELECT u.lexeme FROM unnest(document) u "
            f"WHERE u.lexeme LIKE '{CUSTOMER_MARK}%%')) $$"
        )
        update = (
            f"UPDATE {CONVERSATION_TABLE} d SET tsv = {PG_CUSTOMER}(d.tsv, c.customer_id) "
            "FROM madoguchi_conversation c WHERE c.id = d.conversation_id AND "
        )
        trigger = (
            f"CREATE OR REPLACE FUNCTION {PG_CUSTOMER}_changed() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_TABLE_NAME = 'madoguchi_conversation' THEN "
            f"{update} c.id = NEW.id; "
            "ELSIF TG_TABLE_NAME = 'madoguchi_customer' THEN "
            f"PERFORM {PG_CUSTOMER}_keep(ARRAY[NEW.id]); "
            f"{update} c.customer_id = NEW.id; "
            "ELSIF TG_TABLE_NAME = 'madoguchi_organization' THEN "
            f"PERFORM {PG_CUSTOMER}_keep(ARRAY(SELECT cu.id FROM madoguchi_customer cu "
            "WHERE cu.organization_id = NEW.id)); "
            f"{update} c.customer_id IN (SELECT cu.id FROM madoguchi_customer cu "
            "WHERE cu.organization_id = NEW.id); "
            # An address: OLD is NULL on INSERT and NEW on DELETE (PostgreSQL 11+).
            f"ELSE PERFORM {PG_CUSTOMER}_keep(ARRAY[OLD.customer_id, NEW.customer_id]); "
            f"{update} c.customer_id IN (OLD.customer_id, NEW.customer_id); "
            "END IF; RETURN NULL; END $$"
        )
        when = {
            "madoguchi_conversation": (
                "UPDATE OF customer_id",
                "OLD.customer_id IS DISTINCT FROM NEW.customer_id",
            ),
            "madoguchi_customer": (
                "UPDATE OF name, organization_id",
                "OLD.name IS DISTINCT FROM NEW.name "
                "OR OLD.organization_id IS DISTINCT FROM NEW.organization_id",
            ),
            "madoguchi_organization": ("UPDATE OF name", "OLD.name IS DISTINCT FROM NEW.name"),
            "madoguchi_customeraddress": ("INSERT OR DELETE OR UPDATE", ""),
        }
        return [
            f"CREATE TABLE IF NOT EXISTS {CUSTOMER_TABLE} ("
            " customer_id bigint PRIMARY KEY, tsv tsvector NOT NULL)",
            marked,
            compute,
            keep,
            customer,
            recustomer,
            trigger,
            *(
                f"CREATE OR REPLACE TRIGGER {PG_CUSTOMER}_changed AFTER {event} ON {table} "
                f"FOR EACH ROW {f'WHEN ({condition}) ' if condition else ''}"
                f"EXECUTE FUNCTION {PG_CUSTOMER}_changed()"
                for table, (event, condition) in when.items()
            ),
            # A new customer's lexemes (a test database's flush empties the customers
            # without triggers: an id used again is written over, ON CONFLICT).
            f"CREATE OR REPLACE TRIGGER {PG_CUSTOMER}_created AFTER INSERT "
            f"ON madoguchi_customer FOR EACH ROW EXECUTE FUNCTION {PG_CUSTOMER}_changed()",
        ]

    @staticmethod
    def rewrite_parties() -> list[str]:
        """Statements giving every existing document its customer's and senders' lexemes
        (migration 0041), in a copy of the table as rewrite_filters does: the customer's,
        then every sender's (in message order, joined as build_sql joins messages) in
        front of the document as it is. The same lexemes a rebuild gives, each message's
        sender before all the text rather than before its own message's, which no query
        tells apart. Idempotent: lexemes of either mark already there are removed first."""
        index = PostgresBackend().create_conversation_index()[-1]
        marks = f"u.lexeme LIKE '{CUSTOMER_MARK}%%' OR u.lexeme LIKE '{SENDER_MARK}%%'"
        return [
            *PostgresBackend.party_statements(),
            *PostgresBackend.window_statements(),
            f"TRUNCATE {CUSTOMER_TABLE}",
            f"SELECT {PG_CUSTOMER}_keep(ARRAY(SELECT id FROM madoguchi_customer))",
            f"DROP TABLE IF EXISTS {CONVERSATION_TABLE}_new",
            f"CREATE TABLE {CONVERSATION_TABLE}_new (conversation_id bigint, tsv tsvector)",
            DOCUMENTS_INLINE.replace(CONVERSATION_TABLE, f"{CONVERSATION_TABLE}_new"),
            f"INSERT INTO {CONVERSATION_TABLE}_new SELECT d.conversation_id, "
            f"{PG_CUSTOMER}(c.customer_id) || coalesce(("
            f"SELECT {PG_AGGREGATE}({PG_MARKED}('{SENDER_MARK}', m.from_name || ' ' "
            "|| m.from_address) ORDER BY m.id) FROM madoguchi_message m "
            "WHERE m.conversation_id = d.conversation_id), ''::tsvector) "
            f"|| {PG_SEPARATOR}::tsvector || ts_delete(d.tsv, ARRAY(SELECT u.lexeme "
            f"FROM unnest(d.tsv) u WHERE {marks})) AS tsv "
            f"FROM {CONVERSATION_TABLE} d LEFT JOIN madoguchi_conversation c "
            "ON c.id = d.conversation_id",
            *_swap_in_new_documents(index),
        ]

    @staticmethod
    def drop_parties() -> list[str]:
        tables = (
            "madoguchi_conversation",
            "madoguchi_customer",
            "madoguchi_organization",
            "madoguchi_customeraddress",
        )
        return [
            *(f"DROP TRIGGER IF EXISTS {PG_CUSTOMER}_changed ON {table}" for table in tables),
            f"DROP TRIGGER IF EXISTS {PG_CUSTOMER}_created ON madoguchi_customer",
            f"DROP FUNCTION IF EXISTS {PG_CUSTOMER}_changed()",
            f"DROP FUNCTION IF EXISTS {PG_CUSTOMER}(tsvector, bigint)",
            f"DROP FUNCTION IF EXISTS {PG_CUSTOMER}(bigint)",
            f"DROP FUNCTION IF EXISTS {PG_CUSTOMER}_keep(bigint[])",
            f"DROP FUNCTION IF EXISTS {PG_CUSTOMER}_compute(bigint)",
            f"DROP TABLE IF EXISTS {CUSTOMER_TABLE}",
            f"DROP FUNCTION IF EXISTS {PG_MARKED}(text, text)",
            f"DROP FUNCTION IF EXISTS {PG_NEWEST}(tsquery, integer, bigint)",
            f"DROP FUNCTION IF EXISTS {PG_BETWEEN}(tsquery, bigint, bigint)",
        ]

    def drop(self) -> list[str]:
        return [
            *super().drop(),
            *self.drop_parties(),
            f"DROP AGGREGATE IF EXISTS {PG_AGGREGATE}(tsvector)",
            f"DROP FUNCTION IF EXISTS {PG_JOIN}(tsvector, tsvector)",
            *self.drop_filters(),
        ]

    @staticmethod
    def rewrite_filters() -> list[str]:
        """Statements giving every existing document the reserved lexemes as
        filter_statements spells them now (migration 0038: session 8's `zz…` lexemes out,
        the ¦ ones in). Session 8's are told from a typed word of the same spelling by
        having no positions (array_to_tsvector adds none; text lexemes always have
        some). Copied into a new table as migration 0035 did (an UPDATE of every row
        doubles the heap until a VACUUM FULL); idempotent."""
        old = " OR ".join(f"u.lexeme LIKE '{prefix}%%'" for prefix in OLD_FILTER_PREFIXES)
        current = " OR ".join(
            f"u.lexeme LIKE '{prefix}%%'" for prefix in (FILTER_STATUS, FILTER_LABEL)
        )
        reserved = (
            "ARRAY(SELECT u.lexeme FROM unnest(tsv) u "
            f"WHERE u.positions IS NULL AND ({old} OR {current}))"
        )
        index = PostgresBackend().create_conversation_index()[-1]
        return [
            *PostgresBackend.filter_statements(),
            f"CREATE TABLE {CONVERSATION_TABLE}_new AS SELECT conversation_id, "
            f"ts_delete(tsv, {reserved}) || {PG_FILTERS}(conversation_id) AS tsv "
            f"FROM {CONVERSATION_TABLE}",
            *_swap_in_new_documents(index),
        ]

    @staticmethod
    def drop_filters() -> list[str]:
        return [
            f"DROP TRIGGER IF EXISTS {PG_FILTERS}_status ON madoguchi_conversation",
            f"DROP TRIGGER IF EXISTS {PG_FILTERS}_label ON madoguchi_conversation_labels",
            f"DROP FUNCTION IF EXISTS {PG_FILTERS}_status()",
            f"DROP FUNCTION IF EXISTS {PG_FILTERS}_label()",
            f"DROP FUNCTION IF EXISTS {PG_FILTERS}(bigint)",
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
        # The customer's lexemes first, each message's sender before its text
        # (party_statements), the filters last (no positions).
        return (
            f"INSERT INTO {CONVERSATION_TABLE} (conversation_id, tsv) "
            f"SELECT m.conversation_id, {PG_CUSTOMER}(min(c.customer_id)) || "
            f"{PG_AGGREGATE}({PG_MARKED}('{SENDER_MARK}', m.from_name || ' ' || m.from_address) "
            f"|| s.tsv ORDER BY m.id) || {PG_FILTERS}(m.conversation_id) "
            f"FROM madoguchi_message m JOIN {TABLE} s ON s.message_id = m.id "
            "JOIN madoguchi_conversation c ON c.id = m.conversation_id "
            f"{where} GROUP BY m.conversation_id"
        )

    def conversation_match_sql(
        self, terms: Sequence[Term], any_of: bool = False, required: Sequence[str] = ()
    ) -> tuple[str, list[Any]]:
        """required: tsquery literals of reserved lexemes the document must also have
        (reserved_query: a status, one of a label's ids, a customer's or sender's phrase);
        terms may then be empty."""
        query, params = self.query_sql(self._expression(terms, any_of) if terms else "", required)
        return (
            f"SELECT conversation_id FROM {CONVERSATION_TABLE} WHERE tsv @@ {query}",
            params,
        )

    @staticmethod
    def query_sql(expression: str, required: Sequence[str] = ()) -> tuple[str, list[Any]]:
        """The tsquery of the words (`expression`, for to_tsquery) ANDed with the reserved
        lexemes' literals, as SQL and its parameters. The reserved lexemes go in as a
        tsquery literal (its input keeps ¦ verbatim, where to_tsquery's parser would drop
        it), ANDed with the words: still one GIN match."""
        reserved = " & ".join(f"({literal})" for literal in required)
        if not reserved:
            return "to_tsquery('simple', %s)", [expression]
        if not expression:
            return "%s::tsquery", [reserved]
        return "(to_tsquery('simple', %s) && %s::tsquery)", [expression, reserved]

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

    @staticmethod
    def window_statements() -> list[str]:
        """PG_BETWEEN(query, low, high): the ids of the documents matching `query` whose
        conversation id is in (low, high], as the intersection of the GIN index's
        matches and the primary key's range (a BitmapAnd): only the matches in the range
        are read from the heap. For the facets, which count the newest FACET_LIMIT
        matches (search._newest_matches asks for ranges of ids, newest first, until it
        has them). Left to itself the planner walked the range's documents one by one
        by primary key and tested each (`invoices`, the newest 20,000 conversations:
        45,718 buffers, 110 ms; 請求書 the same range as a BitmapAnd: 5,500, 33 ms), or
        read every match through the GIN index (from:佐藤: 15,800 heap pages where the
        newest 1,001 matches needed 1,200); hence the settings inside the function, and
        EXECUTE so that each call is planned with its own values."""
        return [
            f"CREATE OR REPLACE FUNCTION {PG_BETWEEN}(query tsquery, low bigint, high bigint) "
            "RETURNS SETOF bigint LANGUAGE plpgsql STABLE "
            "SET enable_indexscan = off SET enable_seqscan = off AS $$ BEGIN "
            f"RETURN QUERY EXECUTE 'SELECT conversation_id FROM {CONVERSATION_TABLE} "
            "WHERE tsv @@ $1 AND conversation_id > $2 AND conversation_id <= $3' "
            "USING query, low, high; END $$",
            # PG_NEWEST(query, wanted, width): the newest `wanted` matches, newest first,
            # from windows of ids (the first `width` wide, each next four times wider).
            f"CREATE OR REPLACE FUNCTION {PG_NEWEST}(query tsquery, wanted integer, "
            "width bigint) RETURNS SETOF bigint LANGUAGE plpgsql STABLE AS $$ "
            "DECLARE high bigint; low bigint; got integer := 0; n integer; BEGIN "
            f"SELECT max(conversation_id) INTO high FROM {CONVERSATION_TABLE}; "
            "WHILE high > 0 AND got < wanted LOOP low := greatest(high - width, 0); "
            f"RETURN QUERY SELECT b FROM {PG_BETWEEN}(query, low, high) b "
            "ORDER BY b DESC LIMIT wanted - got; "
            "GET DIAGNOSTICS n = ROW_COUNT; got := got + n; "
            "high := low; width := width * 4; END LOOP; END $$",
        ]

    @staticmethod
    def windowed(sql: str, params: list[Any], window: tuple[int, int]) -> tuple[str, list[Any]]:
        """A conversation_match_sql's ids limited to the conversation ids in (low, high]
        (window_statements)."""
        head = f"SELECT conversation_id FROM {CONVERSATION_TABLE} WHERE tsv @@ "
        assert sql.startswith(head), sql
        return f"SELECT {PG_BETWEEN}({sql[len(head) :]}, %s, %s)", [*params, *window]

    @staticmethod
    def answered_first(sql: str) -> str:
        """The ids `sql` selects, computed once through the GIN index before the rest of
        the statement runs (an InitPlan: ARRAY() of a subquery is never joined). Left as a
        subquery, the planner estimated ~10,000 matches for `refund -charged` (0 in
        fact) and walked the conversations newest first testing each document by primary
        key to fill a page that never filled: 333,000 probes, 4.3-6.6 s at 1,000,000
        messages. The GIN index answers that tsquery exactly, without reading a document
        (`refund & !charged`: 49 index pages, 2.7 ms): only its matches' heap rows are
        read, for their ids (~3 µs each when cached, one page each)."""
        return f"SELECT unnest(ARRAY({sql}))"

    def conversation_test_sql(
        self,
        terms: Sequence[Term],
        any_of: bool = False,
        per_row: bool = True,
        expression: str | None = None,
        required: Sequence[str] = (),
    ) -> tuple[str, list[Any]]:
        """A condition on "madoguchi_conversation": its document matches. per_row: tested
        row by row (the document read by primary key), for walking the conversations
        newest first (compile.py); OFFSET 0 keeps the planner from turning it into a
        join over every match. Otherwise the planner may join (a negated word: NOT
        EXISTS is an anti-join, where NOT IN over a subquery larger than work_mem is
        re-read for every row: `refund -charged` took 23 s)."""
        query, params = self.query_sql(
            expression if expression is not None else self._expression(terms, any_of), required
        )
        return (
            f"EXISTS (SELECT 1 FROM {CONVERSATION_TABLE} d "
            'WHERE d.conversation_id = "madoguchi_conversation"."id" '
            f"AND d.tsv @@ {query}" + (" OFFSET 0)" if per_row else ")"),
            params,
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
        """ts_rank of the whole conversation's document, as SQLite's bm25 (no grouping),
        over the newest RANK_CANDIDATES matches only: ranking every match read and
        ranked each one's document (返金: 46,000, 550 ms at 1,000,000 messages). So "by
        relevance" orders the most recent thousand matches, which is what a reader
        looking for a recent case wants. The newest are read in windows of ids
        (PG_NEWEST, window_statements): session 9 chose between walking the documents
        newest first and sorting all the GIN index's ids, and 請求書 (23,411 matches)
        still cost 237,694 buffers a search, 34,441 of them read from disk."""
        expression = self._expression(terms, any_of)
        return (
            f"SELECT d.conversation_id FROM {CONVERSATION_TABLE} d WHERE d.conversation_id IN "
            f"(SELECT {PG_NEWEST}(to_tsquery('simple', %s), %s, %s)) "
            "ORDER BY ts_rank(d.tsv, to_tsquery('simple', %s)) DESC, d.conversation_id DESC "
            "LIMIT %s",
            [expression, RANK_CANDIDATES, RANK_WINDOW, expression, limit],
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


def _swap_in_new_documents(index: str) -> list[str]:
    """The end of a rewrite by copy (migrations 0035, 0038, 0041): the new table takes the
    old one's name, key and index."""
    return [
        f"DROP TABLE {CONVERSATION_TABLE}",
        f"ALTER TABLE {CONVERSATION_TABLE}_new RENAME TO {CONVERSATION_TABLE}",
        f"ALTER TABLE {CONVERSATION_TABLE} ALTER COLUMN tsv SET NOT NULL, "
        "ADD PRIMARY KEY (conversation_id)",
        index,
        f"ANALYZE {CONVERSATION_TABLE}",
    ]
