"""SLA settings for leads and admins: business calendars and policies."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.sla import build_calendar
from madoguchi.actions.sla_settings import (
    delete_policy,
    may_edit_sla,
    save_calendar,
    save_policy,
)
from madoguchi.models import BusinessCalendar, SlaPolicy
from madoguchi.models.sla import WEEKDAYS
from madoguchi.sla.holidays import public_holidays
from madoguchi.web.sla_forms import CalendarForm, PolicyForm
from madoguchi.web.views.common import redirect_to


def _lead_only(request: HttpRequest) -> None:
    if not may_edit_sla(request.user):
        raise Http404("only leads and admins edit SLA settings")


@login_required
def sla_settings(request: HttpRequest) -> HttpResponse:
    _lead_only(request)
    calendars = list(BusinessCalendar.objects.select_related("team", "mailbox"))
    policies = list(SlaPolicy.objects.select_related("mailbox", "label"))
    return render(
        request,
        "madoguchi/sla_settings.html",
        {"calendars": calendars, "policies": policies, "weekdays": list(enumerate(WEEKDAYS))},
    )


@login_required
def calendar_edit(request: HttpRequest, calendar_id: int | None = None) -> HttpResponse:
    _lead_only(request)
    calendar = (
        get_object_or_404(BusinessCalendar, pk=calendar_id) if calendar_id else BusinessCalendar()
    )
    form = CalendarForm(request.POST or None, instance=calendar)
    if request.method == "POST" and form.is_valid():
        saved = save_calendar(request.user, form.save(commit=False), form.special_days)
        messages.success(request, _("Calendar saved."))
        return redirect_to(request, reverse("calendar_edit", args=[saved.pk]))
    holidays: list[tuple[object, str]] = []
    if calendar.pk:
        # What the clock will skip this year: the lead sees the package's list, checked.
        year = timezone.localdate().year
        pure = build_calendar(calendar)
        found = public_holidays(calendar.holiday_country, [year], calendar.holiday_subdivision)
        holidays = sorted(found.items())
        closed_days = sorted(d for d in pure.closed if d.year == year and d not in found)
        holidays += [(d, _("Company holiday")) for d in closed_days]
        holidays.sort()
    context = {"form": form, "calendar": calendar, "holidays": holidays}
    return render(request, "madoguchi/calendar_edit.html", context)


@login_required
def policy_edit(request: HttpRequest, policy_id: int | None = None) -> HttpResponse:
    _lead_only(request)
    policy = get_object_or_404(SlaPolicy, pk=policy_id) if policy_id else SlaPolicy()
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST" and form.is_valid():
        save_policy(request.user, form.save(commit=False))
        messages.success(request, _("SLA policy saved."))
        return redirect_to(request, reverse("sla_settings"))
    return render(request, "madoguchi/sla_policy_edit.html", {"form": form, "policy": policy})


@login_required
@require_POST
def policy_remove(request: HttpRequest, policy_id: int) -> HttpResponse:
    _lead_only(request)
    delete_policy(request.user, get_object_or_404(SlaPolicy, pk=policy_id))
    messages.success(request, _("SLA policy deleted."))
    return redirect_to(request, reverse("sla_settings"))
