"""Recurring topics in customer mail (傾向不良), for leads and agents; CSV/JSON export."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from madoguchi.actions.audit import record_export
from madoguchi.actions.base import role_of, visible_mailbox, visible_mailbox_list
from madoguchi.actions.scoping import managed_teams, team_ids_of
from madoguchi.actions.trend_terms import in_language
from madoguchi.actions.triage import (
    TREND_WINDOWS,
    Trends,
    conversation_of,
    load_topics,
    may_label_topics,
    set_topic_label,
    trend_mailboxes,
)
from madoguchi.models import Role
from madoguchi.quality.trends import topics_to_csv, topics_to_json
from madoguchi.web.views.common import action_view


def _trends(request: HttpRequest) -> tuple[Trends, int, Any]:
    try:
        days = int(request.GET.get("days", "7"))
    except ValueError:
        days = 7
    days = days if days in TREND_WINDOWS else 7
    mailbox = None
    if request.GET.get("mailbox"):
        mailbox = visible_mailbox(request.user, request.GET["mailbox"])
        if mailbox is None:
            raise Http404("no such mailbox")
    teams = team_ids_of(request.user)  # topic names as the user's teams gave them
    found = load_topics(trend_mailboxes(request.user, mailbox), days=days, team_ids=teams)
    return found, days, mailbox


@login_required
def trends(request: HttpRequest) -> HttpResponse:
    result, days, mailbox = _trends(request)
    topics = []
    for topic, shown in zip(result.topics, in_language(result.topics, get_language()), strict=True):
        examples = [
            {"conversation_id": conversation_of(key), "ref": result.mails.get(key)}
            for key in topic.example_keys
        ]
        # What TopicLabel is keyed by: the label trends computed before renaming.
        auto_label = " / ".join(topic.terms) if topic.terms else topic.label
        topics.append(
            {
                "topic": shown,
                "auto_label": auto_label,
                "renamed": topic.label != auto_label,
                "examples": [e for e in examples if e["ref"] is not None],
            }
        )
    query = {"days": days} | ({"mailbox": mailbox.pk} if mailbox else {})
    return render(
        request,
        "madoguchi/trends.html",
        {
            "topics": topics,
            "days": days,
            "windows": TREND_WINDOWS,
            "mailbox": mailbox,
            "mailboxes": visible_mailbox_list(request.user),
            "mail_count": result.mail_count,
            "may_label": may_label_topics(request.user),
            "export_query": urlencode(query),
        },
    )


@login_required
def trends_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "json"):
        raise Http404("export as csv or json")
    result, days, _mailbox = _trends(request)
    topics = in_language(result.topics, get_language())
    if fmt == "csv":
        # The BOM, as on the report and audit CSVs: Excel on Japanese Windows reads the
        # file as Shift_JIS without it and garbles the topic names (walk 10, F30).
        response = HttpResponse(
            "\ufeff" + topics_to_csv(topics), content_type="text/csv; charset=utf-8"
        )
    else:
        response = HttpResponse(
            topics_to_json(topics), content_type="application/json; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="madoguchi-trends-{days}d.{fmt}"'
    record_export(request.user, "trends", {"format": fmt, **request.GET.dict()})
    return response


class TopicLabelForm(forms.Form):
    auto_label = forms.CharField(max_length=300)
    label = forms.CharField(max_length=300, required=False)


@action_view
def topic_label(request: HttpRequest) -> HttpResponse:
    form = TopicLabelForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the topic a name."))
    else:
        # A lead names topics for their (first) team; an admin for everyone.
        teams = [] if role_of(request.user) == Role.ADMIN else managed_teams(request.user)
        set_topic_label(
            request.user,
            form.cleaned_data["auto_label"],
            form.cleaned_data["label"],
            teams[0] if teams else None,
        )
        messages.success(request, _("Topic name saved."))
    target = reverse("trends")
    if request.POST.get("days"):
        target += "?" + urlencode({"days": request.POST["days"]})
    return HttpResponseRedirect(target, status=303)
