"""Label management for leads and admins: list, create, rename, recolour, merge, delete."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions import labels as label_actions
from madoguchi.actions.base import ActionError, role_of
from madoguchi.actions.scoping import managed_teams, scope_checker
from madoguchi.models import Label, Role
from madoguchi.web.label_forms import LabelCreateForm, LabelEditForm, LabelMergeForm
from madoguchi.web.views.common import action_view


def _lead_only(request: HttpRequest) -> None:
    if role_of(request.user) not in (Role.ADMIN, Role.LEAD):
        raise Http404("only leads manage labels")


def _create_form(request: HttpRequest, data: Any = None) -> LabelCreateForm:
    return LabelCreateForm(
        data,
        teams=managed_teams(request.user),
        may_make_global=role_of(request.user) == Role.ADMIN,
    )


def _managed_label(request: HttpRequest, label_id: int) -> Label:
    label = label_actions.visible_labels(request.user).filter(pk=label_id).first()
    if label is None or not label_actions.may_manage_label(request.user, label):
        raise Http404("no such label")
    return label


@login_required
def labels(request: HttpRequest) -> HttpResponse:
    _lead_only(request)
    form = _create_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            label_actions.create_label(request.user, **form.cleaned_data)
        except ActionError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("Label created."))
            return HttpResponseRedirect(reverse("labels"), status=303)
    rows = (
        label_actions.visible_labels(request.user)
        .select_related("team")
        .annotate(conversation_count=Count("conversations"))
        .order_by("team__name", "name")
    )
    may_manage = scope_checker(request.user)  # one query, not one per label
    listed = [(label, may_manage(label.team_id)) for label in rows]
    return render(request, "madoguchi/labels.html", {"form": form, "labels": listed})


@login_required
def label_edit(request: HttpRequest, label_id: int) -> HttpResponse:
    _lead_only(request)
    label = _managed_label(request, label_id)
    form = LabelEditForm(
        request.POST if request.method == "POST" else None,
        initial={"name": label.name, "color": label.color},
    )
    if request.method == "POST" and form.is_valid():
        try:
            label_actions.update_label(request.user, label, **form.cleaned_data)
        except ActionError as error:
            form.add_error("name", str(error))
        else:
            messages.success(request, _("Label saved."))
            return HttpResponseRedirect(reverse("labels"), status=303)
    targets = label_actions.visible_labels(request.user).exclude(pk=label.pk)
    return render(
        request,
        "madoguchi/label_edit.html",
        {
            "label": label,
            "form": form,
            "merge_form": LabelMergeForm(targets=targets),
            "conversation_count": label.conversations.count(),
        },
    )


@login_required
def label_merge(request: HttpRequest, label_id: int) -> HttpResponse:
    """GET: what merging would do (a preview, nothing changed); POST: merge."""
    _lead_only(request)
    label = _managed_label(request, label_id)
    targets = label_actions.visible_labels(request.user).exclude(pk=label.pk)
    data = request.POST if request.method == "POST" else request.GET
    form = LabelMergeForm(data, targets=targets)
    if not form.is_valid():
        messages.error(request, _("Choose a label to merge into."))
        return HttpResponseRedirect(reverse("label_edit", args=[label.pk]), status=303)
    target = form.cleaned_data["target"]
    if request.method == "POST":
        try:
            moved = label_actions.merge_labels(request.user, label, target)
        except ActionError as error:
            messages.error(request, str(error))
            return HttpResponseRedirect(reverse("label_edit", args=[label.pk]), status=303)
        messages.success(
            request,
            _("%(source)s merged into %(target)s (%(count)d conversations).")
            % {"source": label.name, "target": target.name, "count": moved},
        )
        return HttpResponseRedirect(reverse("labels"), status=303)
    return render(
        request,
        "madoguchi/label_merge.html",
        {"label": label, "target": target, "conversation_count": label.conversations.count()},
    )


@action_view
def label_delete(request: HttpRequest, label_id: int) -> HttpResponse:
    _lead_only(request)
    label = _managed_label(request, label_id)
    if not request.POST.get("confirm"):
        raise ActionError(_("Tick the box to confirm the deletion."))
    removed = label_actions.delete_label(request.user, label)
    messages.success(
        request,
        _("Label %(name)s deleted (removed from %(count)d conversations).")
        % {"name": label.name, "count": removed},
    )
    return HttpResponseRedirect(reverse("labels"), status=303)
