"""People and teams: admins add people, set roles, deactivate; leads manage the members of
the teams they lead; admins create and rename teams. The first-sign-in link page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.models import User
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.absence import check_may_set, clear_absence, set_absence
from madoguchi.actions.base import ActionError, NotAllowed
from madoguchi.actions.people import (
    change_person,
    create_person,
    invitation_path,
    is_admin,
    led_teams,
    may_manage_people,
    save_team,
    set_person_active,
)
from madoguchi.models import Team
from madoguchi.web.absence_forms import AbsenceForm
from madoguchi.web.people_forms import NewPersonForm, PersonForm, TeamForm
from madoguchi.web.views.absence import absence_initial, report_handover
from madoguchi.web.views.common import redirect_to


def _managers_only(request: HttpRequest) -> None:
    if not may_manage_people(request.user):
        raise Http404("only leads and admins manage people")


def _admins_only(request: HttpRequest) -> None:
    if not is_admin(request.user):
        raise Http404("only admins do this")


@login_required
def people(request: HttpRequest) -> HttpResponse:
    _managers_only(request)
    users = list(
        get_user_model()
        .objects.select_related("agent")
        .prefetch_related("agent__teams")
        .order_by("-is_active", "username")
    )
    teams = list(Team.objects.order_by("name"))
    context = {
        "users": users,
        "teams": teams,
        "is_admin": is_admin(request.user),
        "led_team_ids": set(led_teams(request.user).values_list("pk", flat=True)),
        "team_form": TeamForm(),
    }
    return render(request, "madoguchi/people.html", context)


@login_required
def person_new(request: HttpRequest) -> HttpResponse:
    _admins_only(request)
    form = NewPersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            person = create_person(
                request.user,
                username=data["username"],
                display_name=data["display_name"],
                email=data["email"],
                role=data["role"],
                teams=data["teams"],
                password=data["password"] if data["first_access"] == "password" else "",
            )
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            # Shown on this response only: the link is not stored anywhere and a reload
            # does not bring it back (the browser asks before posting the form again).
            link = (
                request.build_absolute_uri(invitation_path(person))
                if data["first_access"] == "link"
                else ""
            )
            days = max(settings.PASSWORD_RESET_TIMEOUT // 86400, 1)  # how long Django's token lives
            context = {"person": person, "link": link, "days": days}
            return render(request, "madoguchi/person_added.html", context)
    status = 400 if request.method == "POST" else 200
    return render(request, "madoguchi/person_new.html", {"form": form}, status=status)


def _person_or_404(person_id: int) -> User:
    return get_object_or_404(get_user_model().objects.select_related("agent"), pk=person_id)


@login_required
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    _managers_only(request)
    person = _person_or_404(person_id)
    admin = is_admin(request.user)
    agent = getattr(person, "agent", None)
    initial = {
        "display_name": agent.display_name if agent else "",
        "role": agent.role if agent else "agent",
        "teams": list(agent.teams.all()) if agent else [],
        "name_en": agent.name_en if agent else "",
        "signature": agent.signature if agent else "",
        "signature_en": agent.signature_en if agent else "",
    }
    # A lead who unticks every team posts an empty form: still a submission.
    posted = request.POST if request.method == "POST" else None
    form = PersonForm(posted, initial=initial, teams=led_teams(request.user), is_admin=admin)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change_person(
                request.user,
                person,
                display_name=data.get("display_name") if admin else None,
                role=data.get("role") if admin else None,
                teams=data["teams"],
                # A post without a field (an older page) leaves that field as it is.
                **{
                    field: data.get(field) if admin and field in request.POST else None
                    for field in ("name_en", "signature", "signature_en")
                },
            )
        except NotAllowed:
            raise Http404("not allowed") from None
        except ActionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
            return redirect_to(request, reverse("person_edit", args=[person.pk]))
    # A lead sees the person's other teams, but cannot change them.
    led = set(led_teams(request.user).values_list("pk", flat=True))
    other_teams = [team for team in agent.teams.all() if team.pk not in led] if agent else []
    # A lead sees of another team's colleague what the staff list shows (name, role,
    # teams) and may add them to a team they lead; their absence, substitute and the
    # absence form are for their own leads and admins (s8 walk: any lead saw all).
    manages = _manages(request.user, person)
    context = {
        "form": form,
        "person": person,
        "is_admin": admin,
        "other_teams": other_teams,
        "manages": manages,
        "absence_form": _absence_form(person, None) if manages else None,
    }
    return render(request, "madoguchi/person_edit.html", context)


def _manages(user: Any, person: User) -> bool:
    try:
        check_may_set(user, person)
    except NotAllowed:
        return False
    return True


def _absence_form(person: User, data: Any) -> AbsenceForm:
    initial = absence_initial(getattr(person, "agent", None))
    return AbsenceForm(data, initial=initial, user=person, for_other=True, prefix="absence")


@login_required
@require_POST
def person_absence(request: HttpRequest, person_id: int) -> HttpResponse:
    """A lead marks a colleague away (the call saying they are ill comes to the lead)."""
    _managers_only(request)
    person = _person_or_404(person_id)
    try:
        check_may_set(request.user, person)
    except NotAllowed:
        raise Http404("not allowed") from None
    form = _absence_form(person, request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect_to(request, reverse("person_edit", args=[person.pk]))
    data = form.cleaned_data
    try:
        handover = set_absence(
            request.user,
            person=person,
            away_from=data["away_from"],
            away_until=data["away_until"],
            substitute=data["substitute"],
            hand_over=data["hand_over"],
        )
    except NotAllowed:
        raise Http404("not allowed") from None
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Absence saved."))
        report_handover(request, handover, oneself=False)
    return redirect_to(request, reverse("person_edit", args=[person.pk]))


@login_required
@require_POST
def person_absence_clear(request: HttpRequest, person_id: int) -> HttpResponse:
    _managers_only(request)
    person = _person_or_404(person_id)
    try:
        clear_absence(request.user, person)
    except NotAllowed:
        raise Http404("not allowed") from None
    messages.success(request, _("The absence is ended."))
    return redirect_to(request, reverse("person_edit", args=[person.pk]))


@login_required
@require_POST
def person_active(request: HttpRequest, person_id: int) -> HttpResponse:
    _admins_only(request)
    person = _person_or_404(person_id)
    active = request.POST.get("active") == "1"
    try:
        set_person_active(request.user, person, active)
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            _("Reactivated: they can sign in again.")
            if active
            else _("Deactivated: they can no longer sign in. Their history stays."),
        )
    return redirect_to(request, reverse("person_edit", args=[person.pk]))


@login_required
@require_POST
def team_save(request: HttpRequest, team_id: int | None = None) -> HttpResponse:
    _admins_only(request)
    team = get_object_or_404(Team, pk=team_id) if team_id else Team()
    form = TeamForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Enter the team's name."))
        return redirect_to(request, reverse("people"))
    try:
        save_team(request.user, team, form.cleaned_data["name"])
    except ActionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Team saved."))
    return redirect_to(request, reverse("people"))


class WelcomeView(auth_views.PasswordResetConfirmView):
    """The one-time link of a new person: set a first password, then sign in."""

    template_name = "madoguchi/welcome.html"
    success_url = reverse_lazy("login")
    reset_url_token = "set-password"  # noqa: S105 - Django's placeholder in the URL, not a secret

    def form_valid(self, form: SetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Your password is set. Sign in as %(username)s with it.")
            % {"username": form.user.get_username()},
        )
        return response
