"""The compose box's helpers (clarifying reply, similar templates and FAQ), triage
reasons, and the FAQ that leads maintain."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
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
)
from madoguchi.models import FaqEntry
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
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)
    body = forms.CharField(
        label=gettext_lazy("Answer"), widget=forms.Textarea(attrs={"rows": 12}), max_length=50000
    )


@login_required
def faq_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "madoguchi/faq_list.html",
        {"entries": FaqEntry.objects.all(), "may_manage": may_manage_faq(request.user)},
    )


@login_required
def faq_edit(request: HttpRequest, entry_id: int | None = None) -> HttpResponse:
    if not may_manage_faq(request.user):
        raise Http404("only leads manage the FAQ")
    entry = get_object_or_404(FaqEntry, pk=entry_id) if entry_id else None
    initial = (
        {"title": entry.title, "body": entry.body, "language": entry.language}
        if entry
        else {"language": request.LANGUAGE_CODE or "ja"}
    )
    form = FaqForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        save_faq(request.user, entry, **form.cleaned_data)
        messages.success(request, _("FAQ entry saved."))
        return HttpResponseRedirect(reverse("faq"), status=303)
    return render(request, "madoguchi/faq_edit.html", {"form": form, "entry": entry})


@action_view
def faq_delete(request: HttpRequest, entry_id: int) -> HttpResponse:
    if not may_manage_faq(request.user):
        raise Http404("only leads manage the FAQ")
    delete_faq(request.user, get_object_or_404(FaqEntry, pk=entry_id))
    messages.success(request, _("FAQ entry deleted."))
    return HttpResponseRedirect(reverse("faq"), status=303)
