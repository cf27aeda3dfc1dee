"""The search box: conversations the user may see, with highlighted snippets."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from madoguchi.actions.base import visible_conversations
from madoguchi.models import Conversation
from madoguchi.search import search_conversations
from madoguchi.web.snippets import snippets_for


@login_required
def search(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "").strip()[:500]
    order = "relevance" if request.GET.get("order") == "relevance" else "newest"
    context: dict[str, object] = {"q": text, "order": order}
    if text:
        page = search_conversations(
            visible_conversations(request.user),
            request.user,
            text,
            order=order,
            cursor=request.GET.get("after") or None,
            limit=25,
        )
        ids = [c.pk for c in page.conversations]
        # The search returns bare rows; fetch the page's relations in a fixed number of queries.
        by_id = (
            Conversation.objects.select_related("customer__organization", "owner__agent", "mailbox")
            .prefetch_related("labels", "customer__addresses")
            .in_bulk(ids)
        )
        conversations = [by_id[pk] for pk in ids if pk in by_id]
        snippets = snippets_for(conversations, page.query.terms)
        context.update(
            results=[(c, snippets.get(c.pk)) for c in conversations],
            next_cursor=page.next_cursor,
            errors=page.query.errors,
        )
    return render(request, "madoguchi/search.html", context)
