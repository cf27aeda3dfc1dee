"""Per-team ownership of what leads configure: labels, templates, FAQ entries, the
reply-check policy and topic names. A row with a team belongs to it; a row without one is
global: made by an admin, seen by every team, read-only to leads."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Q

from madoguchi.actions.base import role_of
from madoguchi.models import Role, Team


def team_ids_of(user: Any) -> set[int]:
    """The teams the user works in (empty for a stranger)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(Team.objects.filter(agents__user=user).values_list("id", flat=True))


def visible_scope(user: Any, field: str = "team") -> Q:
    """The rows of a team-scoped model the user sees: admins every row, others the global
    ones and those of their own teams."""
    if role_of(user) == Role.ADMIN:
        return Q()
    # A subquery, not a list: no extra round trip on every page that shows labels.
    teams = Team.objects.filter(agents__user_id=getattr(user, "pk", None) or 0).values("id")
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__in": teams})


def may_manage_scope(user: Any, team_id: int | None) -> bool:
    """May the user create, change or delete a row of this team (None: a global row)?
    Admins any; leads only their own teams' rows; agents none."""
    role = role_of(user)
    if role == Role.ADMIN:
        return True
    if role != Role.LEAD or team_id is None:
        return False
    return Team.objects.filter(pk=team_id, agents__user=user).exists()


def scope_checker(user: Any) -> Callable[[int | None], bool]:
    """may_manage_scope for many rows at the cost of one query (a list page)."""
    role = role_of(user)
    if role == Role.ADMIN:
        return lambda team_id: True
    if role != Role.LEAD:
        return lambda team_id: False
    mine = team_ids_of(user)
    return lambda team_id: team_id is not None and team_id in mine


def managed_teams(user: Any) -> list[Team]:
    """Teams the user may put a new row in (admins also make global rows: team None)."""
    role = role_of(user)
    if role == Role.ADMIN:
        return list(Team.objects.all())
    if role == Role.LEAD:
        return list(Team.objects.filter(agents__user=user))
    return []
