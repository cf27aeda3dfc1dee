"""The new-template form offers only the labels a template may set: the global ones and the
private labels of the user's own teams (another team's private label was listed, then refused
on save)."""

from __future__ import annotations

from madoguchi.models import Label, Template
from tests.web.conftest import World


def test_it_offers_an_admin_only_global_labels_and_their_own_teams_labels(world: World) -> None:
    mine = Label.objects.create(name="A専用", color="#123456", team=world.team_a)
    theirs = Label.objects.create(name="B専用", color="#654321", team=world.team_b)
    world.team_a.agents.add(world.admin.agent)
    page = world.client(world.admin).get("/templates/new/").content.decode()
    assert f'name="add_labels" value="{world.label.pk}"' in page
    assert f'name="add_labels" value="{mine.pk}"' in page
    assert f'name="add_labels" value="{theirs.pk}"' not in page


def test_it_offers_a_lead_their_teams_label_but_not_another_teams(world: World) -> None:
    mine = Label.objects.create(name="A専用", color="#123456", team=world.team_a)
    theirs = Label.objects.create(name="B専用", color="#654321", team=world.team_b)
    page = world.client(world.lead).get("/templates/new/").content.decode()
    assert f'name="add_labels" value="{mine.pk}"' in page
    assert f'name="add_labels" value="{theirs.pk}"' not in page


def test_a_forged_label_of_another_team_is_still_refused(world: World) -> None:
    theirs = Label.objects.create(name="B専用", color="#654321", team=world.team_b)
    response = world.client(world.admin).post(
        "/templates/new/",
        {
            "name": "お詫び",
            "scope": "global",
            "language": "ja",
            "kind": "reply",
            "body": "申し訳ございません。",
            "add_labels": [str(theirs.pk)],
        },
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()  # the form names the bad choice
    assert not Template.objects.filter(name="お詫び").exists()
