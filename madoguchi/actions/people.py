"""Users, roles and teams, managed in the app.

Admins add people (with a first password, or a one-time link to set their own), change
roles, deactivate and reactivate, and create and rename teams. A lead manages who is in
the teams they lead, and nothing else: not roles, not other teams. Nobody is deleted: a
person's replies, notes and audit trail name them for as long as the mail is kept, so
leaving means deactivation (they can no longer sign in; every session of theirs ends).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from madoguchi.actions.accounts import name_key
from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.models import Agent, Role, Team, UserSession


def is_admin(user: Any) -> bool:
    return role_of(user) == Role.ADMIN


def may_manage_people(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def led_teams(user: Any) -> QuerySet[Team]:
    """The teams whose members a user may change: admins every team, leads their own."""
    role = role_of(user)
    if role == Role.ADMIN:
        return Team.objects.all()
    if role == Role.LEAD:
        return Team.objects.filter(agents__user=user).distinct()
    return Team.objects.none()


def _check_admin(actor: Any, what: str) -> None:
    if not is_admin(actor):
        raise NotAllowed(f"only admins {what}")


def invitation_path(user: User) -> str:
    """The one-time path where a new person sets their first password. Django's token
    hashes the password and last sign-in, so it stops working once used (or after
    PASSWORD_RESET_TIMEOUT); it is never stored, only shown once to the admin."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return f"/welcome/{uid}/{default_token_generator.make_token(user)}/"


@transaction.atomic
def create_person(
    actor: Any,
    *,
    username: str,
    display_name: str,
    email: str,
    role: str,
    teams: Iterable[Team],
    password: str = "",
) -> User:
    """A new user with their agent profile. With no password they get an unusable one
    and sign in first through invitation_path()."""
    _check_admin(actor, "add people")
    model = get_user_model()
    username = username.strip()
    if model.objects.filter(username__iexact=username).exists() or any(
        name_key(other) == name_key(username)
        for other in model.objects.values_list("username", flat=True)
    ):
        raise ActionError(_("The user name %(name)s is taken.") % {"name": username})
    user = model(username=username, email=email.strip())
    if password:
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise ActionError(" ".join(error.messages)) from None
        user.set_password(password)
    else:
        user.set_unusable_password()
    try:
        user.save()
    except IntegrityError:
        raise ActionError(_("The user name %(name)s is taken.") % {"name": username}) from None
    agent = Agent.objects.create(user=user, display_name=display_name.strip(), role=role)
    team_list = list(teams)
    agent.teams.set(team_list)
    record_event(
        None,
        actor,
        "person_added",
        None,
        {
            "user": user.pk,
            "username": user.username,
            "role": role,
            "teams": sorted(team.pk for team in team_list),
            "first_password": "set" if password else "invitation link",
        },
    )
    return user


def _agent_of(user: User) -> Agent:
    agent, _created = Agent.objects.get_or_create(user=user)
    return agent


@transaction.atomic
def change_person(
    actor: Any,
    person: User,
    *,
    display_name: str | None = None,
    role: str | None = None,
    teams: Iterable[Team] | None = None,
    name_en: str | None = None,
    signature: str | None = None,
    signature_en: str | None = None,
) -> None:
    """Change a person's name and role (admins) and teams (admins; a lead only the
    teams they lead, the person's other teams stay as they are). Admins also set the
    person's mail identity — the name in Latin letters and the ja/en signatures — as the
    person does on their own preferences page (a new agent's first replies are signed
    right before they ever open it)."""
    if not may_manage_people(actor):
        raise NotAllowed("only leads and admins manage people")
    agent = _agent_of(person)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if display_name is not None and display_name.strip() != agent.display_name:
        _check_admin(actor, "rename people")
        before["display_name"], after["display_name"] = agent.display_name, display_name.strip()
        agent.display_name = display_name.strip()
    identity = {"name_en": name_en, "signature": signature, "signature_en": signature_en}
    for field, value in identity.items():
        if value is None:
            continue
        value = _as_stored(value)
        # Saved from the preferences page a signature may hold CRLF or a final newline:
        # the same text posted back unchanged is not a change.
        if value != _as_stored(getattr(agent, field)):
            _check_admin(actor, "set people's signatures")
            before[field], after[field] = getattr(agent, field), value
            setattr(agent, field, value)
    if role is not None and role != agent.role:
        _check_admin(actor, "change roles")
        if person.pk == getattr(actor, "pk", None) and agent.role == Role.ADMIN:
            # The last door out: an admin who demotes themselves may leave no admin at all.
            raise ActionError(_("You cannot take away your own admin role."))
        before["role"], after["role"] = agent.role, role
        agent.role = role
    agent.save()
    if teams is not None:
        allowed = set(led_teams(actor).values_list("pk", flat=True))
        wanted = {team.pk for team in teams}
        if wanted - allowed:
            raise NotAllowed("a lead changes only the teams they lead")
        current = set(agent.teams.values_list("pk", flat=True))
        added = (wanted - current) & allowed
        removed = (current - wanted) & allowed
        if added:
            agent.teams.add(*added)
        if removed:
            agent.teams.remove(*removed)
        if added or removed:
            before["teams"], after["teams"] = sorted(current), sorted((current | added) - removed)
    if after:
        record_event(
            None,
            actor,
            "person_changed",
            before,
            {"user": person.pk, "username": person.get_username(), **after},
        )


def _as_stored(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


@transaction.atomic
def set_person_active(actor: Any, person: User, active: bool) -> None:
    """Deactivate (they cannot sign in; every session ends) or reactivate someone."""
    _check_admin(actor, "deactivate people")
    if person.pk == getattr(actor, "pk", None) and not active:
        raise ActionError(_("You cannot deactivate yourself."))
    if person.is_active == active:
        return
    type(person).objects.filter(pk=person.pk).update(is_active=active)
    person.is_active = active
    if not active:
        # Django refuses an inactive user's session on the next request anyway; ending the
        # sessions as well leaves nothing to come back to if they are reactivated.
        keys = UserSession.objects.filter(user=person).values_list("session_key", flat=True)
        Session.objects.filter(session_key__in=list(keys)).delete()
        UserSession.objects.filter(user=person).delete()
    record_event(
        None,
        actor,
        "person_reactivated" if active else "person_deactivated",
        None,
        {"user": person.pk, "username": person.get_username()},
    )


@transaction.atomic
def save_team(actor: Any, team: Team, name: str) -> Team:
    """Create a team (team.pk is None) or rename one."""
    _check_admin(actor, "create or rename teams")
    name = name.strip()
    if not name:
        raise ActionError(_("Enter the team's name."))
    if Team.objects.filter(name__iexact=name).exclude(pk=team.pk).exists():
        raise ActionError(_("There is already a team called %(name)s.") % {"name": name})
    created = team.pk is None
    old_name = team.name
    team.name = name
    team.save()
    record_event(
        None,
        actor,
        "team_created" if created else "team_renamed",
        None if created else {"name": old_name},
        {"team": team.pk, "name": name},
    )
    return team
