"""The lead's report page as a lead reads it: only labels the lead may see in its filter, and
the breakdown menu naming what the table is broken down by."""

from __future__ import annotations

import re

from madoguchi.models import Label
from tests.web.conftest import World


def test_it_does_not_list_another_teams_private_label_in_the_filter(world: World) -> None:
    Label.objects.create(name="B社対応", team=world.team_b)
    Label.objects.create(name="A社対応", team=world.team_a)
    page = world.client(world.lead).get("/reports/").content.decode()
    label_menu = re.search(r'<select name="label"[^>]*>(.*?)</select>', page, re.S)
    assert label_menu is not None
    assert "A社対応" in label_menu.group(1) and "請求" in label_menu.group(1)
    assert "B社対応" not in page


def test_the_breakdown_menu_says_by_agent_when_the_table_is_by_agent(world: World) -> None:
    page = world.client(world.lead).get("/reports/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    group_menu = re.search(r'<select name="group"[^>]*>(.*?)</select>', page, re.S)
    assert group_menu is not None
    assert re.search(r'<option value="agent" selected>', group_menu.group(1))
