"""Full-text search over conversations, the same on SQLite and PostgreSQL.

- `index_messages(messages)`: add or replace messages in the index (ingest, sending).
- `search_conversations(visible, user, text, …)`: conversations the user may see that match the
  words, phrases and filters typed in the search box (see query.py).
- `reindex_conversations(ids)`: rebuild the conversation-level documents after messages
  moved between conversations (merge, unmerge).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext as _

from madoguchi.search.backends import Term, backend_for
from madoguchi.search.compile import compile_query, materialised_matches, windowed
from madoguchi.search.query import Or, Problem, SearchQuery, parse_query
from madoguchi.search.tokens import message_tokens, term_alternatives

__all__ = [
    "FACET_LIMIT",
    "SearchPage",
    "SearchQuery",
    "index_messages",
    "parse_query",
    "problem_message",
    "reindex_conversations",
    "search_conversations",
]

RELEVANCE_CANDIDATES = 500
# Facets count the newest FACET_LIMIT matches. Exact counts over every match cost a pass
# over all of them (14,000 conversations for 返金 at 100,000: ~300 ms of SQLite CPU for
# the status and label counts); the newest thousand are what a reader narrows, and the
# page says when there were more ("1,000+").
FACET_LIMIT = 1000
# PostgreSQL: the facets' first window of conversation ids and how much wider each next
# one is (_newest_matches): 20,000 ids hold ~1,000 matches of a word in one conversation
# in 20 (佐藤 as a sender at 1,000,000 messages); a rare word reaches 333,000 ids in
# four windows.
FACET_WINDOW = 20_000
FACET_WINDOW_GROWTH = 4
FACET_WINDOW_MARGIN = 4
FACET_WINDOW_SLACK = 1.5


def index_messages(messages: Sequence[Any]) -> None:
    backend_for().index(
        [(m.pk, message_tokens(m.subject, m.from_name, m.from_address, m.text)) for m in messages]
    )


def reindex_conversations(conversation_ids: Sequence[int]) -> None:
    backend_for().refresh_conversations(conversation_ids)


@dataclass(frozen=True)
class SearchPage:
    conversations: list[Any]
    next_cursor: str | None
    query: SearchQuery

    # What to show under the results: counts by status, label, assignee and mailbox.
    facets: dict[str, list[tuple[Any, ...]]] | None = None
    # The facets count only the newest FACET_LIMIT matches: there were more.
    facets_capped: bool = False

    @property
    def problems(self) -> list[str]:
        return [problem_message(problem) for problem in self.query.problems]


_FILTER_EXAMPLES = {
    "status": "status:open",
    "is": "is:open",
    "priority": "priority:urgent",
    "after": "after:2026-11-01",
    "before": "before:2026-11-30",
    "has": "has:attachment",
    "assignee": "assignee:me",
}


def problem_message(problem: Problem) -> str:
    """The problem in the reader's language, naming the filter and the value."""
    if problem.kind == "bad_date":
        return _("%(name)s: expects a date like 2026-11-25, not “%(value)s”.") % {
            "name": problem.name,
            "value": problem.value,
        }
    if problem.kind == "date_range":
        return _("%(name)s: “%(value)s” is outside 1970–2999.") % {
            "name": problem.name,
            "value": problem.value,
        }
    if problem.kind == "unknown_value":
        return _("%(name)s: nothing is called “%(value)s”.") % {
            "name": problem.name,
            "value": problem.value,
        }
    if problem.kind == "unknown_filter":
        return _(
            "“%(name)s:” is not a filter, so it was searched as a word. Did you mean %(meant)s:?"
        ) % {"name": problem.name, "meant": problem.value}
    if problem.kind == "empty_value":
        return _("%(name)s: needs a value after the colon (for example %(example)s).") % {
            "name": problem.name,
            "example": _FILTER_EXAMPLES.get(problem.name, f"{problem.name}:…"),
        }
    if problem.kind == "empty_range":
        return _(
            "No day is both after and before these dates (%(value)s): check after: and before:."
        ) % {"value": problem.value}
    if problem.kind == "nothing":
        return _("“%(value)s” has no word or filter to search for.") % {"value": problem.value}
    return _("A parenthesis is not closed or not opened; check ( and ).")


# Cursors are "timestamp_id"; anything else (inf, 1e20, garbage) starts from the top.
def _encode_cursor(conversation: Any) -> str:
    return f"{conversation.last_message_at.timestamp():.6f}_{conversation.pk}"


def _decode_cursor(cursor: str) -> tuple[datetime, int] | None:
    try:
        stamp, pk = cursor.split("_")
        seconds = float(stamp)
        if not math.isfinite(seconds) or not 0 <= seconds < 32503680000:  # before year 3000
            return None
        return datetime.fromtimestamp(seconds, tz=UTC), int(pk)
    except (ValueError, OverflowError, OSError):
        return None


def _ranking_terms(query: SearchQuery) -> list[Term]:
    return [term for text in query.terms if (term := term_alternatives(text, exact=False))]


def _id_list(ids: Sequence[int]) -> RawSQL:
    """A thousand ids as one parameter: Django prepares each parameter of an IN list in
    Python (~1,600 per search for the facets), which cost more than the counting."""
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [list(ids)])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(list(ids))])


def facet_counts(
    conversations: Sequence[tuple[int, str, int | None, int]], labels: Any = None
) -> dict[str, list[tuple[Any, ...]]]:
    """Counts of these conversations (id, status, owner id, mailbox id) by status, label,
    assignee and mailbox (`labels`: the labels the user may see; None: every label).

    Status, assignee and mailbox are counted here from the rows the search read anyway
    (a second grouped pass over the same thousand rows cost ~4 ms of SQLite CPU at
    1,000,000 messages), labels in one grouped statement; the names are then read for
    the few owners and mailboxes found."""
    from django.contrib.auth import get_user_model

    from madoguchi.models import Conversation, Mailbox

    ids = _id_list([row[0] for row in conversations])
    by_status: Counter[str] = Counter(row[1] for row in conversations)
    by_owner: Counter[int | None] = Counter(row[2] for row in conversations)
    by_mailbox: Counter[int] = Counter(row[3] for row in conversations)
    owner_ids = [pk for pk in by_owner if pk is not None] or [0]
    owners = {
        pk: (username, display_name)
        for pk, username, display_name in get_user_model()
        .objects.filter(id__in=owner_ids)
        .values_list("id", "username", "agent__display_name")
    }
    mailbox_ids = list(by_mailbox) or [0]
    mailbox_names = dict(Mailbox.objects.filter(id__in=mailbox_ids).values_list("id", "name"))
    through: Any = Conversation.labels.through  # django-stubs cannot see the annotation on it
    assignees = [
        (pk, *owners.get(pk, (None, None))) if pk is not None else (None, None, None)
        for pk, _n in by_owner.most_common(12)
    ]
    return {
        "status": by_status.most_common(),
        "label": list(
            through.objects.filter(conversation_id__in=ids)
            .filter(**({} if labels is None else {"label__in": labels}))  # the user's teams'
            .values_list("label__name")
            .annotate(n=Count("id"))
            .order_by("-n")[:12]
        ),
        "assignee": [(*who, by_owner[who[0]]) for who in assignees],
        "mailbox": [(mailbox_names.get(pk), n) for pk, n in by_mailbox.most_common(12)],
    }


def search_conversations(
    visible: QuerySet[Any],
    user: Any,
    text: str,
    *,
    order: str = "newest",
    cursor: str | None = None,
    limit: int = 25,
    with_facets: bool = False,
    labels: Any = None,
    results: bool = True,
) -> SearchPage:
    """Conversations matching the search box text (see _search); on SQLite each text
    match is evaluated once for the page's statements (compile.materialised_matches).
    `results=False` with `with_facets=True`: the counts alone (the search page asks for
    them in a second request, so that its results do not wait for them)."""
    with materialised_matches():
        return _search(
            visible,
            user,
            text,
            order=order,
            cursor=cursor,
            limit=limit,
            with_facets=with_facets,
            labels=labels,
            results=results,
        )


def _search(
    visible: QuerySet[Any],
    user: Any,
    text: str,
    *,
    order: str = "newest",
    cursor: str | None = None,
    limit: int = 25,
    with_facets: bool = False,
    labels: Any = None,
    results: bool = True,
) -> SearchPage:
    """Conversations matching the search box text, newest first or most relevant first.

    A query with problems (a bad date, a label that does not exist) returns no
    conversations: its `problems` say what to correct. `visible` is what the user may see
    (actions.base.visible_conversations): the caller passes it, as search/ sits below
    actions/ and must not import it; `labels` likewise the labels the user may name in
    `label:` and see in the facets (actions.labels.visible_labels; None: every label).
    """
    query = parse_query(text)
    if query.blocking_problems or (query.tree is None and text.strip()):
        return SearchPage([], None, query)  # "(" alone: nothing to search, not everything
    # PostgreSQL: when the facets read windows (or there are none), this condition is
    # only read for the rare rest (_newest_matches): no density sample for it (one
    # statement and ~4,000 buffers a search at 1,000,000 messages).
    in_windows = (
        connection.vendor == "postgresql" and query.tree is not None and windowed(query.tree)
    )
    condition, problems = (
        compile_query(query.tree, user, labels, sample=with_facets and not in_windows)
        if query.tree
        else (Q(), [])
    )
    if problems:
        reported = SearchQuery(query.tree, query.problems + tuple(problems), query.terms)
        return SearchPage([], None, reported)
    queryset = visible.filter(condition)
    facets = None
    capped = False
    if with_facets:
        # The most recently created matches, in the primary key's order: SQLite reads
        # the matches' ids in order and stops after FACET_LIMIT + 1.
        if in_windows:
            recent = _newest_matches(visible, queryset, user, query, labels)
        else:
            recent = list(
                queryset.order_by("-id").values_list("id", "status", "owner_id", "mailbox_id")[
                    : FACET_LIMIT + 1
                ]
            )
        capped = len(recent) > FACET_LIMIT
        facets = facet_counts(recent[:FACET_LIMIT], labels)
    if not results:
        return SearchPage([], None, query, facets, capped)
    # The same condition compiled so that SQLite reads common words' matches as a set to
    # test against (compile.py's walk), not as the list it walks: for the newest page and
    # for the relevance candidates.
    walking, _problems = (
        compile_query(query.tree, user, labels, walk=True) if query.tree else (Q(), [])
    )
    newest = (
        visible.filter(walking)
        .filter(last_message_at__isnull=False)
        .order_by("-last_message_at", "-id")
    )
    phrases = _ranking_terms(query)
    if phrases and order == "relevance":
        sql, params = backend_for().ranked_sql(phrases, RELEVANCE_CANDIDATES, any_of=_has_or(query))
        with connection.cursor() as db:
            db.execute(sql, params)
            ranked = [row[0] for row in db.fetchall()]
        # The 500 candidates lead: driven by the word's 47,000 matches instead (返金 at
        # 1,000,000 messages), SQLite spent 57 ms CPU on this statement; 8 ms this way.
        candidates = visible.filter(walking).filter(id__in=_id_list(ranked))
        allowed = set(candidates.values_list("id", flat=True))
        # Pages of the ranked candidates ("r25", "r50" …: the walk ended the list at 25).
        offset = _relevance_offset(cursor)
        every = [pk for pk in ranked if pk in allowed]
        ordered = every[offset : offset + limit]
        following = f"r{offset + limit}" if offset + limit < len(every) else None
        if offset == 0 and len(ordered) < limit and len(ranked) >= RELEVANCE_CANDIDATES:
            # The candidates are the best of the word's newest matches, taken before the
            # filters: a rare filter (`返金 label:稀`) can leave none of them although
            # older matches pass it. Those are shown after the ranked ones, newest first,
            # rather than an empty page that newest-first would contradict.
            rest = newest.exclude(id__in=ordered).values_list("id", flat=True)
            ordered += list(rest[: limit - len(ordered)])
        by_id = queryset.model.objects.in_bulk(ordered)
        return SearchPage(
            [by_id[pk] for pk in ordered if pk in by_id], following, query, facets, capped
        )
    decoded = _decode_cursor(cursor) if cursor else None
    if decoded:
        at, pk = decoded
        newest = newest.filter(Q(last_message_at__lt=at) | Q(last_message_at=at, id__lt=pk))
    page = list(newest[: limit + 1])
    next_cursor = _encode_cursor(page[limit - 1]) if len(page) > limit else None
    return SearchPage(page[:limit], next_cursor, query, facets, capped)


def _relevance_offset(cursor: str | None) -> int:
    if not cursor or not cursor.startswith("r") or not cursor[1:].isdigit():
        return 0
    return min(int(cursor[1:]), RELEVANCE_CANDIDATES)


def _newest_matches(
    visible: QuerySet[Any], matching: QuerySet[Any], user: Any, query: SearchQuery, labels: Any
) -> list[tuple[int, str, int | None, int]]:
    """PostgreSQL: the newest FACET_LIMIT + 1 matches (id, status, owner, mailbox), read
    in windows of conversation ids, newest first, each as wide as the rows still
    wanted need at the density found so far (at most FACET_WINDOW_GROWTH times wider
    than the last), until there are enough: in each window the text's matches are the
    GIN index's intersected with the window (compile.Compiler.window), so only they are
    read. The same rows as one statement over every id; what it saves (bench/search.py,
    1,000,000 messages): reading all of a word's matches through the index (from:佐藤,
    15,800 heap pages and as many conversation rows for the newest 1,001) or testing
    the documents one by one newest first (`invoices`: 75,000 documents, as only a third
    of the matches are in the mailboxes agent0 sees)."""
    assert query.tree is not None
    newest = visible.model.objects.order_by("-id").values_list("id", flat=True).first() or 0
    rows: list[tuple[int, str, int | None, int]] = []
    high, width = newest, FACET_WINDOW
    while high > 0 and len(rows) <= FACET_LIMIT:
        low = max(0, high - width)
        condition, _problems = compile_query(query.tree, user, labels, window=(low, high))
        found = (
            visible.filter(condition)
            .filter(id__gt=low, id__lte=high)
            .order_by("-id")
            .values_list("id", "status", "owner_id", "mailbox_id")
        )
        rows += list(found[: FACET_LIMIT + 1 - len(rows)])
        high = low
        wanted = FACET_LIMIT + 1 - len(rows)
        covered = newest - high
        # The next window holds the rows still wanted at the density seen so far (with
        # FACET_WINDOW_SLACK to spare), growing at most FACET_WINDOW_GROWTH times: a
        # window reads all its matches, so four times the width when a third more would
        # do read ~3x the matches needed (`after:2026-09-01 返金`).
        needed = math.ceil(FACET_WINDOW_SLACK * wanted * covered / len(rows)) if rows else 0
        width = min(width * FACET_WINDOW_GROWTH, needed) if rows else width * FACET_WINDOW_GROWTH
        if high > 0 and wanted > 0 and len(rows) * high < FACET_WINDOW_MARGIN * wanted * covered:
            # Rare (`返金 label:請求` in one mailbox of three): at the density seen so
            # far the ids left hold less than FACET_WINDOW_MARGIN times the rows still
            # wanted, so the windows would read nearly all of them, a statement each.
            # The rest come from one statement (`matching`: the query's own plan, e.g.
            # every match from the index at once).
            rest = matching.filter(id__lte=high).order_by("-id")
            columns = ("id", "status", "owner_id", "mailbox_id")
            rows += list(rest.values_list(*columns)[: FACET_LIMIT + 1 - len(rows)])
            break
    return rows


def _has_or(query: SearchQuery) -> bool:
    """Whether any alternative appears: then ranking takes candidates matching any word."""

    def walk(node: Any) -> bool:
        if isinstance(node, Or):
            return True
        children = getattr(node, "nodes", None) or ([node.node] if hasattr(node, "node") else [])
        return any(walk(child) for child in children)

    return query.tree is not None and walk(query.tree)
