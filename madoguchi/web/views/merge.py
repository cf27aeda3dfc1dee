"""Merging two conversations of a customer: a preview that says what will move and
whether they look like the same topic, a confirmation, and undo."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from madoguchi.actions import conversations as conversation_actions
from madoguchi.actions.base import ActionError
from madoguchi.actions.labels import visible_labels
from madoguchi.models import Status
from madoguchi.web.forms import MergeForm
from madoguchi.web.views.common import (
    action_view,
    conversation_or_404,
    conversation_url,
    redirect_to,
)


@login_required
@require_GET
def merge_preview(request: HttpRequest, conversation_id: int) -> HttpResponse:
    source = conversation_or_404(request, conversation_id)
    form = MergeForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Give the number of the conversation to merge into."))
        return redirect_to(request, conversation_url(source.pk))
    target_id = form.cleaned_data["target"]
    try:
        target = conversation_or_404(request, target_id)
    except Http404:  # the same answer for "does not exist" and "not yours"
        messages.error(request, _("There is no conversation #%(id)d.") % {"id": target_id})
        return redirect_to(request, conversation_url(source.pk))
    shown = visible_labels(request.user).values("pk")
    context = {
        "source": source,
        "target": target,
        "match": conversation_actions.topic_matches(source, [target])[target.pk],
        "source_notes": source.notes.count(),
        # Another team's private label moves too, but is not this reader's to see.
        "source_labels": list(source.labels.filter(pk__in=shown)),
        # The kept side's notes and labels too: what the merged conversation will carry (s8 walk).
        "target_notes": target.notes.count(),
        "target_labels": list(target.labels.filter(pk__in=shown)),
        "same_mailbox": source.mailbox_id == target.mailbox_id,
    }
    context["inherit_owner"], inherit_status = conversation_actions.merge_inherits(source, target)
    context["inherit_status"] = Status(inherit_status).label if inherit_status else ""
    return render(request, "madoguchi/merge_preview.html", context)


@action_view
def merge(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = MergeForm(request.POST)
    if not form.is_valid():
        conversation_or_404(request, conversation_id)
        raise ActionError(_("Give the number of the conversation to merge into."))
    target_id = form.cleaned_data["target"]
    if request.POST.get("confirm") != "1":  # a merge is shown before it is made
        conversation_or_404(request, conversation_id)
        conversation_or_404(request, target_id)
        query = urlencode({"target": target_id})
        return redirect_to(request, f"{reverse('merge_preview', args=[conversation_id])}?{query}")
    target = conversation_actions.merge(request.user, conversation_id, target_id)
    messages.success(request, _("Merged into #%(id)d.") % {"id": target.pk})
    return redirect_to(request, conversation_url(target.pk))


@action_view
def unmerge(request: HttpRequest, conversation_id: int) -> HttpResponse:
    if request.POST.get("confirm") != "1":  # say what happened since the merge first
        context = {
            "source": conversation_or_404(request, conversation_id),
            "since": conversation_actions.since_merge(request.user, conversation_id),
        }
        return render(request, "madoguchi/unmerge_confirm.html", context)
    source = conversation_actions.unmerge(request.user, conversation_id)
    messages.success(request, _("The merge was undone."))
    return redirect_to(request, conversation_url(source.pk))
