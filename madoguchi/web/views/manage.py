"""Mentions addressed to me, and canned-reply templates (managed by leads)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions.base import visible_conversations
from madoguchi.actions.templates import delete_template, may_manage_templates, save_template
from madoguchi.models import Mention, Template
from madoguchi.web.forms import TemplateForm
from madoguchi.web.views.common import action_view


@login_required
def mentions(request: HttpRequest) -> HttpResponse:
    rows = (
        Mention.objects.filter(
            user_id=request.user.pk or 0,  # login_required: never 0
            note__conversation__in=visible_conversations(request.user).values("id"),
        )
        .select_related("note__author__agent", "note__conversation")
        .order_by("read_at", "-note__created_at")[:100]
    )
    return render(request, "madoguchi/mentions.html", {"mentions": rows})


@login_required
def templates(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "madoguchi/templates_list.html",
        {"templates": Template.objects.all(), "may_manage": may_manage_templates(request.user)},
    )


@login_required
def template_edit(request: HttpRequest, template_id: int | None = None) -> HttpResponse:
    if not may_manage_templates(request.user):
        raise Http404("only leads manage templates")
    template = get_object_or_404(Template, pk=template_id) if template_id else None
    initial = (
        {
            "name": template.name,
            "body": template.body,
            "language": template.language,
            "kind": template.kind,
        }
        if template
        else {"language": request.LANGUAGE_CODE or "ja"}
    )
    form = TemplateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        save_template(request.user, template, **form.cleaned_data)
        messages.success(request, _("Template saved."))
        return HttpResponseRedirect(reverse("templates"), status=303)
    return render(request, "madoguchi/template_edit.html", {"form": form, "template": template})


@action_view
def template_delete(request: HttpRequest, template_id: int) -> HttpResponse:
    if not may_manage_templates(request.user):
        raise Http404("only leads manage templates")
    delete_template(request.user, get_object_or_404(Template, pk=template_id))
    messages.success(request, _("Template deleted."))
    return HttpResponseRedirect(reverse("templates"), status=303)
