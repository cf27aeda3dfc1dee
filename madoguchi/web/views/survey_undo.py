"""Resolving says when a satisfaction survey will be mailed, with an undo that stops it
(walk 13, F20: one key resolved and mailed the customer ~30 s later, nothing said)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from madoguchi.actions.satisfaction import survey_coming, survey_held, withdraw_survey
from madoguchi.models import Conversation
from madoguchi.web.views.common import action_view, conversation_url, redirect_to


def say_survey_coming(request: HttpRequest, conversation: Conversation) -> None:
    """After resolving: the flash says the survey is coming, with its undo button."""
    seconds = survey_coming(conversation)
    if seconds is None:
        held = survey_held(conversation)
        if held:
            messages.warning(
                request,
                _("Resolved, but no satisfaction survey is mailed: %(why)s") % {"why": held},
            )
        return
    text = _("Resolved: a satisfaction survey will be mailed to the customer in %(n)d s.") % {
        "n": seconds
    }
    messages.info(
        request,
        format_html(
            '{} <form method="post" action="{}" class="inline" data-survey-undo>'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<button type="submit">{}</button></form>',
            text,
            reverse("survey_withdraw", args=[conversation.pk]),
            get_token(request),
            _("Undo"),
        ),
    )


@action_view
def withdraw(request: HttpRequest, conversation_id: int) -> HttpResponse:
    withdraw_survey(request.user, conversation_id)
    messages.success(request, _("The satisfaction survey will not be mailed."))
    return redirect_to(request, conversation_url(conversation_id))
