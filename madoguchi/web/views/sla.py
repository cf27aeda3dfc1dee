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

from madoguchi.actions.base import NotAllowed
from madoguchi.actions.labels import visible_labels
from madoguchi.actions.sending import goes_unsigned
from madoguchi.actions.sla import build_calendar
from madoguchi.actions.sla_settings import (
    applicable_policies,
    delete_policy,
    managed_calendar_teams,
    managed_calendars,
    managed_mailboxes,
    managed_policies,
    may_edit_sla,
    may_set_every_mailbox,
    save_calendar,
    save_policy,
)
from madoguchi.actions.templates import visible_templates
from madoguchi.models import BusinessCalendar, SlaPolicy
from madoguchi.models.sla import WEEKDAYS
from madoguchi.sla.calendar import CalendarError
from madoguchi.sla.holidays import public_holidays
from madoguchi.web.sla_forms import CalendarForm, PolicyForm
from madoguchi.web.views.common import redirect_to


def _lead_only(request: HttpRequest) -> None:
    if not may_edit_sla(request.user):
        raise Http404("only leads and admins edit SLA settings")


@login_required
def sla_settings(request: HttpRequest) -> HttpResponse:
    _lead_only(request)
    calendars = list(managed_calendars(request.user).select_related("team", "mailbox"))
    policies = list(applicable_policies(request.user).select_related("mailbox", "label"))
    editable = set(managed_policies(request.user).values_list("pk", flat=True))
    for policy in policies:
        policy.editable = policy.pk in editable  # type: ignore[attr-defined]
    # A policy with no mailbox, label or priority times every conversation: the
    # mailboxes' response targets are then never used, and the page must say so (F29).
    everything = next(
        (p for p in policies if p.mailbox_id is None and p.label_id is None and p.priority is None),
        None,
    )
    context = {
        "calendars": calendars,
        "policies": policies,
        "covers_everything": everything,
        "weekdays": list(enumerate(WEEKDAYS)),
    }
    return render(request, "madoguchi/sla_settings.html", context)


@login_required
def calendar_edit(request: HttpRequest, calendar_id: int | None = None) -> HttpResponse:
    _lead_only(request)
    calendar = (
        get_object_or_404(managed_calendars(request.user), pk=calendar_id)
        if calendar_id
        else BusinessCalendar()
    )
    form = CalendarForm(request.POST or None, instance=calendar)
    form.fields["team"].queryset = managed_calendar_teams(request.user)  # type: ignore[attr-defined]
    form.fields["mailbox"].queryset = managed_mailboxes(request.user)  # type: ignore[attr-defined]
    if request.method == "POST" and form.is_valid():
        try:
            saved = save_calendar(request.user, form.save(commit=False), form.special_days)
        except NotAllowed:
            form.add_error(None, _("Choose one of your teams or one of their mailboxes."))
        else:
            messages.success(request, _("Calendar saved."))
            return redirect_to(request, reverse("calendar_edit", args=[saved.pk]))
    holidays: list[tuple[object, str]] = []
    if calendar.pk:
        # What the clock will skip this year: the lead sees the package's list, checked.
        # A stored calendar, not the form's instance: a refused form has emptied its hours.
        stored = BusinessCalendar.objects.get(pk=calendar.pk)
        year = timezone.localdate().year
        found = public_holidays(stored.holiday_country, [year], stored.holiday_subdivision)
        holidays = sorted(found.items())
        try:
            closed = build_calendar(stored).closed
        except CalendarError:  # a calendar stored before the form checked its hours
            closed = frozenset()
        closed_days = sorted(d for d in closed if d.year == year and d not in found)
        # The names the lead gave (年末年始, クリスマス), not one word for all (F13).
        names = {
            (day.date.replace(year=year) if day.every_year else day.date): day.name
            for day in stored.days.all()
            if day.name and not (day.every_year and (day.date.month, day.date.day) == (2, 29))
        }
        holidays += [(d, names.get(d) or _("Company holiday")) for d in closed_days]
        holidays.sort()
    context = {"form": form, "calendar": calendar, "holidays": holidays}
    return render(request, "madoguchi/calendar_edit.html", context)


def _warn_if_the_followup_goes_unsigned(request: HttpRequest, policy: SlaPolicy) -> None:
    """The follow-up is mailed with nobody to ask: an English template where the mailbox
    has no English signature goes unsigned unless the owner has one of their own."""
    template = policy.followup_template
    if template is None:
        return
    mailboxes = [policy.mailbox] if policy.mailbox else list(managed_mailboxes(request.user))
    if any(goes_unsigned(mailbox, None, template.body) for mailbox in mailboxes):
        messages.warning(
            request,
            _(
                "The follow-up template is English and the mailbox has no English "
                "signature: it will be sent without a signature unless the conversation's "
                "owner has an English signature. Add one in the mailbox's settings."
            ),
        )


@login_required
def policy_edit(request: HttpRequest, policy_id: int | None = None) -> HttpResponse:
    _lead_only(request)
    policy = (
        get_object_or_404(managed_policies(request.user), pk=policy_id)
        if policy_id
        else SlaPolicy()
    )
    form = PolicyForm(request.POST or None, instance=policy)
    # Only what the user may see is offered: another team's private labels and templates
    # are not even named.
    form.fields["mailbox"].queryset = managed_mailboxes(request.user)  # type: ignore[attr-defined]
    form.fields["label"].queryset = visible_labels(request.user)  # type: ignore[attr-defined]
    form.fields["followup_template"].queryset = visible_templates(request.user)  # type: ignore[attr-defined]
    if not may_set_every_mailbox(request.user):
        # A lead was offered 「すべてのメールボックス」 and refused after filling in
        # everything (F14): their choice is one of their mailboxes, asked for up front.
        form.fields["mailbox"].required = True
        form.fields["mailbox"].empty_label = None  # type: ignore[attr-defined]
    if request.method == "POST" and form.is_valid():
        try:
            save_policy(request.user, form.save(commit=False))
        except NotAllowed:
            form.add_error("mailbox", _("Choose one of your teams' mailboxes."))
        else:
            messages.success(
                request,
                _(
                    "SLA policy saved. It times new mail at once; the open conversations it "
                    "applies to get their new deadline within a minute or two."
                ),
            )
            _warn_if_the_followup_goes_unsigned(request, form.instance)
            return redirect_to(request, reverse("sla_settings"))
    return render(request, "madoguchi/sla_policy_edit.html", {"form": form, "policy": policy})


@login_required
@require_POST
def policy_remove(request: HttpRequest, policy_id: int) -> HttpResponse:
    _lead_only(request)
    delete_policy(request.user, get_object_or_404(managed_policies(request.user), pk=policy_id))
    messages.success(request, _("SLA policy deleted."))
    return redirect_to(request, reverse("sla_settings"))
