"""Setting and ending one's own absence (不在)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from madoguchi.actions.absence import clear_absence, set_absence
from madoguchi.actions.base import ActionError
from madoguchi.models import Agent
from madoguchi.web.absence_forms import AbsenceForm
from madoguchi.web.views.common import action_view


@login_required
def absence(request: HttpRequest) -> HttpResponse:
    user_id = request.user.pk or 0  # login_required: never 0
    agent = Agent.objects.filter(user_id=user_id).select_related("substitute__agent").first()
    initial = {}
    if agent is not None and agent.away_from:
        initial = {
            "away_from": agent.away_from,
            "away_until": agent.away_until,
            "substitute": agent.substitute_id,
        }
    form = AbsenceForm(request.POST or None, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            handover = set_absence(
                request.user,
                away_from=data["away_from"],
                away_until=data["away_until"],
                substitute=data["substitute"],
                hand_over=data["hand_over"],
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Absence saved."))
            if handover.handed:
                count = len(handover.handed)
                messages.success(
                    request,
                    ngettext(
                        "%(count)d conversation handed to your substitute.",
                        "%(count)d conversations handed to your substitute.",
                        count,
                    )
                    % {"count": count},
                )
            if handover.kept:
                messages.warning(
                    request,
                    _(
                        "%(count)d conversations stay with you: your substitute does not "
                        "work in their mailboxes."
                    )
                    % {"count": len(handover.kept)},
                )
            return HttpResponseRedirect(reverse("absence"), status=303)
    return render(request, "madoguchi/absence.html", {"form": form, "agent": agent})


@action_view
def absence_clear(request: HttpRequest) -> HttpResponse:
    clear_absence(request.user)
    messages.success(request, _("Welcome back: you are no longer marked away."))
    return HttpResponseRedirect(reverse("absence"), status=303)
