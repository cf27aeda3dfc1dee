"""The time zone on the preferences page is a choice, common zones first (walk 8 finding 24:
an empty free-text field); an unknown zone is refused with a message, nothing saved."""

from __future__ import annotations

import re

from madoguchi.models import Agent
from tests.web.conftest import World


def test_the_time_zone_is_a_choice_with_the_common_zones_first(world: World) -> None:
    page = world.client(world.alice).get("/preferences/", HTTP_ACCEPT_LANGUAGE="ja")
    html = page.content.decode()
    field = re.search(r'<select name="time_zone"[^>]*>(.*?)</select>', html, re.S)
    assert field, "no time zone choice"
    values = re.findall(r'<option value="([^"]*)"', field.group(1))
    assert values[:3] == ["", "Asia/Tokyo", "UTC"]
    assert "既定（Asia/Tokyo）" in field.group(1)
    assert "Asia/Tokyo (UTC+09:00)" in field.group(1)
    assert '<optgroup label="よく使うもの">' in field.group(1)
    assert "Pacific/Auckland" in values  # and every other zone after them


def test_a_chosen_zone_is_saved_and_an_unknown_one_refused(world: World) -> None:
    client = world.client(world.alice)
    saved = client.post("/preferences/", {"language": "", "time_zone": "Europe/London"})
    assert saved.status_code == 303
    assert Agent.objects.get(user=world.alice).time_zone == "Europe/London"

    refused = client.post(
        "/preferences/", {"language": "", "time_zone": "Tokyo"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert refused.status_code == 200
    assert "Select a valid choice. Tokyo is not one of the available choices." in (
        refused.content.decode()
    )
    assert Agent.objects.get(user=world.alice).time_zone == "Europe/London"
