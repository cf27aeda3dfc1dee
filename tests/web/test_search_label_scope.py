"""Search respects team scoping of labels (issue 13): an agent can neither filter by nor
see in the facets another team's private label, even on a conversation they may see."""

from __future__ import annotations

import re

from madoguchi.models import Label
from tests.web.conftest import World, make_conversation


def _label_facets(body: str) -> list[str]:
    return re.findall(r'href="[^"]*label%3A([^"&]+)[^"]*"', body)


def test_it_answers_another_teams_label_as_unknown(world: World) -> None:
    private = Label.objects.create(name="VIP対応", team=world.team_b)
    conversation = make_conversation(world.support)  # team A's mailbox
    conversation.labels.add(private)  # set by an admin, or before the mailbox moved teams
    body = world.client(world.alice).get("/search/", {"q": "label:VIP対応"}).content.decode()
    assert 'class="errors" role="alert"' in body and "VIP対応" in body
    assert f'href="/c/{conversation.pk}/"' not in body
    # The same answer as for a label that does not exist: nothing tells her it does.
    missing = world.client(world.alice).get("/search/", {"q": "label:存在しない"}).content.decode()
    assert _errors(body).replace("VIP対応", "?") == _errors(missing).replace("存在しない", "?")


def _errors(body: str) -> str:
    return "".join(re.findall(r'<p class="errors" role="alert">.*?</p>', body, re.S))


def test_its_own_team_and_global_labels_still_filter(world: World) -> None:
    own = Label.objects.create(name="要確認", team=world.team_a)
    conversation = make_conversation(world.support)
    conversation.labels.add(own, world.label)  # world.label (請求) is global
    client = world.client(world.alice)
    for query in ("label:要確認", "label:請求"):
        body = client.get("/search/", {"q": query}).content.decode()
        assert 'class="errors"' not in body, query
        assert f'href="/c/{conversation.pk}/"' in body, query


def test_the_label_facets_leave_out_another_teams_labels(world: World) -> None:
    private = Label.objects.create(name="VIP対応", team=world.team_b)
    own = Label.objects.create(name="要確認", team=world.team_a)
    conversation = make_conversation(world.support)
    conversation.labels.add(private, own, world.label)
    counts = {"q": "返金", "part": "counts"}  # what the search page asks for as it loads
    facets = _label_facets(world.client(world.alice).get("/search/", counts).content.decode())
    assert facets, "the label facets are drawn"
    assert "VIP" not in "".join(facets)
    assert len(facets) == 2
    admin = _label_facets(world.client(world.admin).get("/search/", counts).content.decode())
    assert len(admin) == 3  # an admin sees every team's labels
