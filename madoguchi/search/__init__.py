"""Full-text search over conversations, the same on SQLite and PostgreSQL.

- `index_messages(messages)`: add or replace messages in the index (ingest, sending).
- `search_conversations(visible, user, text, …)`: conversations the user may see that match the
  words, phrases and filters typed in the search box (see query.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone

from madoguchi.search.backends import backend_for
from madoguchi.search.query import SearchQuery, parse_query
from madoguchi.search.tokens import message_tokens, term_tokens

__all__ = ["SearchQuery", "index_messages", "parse_query", "search_conversations", "SearchPage"]

# Status words people type, in both languages.
STATUS_ALIASES = {
    "new": "new",
    "未対応": "new",
    "open": "open",
    "対応中": "open",
    "waiting": "waiting",
    "返信待ち": "waiting",
    "resolved": "resolved",
    "対応済": "resolved",
    "対応済み": "resolved",
    "no_action": "no_action",
    "対応不要": "no_action",
}
RELEVANCE_CANDIDATES = 500


def index_messages(messages: Sequence[Any]) -> None:
    backend_for().index(
        [(m.pk, message_tokens(m.subject, m.from_name, m.from_address, m.text)) for m in messages]
    )


@dataclass(frozen=True)
class SearchPage:
    conversations: list[Any]
    next_cursor: str | None
    query: SearchQuery


def _phrases(query: SearchQuery) -> list[tuple[list[str], bool]]:
    phrases = []
    for term in query.terms:
        tokens, prefix = term_tokens(term)
        if tokens:
            phrases.append((tokens, prefix))
    return phrases


def _day_start(value: Any) -> datetime:
    return timezone.make_aware(datetime.combine(value, time.min))


def apply_filters(queryset: QuerySet[Any], query: SearchQuery, user: Any) -> QuerySet[Any]:
    from madoguchi.models import Attachment, Message

    for value in query.filter("from"):
        senders = Message.objects.filter(from_address__icontains=value.lower()).values(
            "conversation_id"
        )
        queryset = queryset.filter(id__in=senders)
    for value in query.filter("to"):
        queryset = queryset.filter(
            Q(mailbox__address__iexact=value)
            | Q(id__in=Message.objects.filter(to__icontains=value).values("conversation_id"))
        )
    for value in query.filter("customer"):
        queryset = queryset.filter(
            Q(customer__name__icontains=value) | Q(customer__addresses__address__icontains=value)
        )
    for value in query.filter("label"):
        queryset = queryset.filter(labels__name__iexact=value)
    statuses = [STATUS_ALIASES.get(v.lower(), v.lower()) for v in query.filter("status")]
    if statuses:
        queryset = queryset.filter(status__in=statuses)
    for value in query.filter("assignee"):
        lowered = value.lower()
        if lowered in ("me", "自分"):
            queryset = queryset.filter(owner=user)
        elif lowered in ("none", "nobody", "未割当"):
            queryset = queryset.filter(owner__isnull=True)
        else:
            queryset = queryset.filter(
                Q(owner__username__iexact=value) | Q(owner__agent__display_name__iexact=value)
            )
    before = query.date_filter("before")
    if before is not None:
        queryset = queryset.filter(last_message_at__lt=_day_start(before))
    after = query.date_filter("after")
    if after is not None:
        queryset = queryset.filter(last_message_at__gte=_day_start(after))
    if "attachment" in [v.lower() for v in query.filter("has")]:
        queryset = queryset.filter(
            id__in=Attachment.objects.filter(inline=False).values("message__conversation_id")
        )
    return queryset.distinct() if query.filter("customer") else queryset


def _encode_cursor(conversation: Any) -> str:
    return f"{conversation.last_message_at.timestamp():.6f}_{conversation.pk}"


def _decode_cursor(cursor: str) -> tuple[datetime, int] | None:
    try:
        stamp, pk = cursor.split("_")
        return datetime.fromtimestamp(float(stamp), tz=UTC), int(pk)
    except ValueError:
        return None


def search_conversations(
    visible: QuerySet[Any],
    user: Any,
    text: str,
    *,
    order: str = "newest",
    cursor: str | None = None,
    limit: int = 25,
) -> SearchPage:
    """Conversations matching the search box text, newest first or most relevant first.

    `visible` is what the user may see (actions.base.visible_conversations): the caller passes
    it, as search/ sits below actions/ and must not import it."""
    query = parse_query(text)
    queryset = apply_filters(visible, query, user)
    phrases = _phrases(query)
    backend = backend_for()
    if phrases and order == "relevance":
        sql, params = backend.ranked_sql(phrases, RELEVANCE_CANDIDATES)
        from django.db import connection

        with connection.cursor() as db:
            db.execute(sql, params)
            ranked = [row[0] for row in db.fetchall()]
        allowed = set(queryset.filter(id__in=ranked).values_list("id", flat=True))
        ordered = [pk for pk in ranked if pk in allowed][:limit]
        by_id = queryset.model.objects.in_bulk(ordered)
        return SearchPage([by_id[pk] for pk in ordered if pk in by_id], None, query)
    if phrases:
        sql, params = backend.match_sql(phrases)
        from madoguchi.models import Message

        matching = Message.objects.filter(id__in=RawSQL(sql, params)).values("conversation_id")
        queryset = queryset.filter(id__in=matching)
    queryset = queryset.filter(last_message_at__isnull=False)
    if cursor:
        decoded = _decode_cursor(cursor)
        if decoded:
            at, pk = decoded
            queryset = queryset.filter(Q(last_message_at__lt=at) | Q(last_message_at=at, id__lt=pk))
    page = list(queryset.order_by("-last_message_at", "-id")[: limit + 1])
    next_cursor = _encode_cursor(page[limit - 1]) if len(page) > limit else None
    return SearchPage(page[:limit], next_cursor, query)
