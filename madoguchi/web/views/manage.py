"""Mentions addressed to me, and canned-reply templates (managed by leads)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, role_of, visible_conversations
from madoguchi.actions.labels import visible_labels
from madoguchi.actions.lint_policy import RULE_NAMES
from madoguchi.actions.scoping import managed_teams, scope_checker
from madoguchi.actions.templates import (
    GLOBAL,
    PERSONAL,
    delete_template,
    labels_for_scope,
    may_manage_template,
    save_template,
    settable_labels,
    template_findings,
    visible_templates,
)
from madoguchi.models import Mention, Role, Team, Template
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


def _scopes(user: Any) -> list[tuple[str, str]]:
    """Where the user may keep a template: personal always; their teams if a lead; every
    team if an admin."""
    choices = [(PERSONAL, _("Only me (personal)"))]
    choices += [(f"team:{team.pk}", team.name) for team in managed_teams(user)]
    if role_of(user) == Role.ADMIN:
        choices.append((GLOBAL, _("Every team (global)")))
    return choices


def _default_scope(scopes: list[tuple[str, str]]) -> str:
    """A new template is global for an admin, else for the lead's first team as the menu lists
    them (by name), else personal; it was the last team, which looked arbitrary (s6 walk)."""
    values = [value for value, _name in scopes]
    if GLOBAL in values:
        return GLOBAL
    return next((value for value in values if value.startswith("team:")), PERSONAL)


def _scope_value(scope: str) -> str | Team:
    if scope.startswith("team:"):
        team = Team.objects.filter(pk=int(scope[5:])).first()
        if team is None:
            raise Http404("no such team")
        return team
    return scope


def _scope_of(template: Template) -> str:
    if template.owner_id:
        return PERSONAL
    return f"team:{template.team_id}" if template.team_id else GLOBAL


def grouped_by_folder(templates: Any) -> list[tuple[str, list[Template]]]:
    """(folder, templates) in folder order, templates without a folder first."""
    groups: dict[str, list[Template]] = {}
    for template in sorted(templates, key=lambda t: (t.folder, t.name)):
        groups.setdefault(template.folder, []).append(template)
    return list(groups.items())


@login_required
def templates(request: HttpRequest) -> HttpResponse:
    rows = list(
        visible_templates(request.user).select_related("team").prefetch_related("add_labels")
    )
    may_manage = scope_checker(request.user)  # one query for the whole list
    editable = {
        t.pk
        for t in rows
        if (t.owner_id == request.user.pk) or (t.owner_id is None and may_manage(t.team_id))
    }
    return render(
        request,
        "madoguchi/templates_list.html",
        {"folders": grouped_by_folder(rows), "editable": editable},
    )


@login_required
def template_edit(request: HttpRequest, template_id: int | None = None) -> HttpResponse:
    template = None
    if template_id:
        template = visible_templates(request.user).filter(pk=template_id).first()
        if template is None or not may_manage_template(request.user, template):
            raise Http404("no such template")
    scopes = _scopes(request.user)
    labels = settable_labels(request.user)
    if template is not None:
        # Only the labels this template may set (its team's and the global ones).
        scope = template.team or (PERSONAL if template.owner_id else GLOBAL)
        labels = visible_labels(request.user).filter(pk__in=labels_for_scope(request.user, scope))
    initial = (
        {
            "name": template.name,
            "body": template.body,
            "language": template.language,
            "kind": template.kind,
            "scope": _scope_of(template),
            "folder": template.folder,
            "set_status": template.set_status,
            "set_priority": template.set_priority,
            "add_labels": list(template.add_labels.all()),
        }
        if template
        else {"language": request.LANGUAGE_CODE or "ja", "scope": _default_scope(scopes)}
    )
    form = TemplateForm(request.POST or None, initial=initial, scopes=scopes, labels=labels)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["scope"] = _scope_value(data["scope"])
        try:
            saved = save_template(request.user, template, **data)
        except NotAllowed:
            raise Http404("no such template") from None
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Template saved."))
            findings = template_findings(saved.body, saved.language)
            if findings:
                points = "、".join(
                    f"{RULE_NAMES.get(f.finding.rule, f.finding.rule)}「{f.finding.excerpt}」"
                    for f in findings
                )
                messages.warning(
                    request,
                    _(
                        "The reply check finds %(count)d point(s) in this template, which every "
                        "agent who uses it unchanged will see: %(points)s"
                    )
                    % {"count": len(findings), "points": points},
                )
                return HttpResponseRedirect(reverse("template_edit", args=[saved.pk]), status=303)
            return HttpResponseRedirect(reverse("templates"), status=303)
    findings = template_findings(template.body, template.language) if template else []
    return render(
        request,
        "madoguchi/template_edit.html",
        {"form": form, "template": template, "findings": findings},
    )


@action_view
def template_delete(request: HttpRequest, template_id: int) -> HttpResponse:
    template = visible_templates(request.user).filter(pk=template_id).first()
    if template is None:
        raise Http404("no such template")
    delete_template(request.user, template)
    messages.success(request, _("Template deleted."))
    return HttpResponseRedirect(reverse("templates"), status=303)
