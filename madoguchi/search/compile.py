"""A parsed query (query.py) as one condition on conversations.

Text is matched per message through the index (backends.py); a conversation matches a
word when any of its messages does, so `-請求` means "no message mentions 請求" and
`返金 OR 請求` unions two sets. A single word, a phrase or words ORed are looked up in the
conversation-level index (one document per conversation, the same answer). Words ANDed
at one level are sent to the message-level index as one expression (they must then
occur in the same message, which is what people mean by several words).

On SQLite the filters status, priority, assignee, mailbox and label beside a word (or
two of them alone) join the word's FTS5 match as the document's filter tokens
(backends.FILTER_MARK; Compiler.folded_filters): one match, walked newest first, instead
of the word's matches read as a list and each conversation's row tested. On PostgreSQL
status, label, and customer: or from: with a Japanese value are reserved lexemes of the
document ANDed with the word in one tsquery (Compiler.filter_lexemes), and the facets
read the matches in windows of ids, newest first (Compiler.window).

Filter values that name things (a label, a person, a mailbox, a team) are looked up
here; one that names nothing is a Problem, not an empty result, so the user learns that
`label:請求書` was a typo rather than that nothing matched.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time
from typing import Any

from django.db import connection
from django.db.models import BooleanField, Exists, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from madoguchi.search.backends import (
    CUSTOMER_MARK,
    SENDER_MARK,
    PostgresBackend,
    SqliteBackend,
    Term,
    backend_for,
    filter_token,
    reserved_query,
)
from madoguchi.search.query import (
    HAS_VALUES,
    IS_VALUES,
    PRIORITY_ALIASES,
    STATUS_ALIASES,
    And,
    Filter,
    Node,
    Not,
    Or,
    Problem,
    Text,
    parse_date,
)
from madoguchi.search.tokens import (
    CJK_CHARACTERS,
    filter_tokens,
    normalise,
    term_alternatives,
)

_CJK_RUN = re.compile(f"[{CJK_CHARACTERS}]+")

MATCH_ALL = Q()
# Below this many matches sorting them all is cheap whatever the size of the inbox.
MIN_WALK_MATCHES = 200
# SQLite: sorting a match reads its whole row (~10x a step of the walk along conv_recent,
# an index entry and a look-up in the match's table), so walk from √(26 N / 10) matches
# (~930 at 333,000 conversations, not 2,942): `status:open label:請求` (2,228 matches)
# sorted them in 9.9 ms of SQLite CPU; walking, ~1 ms (bench/search.py --explain).
SORT_COST_IN_STEPS = 10
# PostgreSQL: how many of the newest conversations are tested to estimate a term's
# frequency (Compiler.dense).
SAMPLE = 1000
# PostgreSQL: reading a match through the GIN index costs about as much as testing this
# many conversations' documents by primary key (30 µs against 10 µs: Compiler.dense).
PROBES_PER_MATCH = 3


def _phrase(text: Text) -> Term | None:
    """What the index must match for a word or phrase; None when it has no tokens (「、」)."""
    return term_alternatives(text.text, exact=text.phrase) or None


def _matching(terms: list[Term], any_of: bool = False) -> Q:
    """Conversations with a message matching every term (or any): the message-level index."""
    from madoguchi.models import Message

    sql, params = backend_for().match_sql(terms, any_of=any_of)
    messages = Message.objects.filter(id__in=RawSQL(sql, params)).values("conversation_id")
    return Q(id__in=messages)


_HITS = "_madoguchi_search_hits"
# Temporary tables a search may fill (search/signals.py creates them on each SQLite
# connection); a search with more distinct matches runs the others as they are.
HITS_SLOTS = 4


def hits_table(slot: int) -> str:
    return f"temp.madoguchi_search_hits_{slot}"


@contextmanager
def materialised_matches() -> Iterator[None]:
    """SQLite, for one search: each FTS5 match is run once into a temporary table
    (materialise), which the page's statements then read by primary key.

    A search asks the same match three times: whether it is common (a count), the
    newest FACET_LIMIT matches for the facets, and the newest page. SQLite evaluated the
    match and built a list of all its conversation ids for each statement: 「金」 (a
    prefix query: every bigram starting with 金 merged, 46,000 conversations at 1,000,000
    messages) cost ~4 ms of SQLite CPU to evaluate and as much again to list, three
    times. Measured (bench/search.py, A/B interleaved on a loaded machine, CPU a whole
    search): 金 36.5 → 27.4 ms, 返金 26.3 → 24.1, 文字化け 29.2 → 24.0; filter
    combinations unchanged (their match is one statement already). The ids are only
    read through the mapping this block holds: a query compiled outside it (or a later
    search) never reads another search's ids; each search empties a table before
    filling it, and the last search's ids stay until then (a few hundred KB)."""
    if connection.vendor != "sqlite" or hasattr(connection, _HITS):
        yield
        return
    setattr(connection, _HITS, {})
    try:
        yield
    finally:
        delattr(connection, _HITS)


def materialise(sql: str, params: list[Any]) -> tuple[str, int] | None:
    """Inside materialised_matches(): the temporary table holding the ids this SQL
    selects (column id, the primary key), and how many; None outside it, or when the
    search has used every table."""
    tables: dict[tuple[str, tuple[Any, ...]], tuple[str, int]] | None = getattr(
        connection, _HITS, None
    )
    if tables is None:
        return None
    key = (sql, tuple(params))
    if key not in tables:
        if len(tables) >= HITS_SLOTS:
            return None
        name = hits_table(len(tables))
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {name}")
            cursor.execute(f"INSERT OR IGNORE INTO {name} (id) {sql}", params)
            tables[key] = (name, cursor.rowcount)
    return tables[key]


def _conversation_matching(
    terms: list[Term], any_of: bool, walk: bool, sql_params: tuple[str, list[Any]] | None = None
) -> Q:
    """The same question for one word, phrase or alternative, asked of the
    conversation-level index (backends.py): no look-up per matching message."""
    backend = backend_for()
    sql, params = sql_params or backend.conversation_match_sql(terms, any_of=any_of)
    if isinstance(backend, SqliteBackend) and (table := materialise(sql, params)):
        sql, params = f"SELECT id FROM {table[0]}", []
    if not walk:
        return Q(id__in=RawSQL(sql, params))
    if isinstance(backend, PostgresBackend):
        # PostgreSQL: the same walk, by testing each conversation's document as the
        # newest-first index (conv_recent) yields it, until a page is full.
        test, params = backend.conversation_test_sql(terms, any_of=any_of)
        return Q(RawSQL(test, params, output_field=BooleanField()))
    # "+id" keeps SQLite from using the primary key for this IN: it then walks the
    # conversations newest first (index conv_recent) and stops after a page, instead of
    # fetching and sorting every match (返金 at 100,000 conversations: 15 → 2 ms).
    # Only for words common enough that a page comes quickly (Compiler.walkable).
    return Q(
        RawSQL(f'+"madoguchi_conversation"."id" IN ({sql})', params, output_field=BooleanField())
    )


def _in_window(backend: PostgresBackend, sql: str, params: list[Any], window: tuple[int, int]) -> Q:
    """PostgreSQL, for the facets' windows (search._newest_matches): the conversation is
    one of the matches of `sql` in the window of ids (PostgresBackend.windowed), as a
    hashed set each of the window's conversations is looked up in. As `id IN (…)` the
    planner joined the matches to the conversations one primary-key probe each (and
    again for each mailbox the user sees): at 33,000 conversations, 返金's newest window
    10,617 buffers, 2,718 this way, reading the window's rows in the primary key's
    order (or, with `after:`, the pages conv_recent names: 10,742 → 3,204); IS TRUE
    keeps the planner from turning it back into a join."""
    window_sql, window_params = backend.windowed(sql, params, window)
    return Q(
        RawSQL(
            f'("madoguchi_conversation"."id" IN ({window_sql})) IS TRUE',
            window_params,
            output_field=BooleanField(),
        )
    )


def _japanese_words(value: str) -> Term | None:
    """The index phrase for a filter value made only of Japanese characters (one CJK run
    after normalising, as 佐藤 or ｻﾄｳ), which the index finds wherever it is a substring of
    the indexed text, as LIKE does; None for anything else ('sato' is a LIKE substring of
    'isato' but not a word of it)."""
    runs = _CJK_RUN.findall(normalise(value))
    if len(runs) != 1 or runs[0] != normalise(value).strip():
        return None
    return term_alternatives(value, exact=True) or None


def _customer_term(leaf: Filter) -> Term | None:
    """SQLite: `customer:` with a Japanese value (_japanese_words) as the phrase of its
    marked tokens in the conversation's filters column (backends.CUSTOMER_MARK); None
    for any other filter or value, which keep LIKE."""
    if leaf.name != "customer" or connection.vendor != "sqlite":
        return None
    words = _japanese_words(leaf.value)
    if not words:
        return None
    return [([CUSTOMER_MARK + token for token in tokens], prefix) for tokens, prefix in words]


def _party_query(leaf: Filter) -> str | None:
    """PostgreSQL: `customer:` or `from:` with a Japanese value (_japanese_words) as the
    tsquery literal of its marked lexemes in the document
    (backends.PostgresBackend.party_statements); None for any other filter or value,
    which keep LIKE."""
    if leaf.name not in ("customer", "from") or connection.vendor != "postgresql":
        return None
    words = _japanese_words(leaf.value)
    if not words:
        return None
    return reserved_query(words, CUSTOMER_MARK if leaf.name == "customer" else SENDER_MARK)


def _day_start(day: Any) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


class Compiler:
    """walk: compile for the newest-first page, where text common enough is matched so
    that the database walks the conversations in time order (see _conversation_matching)."""

    def __init__(
        self,
        user: Any,
        labels: Any = None,
        walk: bool = False,
        window: tuple[int, int] | None = None,
    ) -> None:
        self.user = user
        # PostgreSQL, for the facets: the text's matches are read only among the
        # conversation ids in (low, high] (search._newest_matches; backends.
        # PostgresBackend.window_statements), never walked.
        self.window = window
        # The labels this user may name (another team's private label is as unknown as
        # one that does not exist); None: every label.
        self.labels = labels
        self.walk = walk
        self.problems: list[Problem] = []
        self.negated = False
        self._walk_threshold: int | None = None
        self._conversations = 0
        self._label_ids: dict[str, list[int]] = {}
        # PostgreSQL: a walk is chosen for common words alone (compile_query). Beside a
        # negation or a filter the density of the word says nothing of the page's, and a
        # walk to an empty page reads every conversation (`refund -charged`: 34 s,
        # `customer:佐藤 解約`: 9.8 s on the bench data).
        self.may_walk = True
        # PostgreSQL: whether a word's density may be sampled (Compiler.dense) to choose
        # between walking and reading the GIN index's matches (compile_query).
        self.sample = True

    def walkable(self, terms: list[Term], any_of: bool) -> bool:
        """Whether a page of newest matches comes sooner by walking the conversations
        in time order than by sorting all matches: walking reads about 26 × N / n
        conversations for n matches among N, sorting reads n, so walk when n ≥ √(26 N)
        (1,600 at 100,000 conversations). n is counted only up to that, in the index."""
        backend = backend_for()
        if isinstance(backend, PostgresBackend):
            return (
                self.may_walk
                and self.sample
                and not self.window
                and self.dense(backend, terms, any_of)
            )
        if not self.walk:
            return False
        sql, params = backend.conversation_match_sql(terms, any_of=any_of)
        return self.common(sql, params)

    def dense(
        self,
        backend: PostgresBackend,
        terms: list[Term],
        any_of: bool,
        expression: str | None = None,
        required: list[str] | None = None,
    ) -> bool:
        """PostgreSQL: whether walking the conversations newest first and testing each
        one's document (~10 µs a probe at 333,000 conversations) finds the rows wanted
        sooner than reading every match through the GIN index (~30 µs a match: the
        heap row is read back for a phrase's positions). Walking reads rows × N / n
        conversations, so walk when n ≥ √(rows × N / 3); rows: 26 for the newest page,
        FACET_LIMIT + 1 for the facets' newest matches (the non-walking compile). n is
        estimated by testing the newest SAMPLE conversations, the ones a walk reads:
        counting matches up to the threshold cost ~30 µs each (93 ms for 2,942).

        N is the planner's row count of the table (pg_class.reltuples, kept by ANALYZE
        and autovacuum), read in the sample's statement: no statement more. Until session
        15 it was the newest id, which counts every id ever handed out: equal at 1,000,000
        messages (max(id), count(*) and reltuples all 333,000 on the bench cluster, no
        conversation deleted or merged, so no plan there changes), but a sequence is not
        rolled back with a transaction, so in a test suite the newest id grew from test to
        test over a few dozen rows and the same search was walked in the full suite and
        read through the index alone (sessions 12–13); ids lost to rolled-back imports or
        deleted conversations inflate it the same way in a real inbox. N is never below
        the rows the sample found; a table never analysed (reltuples -1, a young one) is
        counted in the same statement."""
        test, params = backend.conversation_test_sql(
            terms, any_of=any_of, expression=expression, required=required or ()
        )
        with connection.cursor() as cursor:
            # The table's row count (for the threshold) comes with the sample: one statement.
            cursor.execute(
                "SELECT count(*), count(*) FILTER (WHERE "
                f"{test}), (SELECT CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint "
                # never analysed: counted (an InitPlan, run only in this case)
                "ELSE (SELECT count(*) FROM madoguchi_conversation) END FROM pg_class c "
                "WHERE c.oid = 'madoguchi_conversation'::regclass) FROM (SELECT id FROM "
                'madoguchi_conversation ORDER BY id DESC LIMIT %s) AS "madoguchi_conversation"',
                [*params, SAMPLE],
            )
            sampled, hits, estimated = cursor.fetchone()
        if self._walk_threshold is None:
            self._conversations = max(int(estimated or 0), sampled)
            rows = 26 if self.walk else 1001
            self._walk_threshold = max(
                MIN_WALK_MATCHES, math.isqrt(rows * self._conversations // PROBES_PER_MATCH)
            )
        estimate = hits * self._conversations / sampled if sampled else 0
        return bool(hits and estimate >= self._walk_threshold)

    def common(self, sql: str, params: list[Any], matches: bool = True) -> bool:
        """Whether the conversation ids this SQL selects reach the walking threshold;
        matches: the SQL is an FTS5 match, counted from its materialised table."""
        from madoguchi.models import Conversation

        if self._walk_threshold is None:
            newest = Conversation.objects.order_by("-id").values_list("id", flat=True).first()
            self._walk_threshold = max(
                MIN_WALK_MATCHES, math.isqrt(26 * (newest or 0) // SORT_COST_IN_STEPS)
            )
        if matches and (table := materialise(sql, params)):
            return table[1] >= self._walk_threshold
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM ({sql} LIMIT %s) AS found",
                [*params, self._walk_threshold],
            )
            (found,) = cursor.fetchone()
        return bool(found >= self._walk_threshold)

    def matching(self, terms: list[Term], any_of: bool = False, negated: bool = False) -> Q:
        backend = backend_for()
        if negated and isinstance(backend, PostgresBackend) and (len(terms) == 1 or any_of):
            test, params = backend.conversation_test_sql(terms, any_of=any_of, per_row=False)
            return Q(RawSQL(test, params, output_field=BooleanField()))
        if len(terms) == 1 or any_of:
            if self.window and isinstance(backend, PostgresBackend):
                sql, params = backend.conversation_match_sql(terms, any_of=any_of)
                return _in_window(backend, sql, params, self.window)
            walk = not negated and self.walkable(terms, any_of)
            return _conversation_matching(terms, any_of, walk)
        return _matching(terms, any_of)  # several words ANDed: in one message

    def excluded_words(self, node: And) -> dict[int, Term]:
        """The words and phrases negated directly under this AND (`refund -charged`), by
        the id of their Not node, when the conversation index can exclude them in the
        same expression as the one word beside them."""
        found: dict[int, Term] = {}
        for child in node.nodes:
            if isinstance(child, Not) and isinstance(child.node, Text):
                if phrase := _phrase(child.node):
                    found[id(child)] = phrase
        return found

    def folded_filters(self, node: And) -> dict[int, Term]:
        """SQLite: the filters directly under this AND that the conversation document
        holds as tokens (backends.FILTER_MARK), by their node's id, each as the tokens
        any of which it matches: they join the word's FTS5 match, so `返金 status:open`
        is one walk of one match. A value naming nothing is left to filter(), which
        reports it."""
        if not isinstance(backend_for(), SqliteBackend):
            return {}  # PostgreSQL keeps its own way (its documents hold no filters)
        found: dict[int, Term] = {}
        for child in node.nodes:
            if isinstance(child, Filter) and (tokens := self.filter_tokens(child)):
                found[id(child)] = [([token], False) for token in tokens]
            elif isinstance(child, Filter) and (term := _customer_term(child)):
                found[id(child)] = term
        return found

    def filter_tokens(self, leaf: Filter) -> list[str]:
        from madoguchi.models import Label, Mailbox
        from madoguchi.models.conversations import Status

        value = leaf.value.lower()
        if leaf.name == "status":
            status = STATUS_ALIASES.get(value, value)
            return [filter_token("s", status)] if status in Status.values else []
        if leaf.name == "priority" and value in PRIORITY_ALIASES:
            return [filter_token("p", PRIORITY_ALIASES[value])]
        if leaf.name == "label":
            named = (self.labels if self.labels is not None else Label.objects).filter(
                name__iexact=leaf.value
            )
            return [filter_token("l", pk) for pk in named.values_list("id", flat=True)]
        if leaf.name == "assignee":
            people = self.assignee_ids(leaf)
            return [filter_token("o", pk or 0) for pk in people or []]
        if leaf.name == "mailbox":
            mailboxes = Mailbox.objects.filter(
                Q(name__icontains=leaf.value) | Q(address__iexact=leaf.value)
            )
            return [filter_token("m", pk) for pk in mailboxes.values_list("id", flat=True)]
        return []

    def matching_except(
        self,
        term: Term,
        excluded: list[Term],
        negated: bool,
        alone: bool = False,
        filters: list[Term] | None = None,
    ) -> Q:
        """A conversation mentioning `term` and none of `excluded`, from one FTS5 match
        (backends.SqliteBackend.conversation_match_except_sql): "no message mentions
        charged" is "the conversation's document does not", as for -charged alone."""
        backend = backend_for()
        assert isinstance(backend, (SqliteBackend, PostgresBackend))
        if filters:
            assert isinstance(backend, SqliteBackend)  # folded_filters: SQLite only
            sql, params = backend.conversation_match_except_sql(term, excluded, filters)
        else:
            sql, params = backend.conversation_match_except_sql(term, excluded)
        if isinstance(backend, PostgresBackend) and self.window and not negated:
            return _in_window(backend, sql, params, self.window)
        if isinstance(backend, PostgresBackend):
            # The whole expression (`請求 & !返金`) is sampled when nothing else is
            # beside it. Common, the planner's own plan is kept (a merge join walking
            # both primary keys newest first: 28 ms of server CPU for 請求 -返金, where
            # the index's ~60,000 ids cost 526 and a probe per conversation 54). Rare or
            # empty, its estimate is far off (~10,000 for refund -charged, 0 in fact)
            # and that walk read all 333,000 documents (4.3 s): the index answers first
            # (answered_first: ~10 ms).
            expression = params[0]
            sampled = alone and not negated and self.sample
            if sampled and self.dense(backend, [term], False, expression):
                return Q(id__in=RawSQL(sql, params))
            return Q(id__in=RawSQL(backend.answered_first(sql), params))
        # PostgreSQL walks by testing each conversation's document for the term alone
        # (_conversation_matching), which would forget the exclusion: it reads the
        # matches through the GIN index instead.
        walk = (
            not negated
            and self.walk
            and isinstance(backend, SqliteBackend)
            and self.common(sql, params)
        )
        return _conversation_matching([term], False, walk, (sql, params))

    def filter_lexemes(self, node: And) -> tuple[list[str], set[int], set[int]]:
        """PostgreSQL: the filters directly under this AND that the document holds as
        reserved lexemes, as tsquery literals the word's match must also have
        (backends.reserved_query): status: and label: (PostgresBackend.filter_statements),
        and customer: or from: with a Japanese value (party_statements); the ids of the
        customer:/from: nodes, which the lexemes answer whole; and the ids of the label:
        nodes, which they answer whole too when the match carries them (compile). The
        triggers keep a document's label lexemes in the transaction that labels its
        conversation, so the label's rows need not be read again: `返金 label:請求` at
        1,000,000 messages looked each of its 3,115 matches up in
        madoguchi_conversation_labels (9,346 buffers) for the facets and again for the
        page. The status stays a condition too: the conversation's row is read anyway."""
        if not isinstance(backend_for(), PostgresBackend):
            return [], set(), set()
        literals: list[str] = []
        parties: set[int] = set()
        labelled: set[int] = set()
        for child in node.nodes:
            if not isinstance(child, Filter):
                continue
            if child.name == "status" and (status := STATUS_ALIASES.get(child.value.lower())):
                literals.append(
                    reserved_query([([token], False) for token in filter_tokens(status=status)])
                )
            elif child.name == "label" and (labels := self.label_ids(child.value)):
                lexemes = filter_tokens(label_ids=tuple(labels))
                literals.append(reserved_query([([token], False) for token in lexemes]))
                labelled.add(id(child))
            elif party := _party_query(child):
                literals.append(party)
                parties.add(id(child))
        return literals, parties, labelled

    def matching_filtered(self, term: Term | None, required: list[str], walk: bool = False) -> Q:
        """A word (or none) and its filters as one GIN match, its ids read first
        (answered_first): the planner otherwise joins the word's matches, estimated
        without the filters.

        walk: nothing beside the word but status: filters, answered by the row as well
        (compile), so a walk's density is the sampled one. For the newest page and the relevance
        candidates, when the word with its filters is common in the newest conversations
        (dense), each conversation's document is tested as conv_recent yields it, as for
        a common word alone: `返金 status:open` at 1,000,000 messages read all 4,615
        matches' rows by primary key and sorted them (~23,000 of the page's 28,000
        buffers), and the relevance candidates hash-joined the same 4,615."""
        backend = backend_for()
        assert isinstance(backend, PostgresBackend)
        if self.window:
            sql, params = backend.conversation_match_sql([term] if term else [], required=required)
            return _in_window(backend, sql, params, self.window)
        if (
            walk
            and term
            and self.walk
            and self.sample
            and self.dense(backend, [term], False, required=required)
        ):
            test, params = backend.conversation_test_sql([term], required=required)
            return Q(RawSQL(test, params, output_field=BooleanField()))
        sql, params = backend.conversation_match_sql([term] if term else [], required=required)
        return Q(id__in=RawSQL(backend.answered_first(sql), params))

    def party_matching(self, literal: str) -> Q:
        """PostgreSQL: `customer:佐藤` or `from:佐藤` alone, as the document's marked
        lexemes (backends.PostgresBackend.party_statements). For the newest page, walked
        as a common word is when it is common (佐藤: 15,800 of 333,000 conversations,
        ~550 documents tested for a page); otherwise its ids from the GIN index."""
        backend = backend_for()
        assert isinstance(backend, PostgresBackend)
        if self.negated:
            test, params = backend.conversation_test_sql(
                [], per_row=False, expression="", required=[literal]
            )
            return Q(RawSQL(test, params, output_field=BooleanField()))
        if self.walk and self.dense(backend, [], False, expression="", required=[literal]):
            test, params = backend.conversation_test_sql([], expression="", required=[literal])
            return Q(RawSQL(test, params, output_field=BooleanField()))
        return self.matching_filtered(None, [literal])

    def label_ids(self, value: str) -> list[int]:
        """The ids of the labels this user may name `value` (asked once per compile:
        filter_lexemes and filter both need them)."""
        from madoguchi.models import Label

        if value not in self._label_ids:
            named = (self.labels if self.labels is not None else Label.objects).filter(
                name__iexact=value
            )
            self._label_ids[value] = list(named.values_list("id", flat=True))
        return self._label_ids[value]

    def compile(self, node: Node, negated: bool = False) -> Q:
        self.negated = negated
        if isinstance(node, Text):
            phrase = _phrase(node)
            return self.matching([phrase], negated=negated) if phrase else MATCH_ALL
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Not):
            inner = self.compile(node.node, negated=not negated)
            return ~inner if inner != MATCH_ALL else MATCH_ALL
        if isinstance(node, And):
            phrases = [
                p for child in node.nodes if isinstance(child, Text) if (p := _phrase(child))
            ]
            excluded = self.excluded_words(node) if len(phrases) == 1 else {}
            folded = self.folded_filters(node) if len(phrases) <= 1 else {}  # SQLite only
            if not phrases and len(folded) < 2:
                folded = {}  # one filter alone stays a column test: nothing to intersect
            required, parties, labelled = (  # PostgreSQL only
                self.filter_lexemes(node)
                if len(phrases) <= 1 and not excluded and not negated
                else ([], set(), set())
            )
            if not phrases and not parties:
                required = []  # status and label alone stay column tests
            answered = {*excluded, *folded, *parties, *(labelled if required else ())}
            if excluded:
                # alone: the word and its exclusions are the whole AND.
                alone = len(node.nodes) == 1 + len(excluded)
                condition = self.matching_except(
                    phrases[0], list(excluded.values()), negated, alone, list(folded.values())
                )
            elif folded:
                terms = phrases + list(folded.values())
                walk = not negated and self.walkable(terms, False)
                condition = _conversation_matching(terms, False, walk)
            elif required:
                # A walk only for a word with status: (a column of the row a walk reads
                # anyway: most rows are passed over before their document is tested) and
                # nothing else, so the sampled density is the page's. `返金 label:請求`
                # walking tested 3,210 documents for a page (16,445 buffers), as many as
                # reading its 3,115 matches.
                rest = [c for c in node.nodes if not isinstance(c, Text) and id(c) not in answered]
                walk = not parties and not labelled and rest != []
                walk = walk and all(isinstance(c, Filter) and c.name == "status" for c in rest)
                condition = self.matching_filtered(
                    phrases[0] if phrases else None, required, walk=walk
                )
            else:
                condition = self.matching(phrases, negated=negated) if phrases else MATCH_ALL
            for child in node.nodes:
                if not isinstance(child, Text) and id(child) not in answered:
                    condition &= self.compile(child, negated)
            return condition
        assert isinstance(node, Or)
        if all(isinstance(child, Text) for child in node.nodes):
            phrases = [p for child in node.nodes if (p := _phrase(child))]  # type: ignore[arg-type]
            return self.matching(phrases, any_of=True, negated=negated) if phrases else MATCH_ALL
        options = [self.compile(child, negated) for child in node.nodes]
        if any(option == MATCH_ALL for option in options):
            return MATCH_ALL
        condition = options[0]
        for option in options[1:]:
            condition |= option
        return condition

    def walking_column(self, column: str, ids: list[int]) -> Q:
        """`column IN values`; for the newest-first page on SQLite, when the column's
        value is common (counted up to the walking threshold in its index), with the
        index on the column hidden from the planner, so that it walks the
        conversations newest first (conv_recent) as for a common word. Otherwise
        `customer:佐藤 解約` read every conversation of the 1,437 customers named 佐藤
        (15,800 at 1,000,000 messages) through conv_customer and sorted them: 21 ms of
        SQLite CPU for the page's statement; walking, about 3,900 rows."""
        from madoguchi.models import Conversation

        # The ids as one JSON parameter (Django prepares each parameter of a list).
        values = RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
        condition = Q(**{f"{column}__in": values})
        if not self.walk or self.negated:
            return condition
        sql, params = Conversation.objects.filter(condition).values("id").query.sql_with_params()
        if not self.common(sql, list(params), matches=False):
            return condition
        return Q(
            RawSQL(
                f'+"madoguchi_conversation"."{column}" IN (SELECT value FROM json_each(%s))',
                [json.dumps(ids)],
                output_field=BooleanField(),
            )
        )

    def unknown(self, leaf: Filter) -> Q:
        self.problems.append(Problem("unknown_value", leaf.name, leaf.value))
        return MATCH_ALL

    def filter(self, leaf: Filter) -> Q:
        from madoguchi.models import (
            Attachment,
            Customer,
            CustomerAddress,
            Mailbox,
            Message,
            Organization,
            Team,
        )

        value = leaf.value
        name = leaf.name
        if name == "status":
            return Q(status=STATUS_ALIASES.get(value.lower(), value.lower()))
        if name == "is":
            statuses = IS_VALUES.get(value.lower())
            return Q(status__in=statuses) if statuses else MATCH_ALL  # reported by the parser
        if name == "priority":
            return Q(priority=PRIORITY_ALIASES.get(value.lower(), 1))
        if name in ("before", "after"):
            # Not folded into the word's match (session 9, SQLite, 100,000
            # conversations, loaded): `after:2026-09-01 返金` costs 24.8 ms of CPU a
            # search against 16.3 for 返金, the difference almost all in the facets'
            # statement (the newest 1,001 matches by id, each one's date tested: 1.7 →
            # 8.8 ms with its rows); the page's statement walks conv_recent within the
            # date either way. Month tokens in the document would need a trigger on
            # last_message_at (every new mail) and an OR of months for a range: not done.
            day = parse_date(value)
            if day is None:
                return MATCH_ALL  # reported by the parser
            if name == "before":
                return Q(last_message_at__lt=_day_start(day))
            return Q(last_message_at__gte=_day_start(day))
        if name == "has":
            if HAS_VALUES.get(value.lower()) == "attachment":
                attached = Attachment.objects.filter(inline=False)
                return Q(id__in=attached.values("message__conversation_id"))
            return MATCH_ALL
        if name in ("from", "customer") and (party := _party_query(leaf)):
            return self.party_matching(party)
        if name == "from":
            sent = Q(from_address__icontains=value) | Q(from_name__icontains=value)
            words = _japanese_words(value)
            if words is None:
                return Q(id__in=Message.objects.filter(sent).values("conversation_id"))
            # A Japanese name (from:佐藤) is in the index too (senders are indexed with
            # the text): the index narrows to the conversations mentioning it, and only
            # their messages are read for the sender, instead of every message's sender
            # (300,000 LIKEs at 100,000 conversations: ~90 ms of SQLite CPU).
            own = Message.objects.filter(conversation_id=OuterRef("pk")).filter(sent)
            return self.matching([words], negated=self.negated) & Q(Exists(own))
        if name == "to":
            recipients = Message.objects.filter(to__icontains=value)
            return Q(mailbox__address__iexact=value) | Q(
                id__in=recipients.values("conversation_id")
            )
        if name == "customer":
            if connection.vendor != "sqlite" and _japanese_words(value):
                # PostgreSQL: the value's width folded (ｻﾄｳ finds サトウ), as the index
                # does on SQLite. Not the names': normalize() over every customer,
                # organisation and address cost ~190 ms more a search at 30,000
                # customers (EXPLAIN ANALYZE, loaded machine); a name stored in
                # half-width kana is found by a half-width value only.
                value = normalise(value)
            # Three subqueries, not joins: joined, every customer row was repeated per
            # address and organisation before the LIKEs (30,000 customers: 27 ms → ~6 ms).
            customers = Customer.objects.filter(
                Q(name__icontains=value)
                | Q(
                    organization__in=Organization.objects.filter(name__icontains=value).values("id")
                )
                | Q(
                    id__in=CustomerAddress.objects.filter(address__icontains=value).values(
                        "customer_id"
                    )
                )
            )
            if connection.vendor != "sqlite":
                return Q(customer__in=customers.values("id"))
            if term := _customer_term(leaf):
                # A Japanese value: the customer tokens of the conversation's document
                # (backends.CUSTOMER_MARK), matched as a word is, no LIKE.
                walk = not self.negated and self.walkable([term], False)
                return _conversation_matching([term], False, walk)
            # SQLite: the LIKEs once (~7 ms over 30,000 customers), not in each of the
            # page's three statements.
            ids = list(customers.values_list("id", flat=True))
            return self.walking_column("customer_id", ids)
        if name == "org":
            organizations = Organization.objects.filter(
                Q(name__icontains=value) | Q(domain__icontains=value)
            )
            return Q(customer__organization__in=organizations.values("id"))
        if name == "label":
            labels = self.label_ids(value)
            if not labels:
                return self.unknown(leaf)
            labelled = _conversations_with_labels(labels)
            if self.walk and not self.negated and connection.vendor == "sqlite":
                # A common label walks, as a common word does (_conversation_matching).
                sql, params = labelled.query.sql_with_params()
                if self.common(sql, list(params), matches=False):
                    return Q(
                        RawSQL(
                            f'+"madoguchi_conversation"."id" IN ({sql})',
                            params,
                            output_field=BooleanField(),
                        )
                    )
            return Q(id__in=labelled)
        if name == "assignee":
            return self.assignee(leaf)
        if name == "mailbox":
            mailboxes = list(
                Mailbox.objects.filter(
                    Q(name__icontains=value) | Q(address__iexact=value)
                ).values_list("id", flat=True)
            )
            return Q(mailbox_id__in=mailboxes) if mailboxes else self.unknown(leaf)
        if name == "team":
            teams = list(Team.objects.filter(name__icontains=value).values_list("id", flat=True))
            if not teams:
                return self.unknown(leaf)
            return Q(mailbox__in=Mailbox.objects.filter(teams__in=teams).values("id"))
        return self.unknown(leaf)

    def assignee(self, leaf: Filter) -> Q:
        people = self.assignee_ids(leaf)
        if people == [None]:
            return Q(owner__isnull=True)
        return Q(owner_id__in=people) if people else self.unknown(leaf)

    def assignee_ids(self, leaf: Filter) -> list[int | None]:
        """The owners `assignee:` names: [None] for nobody, [] for no one known."""
        from django.contrib.auth import get_user_model

        value = leaf.value
        lowered = value.lower()
        if lowered in ("me", "自分", "私"):
            return [self.user.pk]
        if lowered in ("none", "nobody", "unassigned", "未割当", "未割り当て", "なし"):
            return [None]
        # A person by login, display name (佐藤 花子), family or given name (佐藤, 田中さん).
        name = value.removesuffix("さん").removesuffix("様").strip() or value
        people: list[int | None] = list(
            get_user_model()
            .objects.filter(
                Q(username__iexact=value)
                | Q(agent__display_name__icontains=name)
                | Q(first_name__iexact=name)
                | Q(last_name__iexact=name)
            )
            .values_list("id", flat=True)
        )
        if not people and len(name) > 1:
            # 鈴木花子 for 「鈴木 花子」: Japanese write a full name without the space. The
            # team's people are few; their names are compared here with spaces removed.
            typed = _without_spaces(name)
            people = [
                pk
                for pk, display_name, first, last in get_user_model().objects.values_list(
                    "id", "agent__display_name", "first_name", "last_name"
                )
                if typed
                in (
                    _without_spaces(display_name or ""),
                    _without_spaces(f"{last}{first}"),
                    _without_spaces(f"{first}{last}"),
                )
            ]
        return people


def _without_spaces(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


def _conversations_with_labels(label_ids: list[int]) -> Any:
    from madoguchi.models import Conversation

    through = Conversation.labels.through
    return through.objects.filter(label_id__in=label_ids).values("conversation_id")


def compile_query(
    node: Node,
    user: Any,
    labels: Any = None,
    walk: bool = False,
    window: tuple[int, int] | None = None,
    sample: bool = True,
) -> tuple[Q, list[Problem]]:
    """sample=False: never sample a word's density (Compiler.dense, ~4,000 buffers at
    1,000,000 messages): the GIN index's matches are read, for a condition that only
    the rare case reads (search._newest_matches' last statement)."""
    compiler = Compiler(user, labels, walk, window)
    compiler.may_walk = _words_only(node)
    compiler.sample = sample
    condition = compiler.compile(node)
    return condition, compiler.problems


# Filters the windows of ids suit (search._newest_matches): held by the documents
# (status, label, customer, from), or tested on the window's own rows and passed by most
# of the word's matches (mailbox: `mailbox:窓口1 refund` at 1,000,000 messages, loaded
# machine, A/B twice: 72 → 40 ms of server CPU a search, 35,000 → 24,700 buffers, of
# which 13,000 → 40 read from outside shared_buffers: as one statement every match of
# refund was read). Not after:/before: `after:2026-09-01 返金` in windows read 16,800
# buffers instead of 36,800 but cost 76 ms of server CPU instead of 47: each window
# decodes the whole GIN entry of 返金 (46,000 matches, ~30 ms loaded) to intersect it
# with its range, where the one statement walks the newest conversations and tests
# the ~7,400 that pass the date.
WINDOWED_FILTERS = frozenset({"status", "is", "label", "customer", "from", "mailbox"})


def windowed(node: Node) -> bool:
    """PostgreSQL: whether the facets read the query's matches in windows of ids
    (search._newest_matches): it has text (or a customer:/from: the documents hold,
    _party_query) that must match, and no other filter that must match but those of
    WINDOWED_FILTERS. Beside a selective filter of another kind the conversations' own
    columns are better tested first, walking the newest (`priority:high 返金`: 56,000
    buffers a search walking, 103,000 in windows, which read most of 返金's 47,000
    matches to find 1,001 of high priority: session 10, before the windows' widths
    followed the density found and were tested as a hashed set, _in_window)."""
    return indexed(node) and not _column_filtered(node)


def _column_filtered(node: Node, negated: bool = False) -> bool:
    if isinstance(node, Filter):
        return not negated and node.name not in WINDOWED_FILTERS
    if isinstance(node, Not):
        return _column_filtered(node.node, not negated)
    if isinstance(node, And | Or):
        return any(_column_filtered(child, negated) for child in node.nodes)
    return False


def indexed(node: Node, negated: bool = False) -> bool:
    """Whether the query has text (or a customer:/from: the documents hold,
    _party_query) that must match, read from the index."""
    if isinstance(node, Text):
        return not negated
    if isinstance(node, Filter):
        return not negated and _party_query(node) is not None
    if isinstance(node, Not):
        return indexed(node.node, not negated)
    if isinstance(node, And):
        return any(indexed(child, negated) for child in node.nodes)
    assert isinstance(node, Or)
    return all(indexed(child, negated) for child in node.nodes)


def _words_only(node: Node) -> bool:
    """Words and phrases, ANDed or ORed: no filter, no negation."""
    if isinstance(node, Text):
        return True
    if isinstance(node, And | Or):
        return all(_words_only(child) for child in node.nodes)
    return False
