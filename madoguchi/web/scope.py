"""Which team's settings a lead's page edits: ?team=<id> among the teams they lead."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from madoguchi.actions.base import role_of
from madoguchi.actions.scoping import managed_teams
from madoguchi.models import Role, Team


def chosen_scope(request: HttpRequest) -> tuple[Team | None, list[Team], bool]:
    """The team whose settings the page edits (?team=id), the teams the user may choose
    and whether the global (admin's) scope is one of them. A lead's default is their
    first team; an admin's the global settings."""
    teams = managed_teams(request.user)
    may_global = role_of(request.user) == Role.ADMIN
    wanted = request.GET.get("team", "")
    chosen = next((team for team in teams if str(team.pk) == wanted), None)
    if chosen is None and not may_global:
        if not teams:
            raise Http404("a lead without a team has nothing to set")
        chosen = teams[0]
    return chosen, teams, may_global
