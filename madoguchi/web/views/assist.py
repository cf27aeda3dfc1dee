"""The compose box's helpers (clarifying reply, similar templates and FAQ), triage
reasons, and the FAQ that leads maintain."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from madoguchi.actions.assist import (
    clarifying_reply_for,
    delete_faq,
    may_manage_faq,
    save_faq,
    suggestions_for,
    visible_faq,
)
from madoguchi.actions.base import role_of
from madoguchi.actions.scoping import managed_teams, may_manage_scope, scope_checker
from madoguchi.models import FaqEntry, Role, Team
from madoguchi.web.views.common import action_view, conversation_or_404


@login_required
@require_GET
def compose_assist(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Loaded into the compose box after the page: it may take a moment on a cold index."""
    conversation = conversation_or_404(request, conversation_id)
    return render(
        request,
        "madoguchi/_assist_panel.html",
        {
            "conversation": conversation,
            "clarifying": clarifying_reply_for(conversation, request.user),
            "suggestions": suggestions_for(conversation, request.user),
        },
    )


class FaqForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Question"), max_length=300)
    team = forms.ModelChoiceField(
        label=gettext_lazy("Team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=gettext_lazy("Every team (global)"),
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)
    body = forms.CharField(
        label=gettext_lazy("Answer"), widget=forms.Textarea(attrs={"rows": 12}), max_length=50000
    )

    def __init__(self, *args: Any, teams: list[Team], may_make_global: bool, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["team"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Team.objects.filter(pk__in=[team.pk for team in teams])
        if not may_make_global:
            field.required = True
            field.empty_label = None


@login_required
def faq_list(request: HttpRequest) -> HttpResponse:
    entries = list(visible_faq(request.user).select_related("team"))
    may_manage = scope_checker(request.user)  # one query for the whole list
    return render(
        request,
        "madoguchi/faq_list.html",
        {
            "entries": [(entry, may_manage(entry.team_id)) for entry in entries],
            "may_manage": may_manage_faq(request.user),
        },
    )


def _managed_entry(request: HttpRequest, entry_id: int) -> FaqEntry:
    entry = visible_faq(request.user).filter(pk=entry_id).first()
    if entry is None or not may_manage_scope(request.user, entry.team_id):
        raise Http404("no such FAQ entry")
    return entry


@login_required
def faq_edit(request: HttpRequest, entry_id: int | None = None) -> HttpResponse:
    if not may_manage_faq(request.user):
        raise Http404("only leads manage the FAQ")
    entry = _managed_entry(request, entry_id) if entry_id else None
    teams = managed_teams(request.user)
    initial = (
        {"title": entry.title, "body": entry.body, "language": entry.language, "team": entry.team}
        if entry
        else {"language": request.LANGUAGE_CODE or "ja", "team": teams[0] if teams else None}
    )
    form = FaqForm(
        request.POST or None,
        initial=initial,
        teams=teams,
        may_make_global=role_of(request.user) == Role.ADMIN,
    )
    if request.method == "POST" and form.is_valid():
        save_faq(request.user, entry, **form.cleaned_data)
        messages.success(request, _("FAQ entry saved."))
        return HttpResponseRedirect(reverse("faq"), status=303)
    return render(request, "madoguchi/faq_edit.html", {"form": form, "entry": entry})


@action_view
def faq_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    if not may_manage_faq(request.user):
        raise Http404("only leads manage the FAQ")
    delete_faq(request.user, _managed_entry(request, entry_id))
    messages.success(request, _("FAQ entry deleted."))
    return HttpResponseRedirect(reverse("faq"), status=303)
