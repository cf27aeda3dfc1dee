"""Queue and search rows show only the labels the reader may see: another team's private
label on a conversation of a shared mailbox is not theirs to read (it used to show as a
chip although the filter and the facets already hid it)."""

from __future__ import annotations

from madoguchi.models import Label
from tests.web.conftest import World, make_conversation


def test_it_shows_another_teams_private_label_to_nobody_outside_that_team(world: World) -> None:
    conversation = make_conversation(world.support, subject="返金の件", status="open")
    ours = Label.objects.create(name="チームAの返金", color="#b45309", team=world.team_a)
    theirs = Label.objects.create(name="チームBの極秘", color="#b45309", team=world.team_b)
    conversation.labels.add(ours, theirs)
    alice = world.client(world.alice)
    for url in ("/q/open/", "/q/open/?order=urgent", "/search/?q=返金"):
        page = alice.get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
        assert "チームAの返金" in page, url
        assert "チームBの極秘" not in page, url
    admin_page = world.client(world.admin).get("/q/open/").content.decode()
    assert "チームBの極秘" in admin_page
