"""A tab icon on every page, and /favicon.ico answers (walk 12, F-22: a 404 on each page)."""

from __future__ import annotations

from django.contrib.staticfiles import finders

from tests.web.conftest import World


def test_pages_link_an_icon_and_favicon_ico_leads_to_it(world: World) -> None:
    page = world.client(world.alice).get("/q/new/").content.decode()
    assert '<link rel="icon" href="/static/madoguchi/favicon.svg" type="image/svg+xml">' in page
    response = world.client(None).get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/madoguchi/favicon.svg"
    assert finders.find("madoguchi/favicon.svg")
