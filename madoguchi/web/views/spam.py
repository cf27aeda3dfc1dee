"""The block list that 「迷惑メール」 marks teach: see it, and take an entry off."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions.spam import block_again, may_unblock, recently_unblocked, unblock
from madoguchi.models import BlockedSender
from madoguchi.web.views.common import action_view, redirect_to


@login_required
def blocked_senders(request: HttpRequest) -> HttpResponse:
    entries = list(BlockedSender.objects.select_related("created_by__agent"))
    for entry in entries:
        entry.may_unblock = may_unblock(request.user, entry)  # type: ignore[attr-defined]
    context = {"entries": entries, "unblocked": recently_unblocked(request.user)}
    return render(request, "madoguchi/blocked_senders.html", context)


@action_view
def unblock_sender(request: HttpRequest, blocked_id: int) -> HttpResponse:
    pattern = unblock(request.user, blocked_id)
    messages.success(request, _("%(pattern)s is no longer blocked.") % {"pattern": pattern})
    return redirect_to(request, reverse("blocked_senders"))


@action_view
def reblock_sender(request: HttpRequest) -> HttpResponse:
    pattern = block_again(request.user, request.POST.get("pattern", ""))
    messages.success(request, _("%(pattern)s is blocked again.") % {"pattern": pattern})
    return redirect_to(request, reverse("blocked_senders"))
