"""Setting and ending one's own absence (不在)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from madoguchi.actions.absence import Handover, clear_absence, set_absence
from madoguchi.actions.base import ActionError
from madoguchi.models import Agent
from madoguchi.web.absence_forms import AbsenceForm
from madoguchi.web.views.common import action_view


def absence_initial(agent: Agent | None) -> dict[str, Any]:
    """The form filled with the absence already set, if any."""
    if agent is None or not agent.away_from:
        return {}
    return {
        "away_from": agent.away_from,
        "away_until": agent.away_until,
        "substitute": agent.substitute_id,
    }


def report_handover(request: HttpRequest, handover: Handover, oneself: bool) -> None:
    """What was handed to the substitute and what stayed, as messages (one's own absence,
    or a colleague's set by their lead)."""
    if handover.handed:
        count = len(handover.handed)
        if oneself:
            text = ngettext(
                "%(count)d conversation handed to your substitute.",
                "%(count)d conversations handed to your substitute.",
                count,
            )
        else:
            text = ngettext(
                "%(count)d conversation handed to the substitute.",
                "%(count)d conversations handed to the substitute.",
                count,
            )
        messages.success(request, text % {"count": count})
    if handover.kept:
        if oneself:
            text = _(
                "%(count)d conversations stay with you: your substitute does not "
                "work in their mailboxes."
            )
        else:
            text = _(
                "%(count)d conversations stay with them: the substitute does not work "
                "in their mailboxes."
            )
        messages.warning(request, text % {"count": len(handover.kept)})


@login_required
def absence(request: HttpRequest) -> HttpResponse:
    user_id = request.user.pk or 0  # login_required: never 0
    agent = Agent.objects.filter(user_id=user_id).select_related("substitute__agent").first()
    form = AbsenceForm(request.POST or None, initial=absence_initial(agent), user=request.user)
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
            report_handover(request, handover, oneself=True)
            return HttpResponseRedirect(reverse("absence"), status=303)
    return render(request, "madoguchi/absence.html", {"form": form, "agent": agent})


@action_view
def absence_clear(request: HttpRequest) -> HttpResponse:
    clear_absence(request.user)
    messages.success(request, _("Welcome back: you are no longer marked away."))
    return HttpResponseRedirect(reverse("absence"), status=303)
