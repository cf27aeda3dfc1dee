"""The refresh every page polls (htmx, every LIVE_REFRESH_SECONDS): the folder counts and
the badges, swapped in out of band, so a colleague's change shows without a reload."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from madoguchi.web.context import live_context
from madoguchi.web.queries import Folder


@login_required
def live(request: HttpRequest) -> HttpResponse:
    # The folder the page shows stays marked active in the redrawn sidebar.
    kind = request.GET.get("kind", "")[:20]
    try:
        key = int(request.GET.get("key") or 0) or None
    except ValueError:
        key = None
    context = {**live_context(request.user), "folder": Folder(kind, key) if kind else None}
    response = render(request, "madoguchi/_live.html", context)
    response.headers["Cache-Control"] = "no-store"
    return response
