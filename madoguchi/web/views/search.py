"""The search box: conversations the user may see, with highlighted snippets."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.labels import visible_labels
from madoguchi.models import Conversation, Status
from madoguchi.search import FACET_LIMIT, search_conversations
from madoguchi.search.query import IS_CLOSED, IS_OPEN, STATUS_ALIASES
from madoguchi.web.queries import customer_words_if_failed, label_chips
from madoguchi.web.snippets import snippets_for

ROW_FIELDS = (
    "id",
    "subject",
    "status",
    "last_message_at",
    "preview",
    "customer",
    "mailbox",
    "owner",  # the related rows (select_related) are read whole
)


@login_required
def search(request: HttpRequest) -> HttpResponse:
    """The results at once; the counts (how many matched, and the chips that narrow them by
    status, label, assignee and mailbox) in a second request the page makes as it loads
    (`part=counts`): at 1,000,000 messages on PostgreSQL they read up to a thousand and one
    matches, the results 25, and the results should not wait for them. Without JavaScript
    the page links to itself with `counts=1`, which draws both at once."""
    text = request.GET.get("q", "").strip()[:500]
    order = "relevance" if request.GET.get("order") == "relevance" else "newest"
    if text and request.GET.get("part") == "counts":
        counts = _searched(request, text, with_facets=True, results=False)
        return render(
            request,
            "madoguchi/_search_counts.html",
            {"q": text, "order": order, **_count_context(text, counts)},
        )
    context: dict[str, object] = {
        "q": text,
        "order": order,
        "links": _link_base(request, text),
        **search_help(),
    }
    if text:
        inline = request.GET.get("counts") == "1"
        page = _searched(
            request,
            text,
            order=order,
            cursor=request.GET.get("after") or None,
            limit=25,
            with_facets=inline,
        )
        ids = [c.pk for c in page.conversations]
        # The search returns bare rows; fetch the page's relations in a fixed number of queries.
        by_id = (
            Conversation.objects.select_related("customer__organization", "owner__agent", "mailbox")
            # The columns a row shows, not the conversation's forty (a dozen of them dates
            # converted per row).
            .only(*ROW_FIELDS)
            .prefetch_related(label_chips(visible_labels(request.user)), "customer__addresses")
            .in_bulk(ids)
        )
        conversations = [by_id[pk] for pk in ids if pk in by_id]
        snippets = snippets_for(conversations, page.query.highlights)
        # A conversation whose reply failed shows the customer's words, as the queue does:
        # its stored preview is our unsent greeting (walk 11, F-24).
        previews = customer_words_if_failed(ids)
        # Where this page starts among the results ("26–50"): the cursor alone cannot say,
        # so the "More" link carries it along.
        start = _start(request.GET.get("from"))
        context.update(
            first_shown=start if conversations else 0,
            last_shown=start + len(conversations) - 1,
            next_start=start + len(conversations),
            results=[(c, snippets.get(c.pk), previews.get(c.pk, c.preview)) for c in conversations],
            next_cursor=page.next_cursor,
            errors=page.problems,
            counts_inline=inline,
            status_open_hint="open" in page.query.filters.get("status", ()),
            **(_count_context(text, page) if inline else {}),
        )
    return render(request, "madoguchi/search.html", context)


def _searched(request: HttpRequest, text: str, **options: Any) -> Any:
    """The search over what the user may see, by the labels they may name and see (no other
    team's private labels). The page's rows are read again with what they show: the search
    itself needs only the keys of its order (and the cursor)."""
    return search_conversations(
        visible_conversations(request.user).only("id", "last_message_at"),
        request.user,
        text,
        labels=visible_labels(request.user),
        **options,
    )


def _count_context(text: str, page: Any) -> dict[str, object]:
    return {
        "total": _total(page.facets),
        "facets": facet_links(text, page.facets),
        "facets_capped": page.facets_capped,
        "facet_limit": number_format(FACET_LIMIT, force_grouping=True),
    }


def _link_base(request: HttpRequest, text: str) -> SimpleNamespace:
    """What the page's links carry over (querystring_with reads `.GET`): the search as it was
    searched (500 characters), not the request's own text — a 150,000-character query would
    otherwise be echoed in every link of the page (tests/web/test_oversized_input.py)."""
    kept = QueryDict(mutable=True)
    if text:
        kept["q"] = text
    for key in ("order", "after", "from", "counts"):
        value = request.GET.get(key, "")[:100]
        if value:
            kept[key] = value
    return SimpleNamespace(GET=kept)


def _start(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 10_000_000))
    except ValueError:
        return 1


def _total(facets: dict[str, list[tuple[Any, ...]]] | None) -> int:
    """How many conversations matched, counted from the status facet (every match has one
    status); the facets stop at FACET_LIMIT, which the page shows as "1,000+"."""
    if not facets:
        return 0
    return sum(count for _status, count in facets["status"])


def search_help() -> dict[str, Any]:
    """The status words for the help, with the names the reader sees in the folders:
    status:<value> and its Japanese word name one status; is:open and is:closed name groups."""
    names = dict(Status.choices)
    japanese: dict[str, str] = {}
    for word, value in STATUS_ALIASES.items():
        if not word.isascii():
            japanese.setdefault(value, word)
    return {
        "status_keywords": [
            (value, names[value], japanese.get(value, "")) for value in names if value in japanese
        ],
        "is_open_names": [names[value] for value in IS_OPEN],
        "is_closed_names": [names[value] for value in IS_CLOSED],
    }


def _quoted(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


def facet_links(
    text: str, facets: dict[str, list[tuple[Any, ...]]] | None
) -> list[tuple[str, list[tuple[str, int, str, bool]]]]:
    """Each facet as (heading, [(shown value, count, query, applied)]): the query narrows to
    the value, or — when the search already has that filter — takes it away again."""
    if not facets:
        return []
    groups = _facet_groups(text, facets)
    padded = f" {' '.join(text.split())} "
    marked = []
    for heading, values in groups:
        chips = []
        for shown, count, narrowed in values:
            added = narrowed[len(text) + 1 :]
            if added and f" {added} " in padded:
                without = " ".join(padded.replace(f" {added} ", " ").split())
                chips.append((shown, count, without, True))
            else:
                chips.append((shown, count, narrowed, False))
        marked.append((heading, chips))
    return marked


def _facet_groups(
    text: str, facets: dict[str, list[tuple[Any, ...]]]
) -> list[tuple[str, list[tuple[str, int, str]]]]:
    status_names = dict(Status.choices)
    groups: list[tuple[str, list[tuple[str, int, str]]]] = []
    statuses = [
        (str(status_names.get(str(s), s)), n, f"{text} status:{s}") for s, n in facets["status"]
    ]
    labels = [(str(name), n, f"{text} label:{_quoted(str(name))}") for name, n in facets["label"]]
    assignees = []
    for owner, username, display_name, n in facets["assignee"]:
        if owner is None:
            assignees.append((str(_("Unassigned")), n, f"{text} assignee:none"))
        else:
            shown = display_name or username
            assignees.append((shown, n, f"{text} assignee:{_quoted(username)}"))
    mailboxes = [
        (str(name), n, f"{text} mailbox:{_quoted(str(name))}") for name, n in facets["mailbox"]
    ]
    for heading, values in (
        (_("Status"), statuses),
        (_("Labels"), labels),
        (_("Assignee"), assignees),
        (_("Mailbox"), mailboxes),
    ):
        if values:
            groups.append((str(heading), values))
    return groups
