"""The lead's approval-rule form names only the people of the lead's teams (as agents held
back and as approvers); an admin sees everyone; a forged id of someone outside is refused."""

from __future__ import annotations

import re

from madoguchi.models import ApprovalPolicy
from tests.web.conftest import World


def _choices(page: str, field: str) -> set[str]:
    return set(re.findall(rf'name="{field}" value="(\d+)"', page))


def test_it_lists_only_the_leads_team_members(world: World) -> None:
    page = world.client(world.lead).get("/approval-rules/new/").content.decode()
    team_a = {str(user.pk) for user in (world.alice, world.bob, world.lead)}
    assert _choices(page, "agents") == team_a
    assert _choices(page, "approvers") == team_a
    assert str(world.charlie.pk) not in _choices(page, "agents")


def test_an_admin_sees_every_person(world: World) -> None:
    page = world.client(world.admin).get("/approval-rules/new/").content.decode()
    assert str(world.charlie.pk) in _choices(page, "agents")
    assert str(world.charlie.pk) in _choices(page, "approvers")


def test_a_forged_person_from_another_team_is_refused(world: World) -> None:
    response = world.client(world.lead).post(
        "/approval-rules/new/",
        {
            "name": "新人チェック",
            "team": str(world.team_a.pk),
            "first_replies": "0",
            "agents": [str(world.alice.pk)],
            "approvers": [str(world.charlie.pk)],
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not ApprovalPolicy.objects.filter(name="新人チェック").exists()


def test_a_leads_save_keeps_the_people_an_admin_named_from_outside(world: World) -> None:
    policy = ApprovalPolicy.objects.create(name="共有", team=world.team_a)
    policy.approvers.add(world.charlie)
    response = world.client(world.lead).post(
        f"/approval-rules/{policy.pk}/",
        {
            "name": "共有",
            "team": str(world.team_a.pk),
            "first_replies": "0",
            "is_active": "on",
            "approvers": [str(world.bob.pk)],
        },
    )
    assert response.status_code == 303
    assert set(policy.approvers.all()) == {world.bob, world.charlie}
