"""A lead (or an app admin) who opens /admin/ lands on the app's own management pages with
a word in their language; an agent gets the app's styled 403, never Django's raw pages."""

from __future__ import annotations

from tests.web.conftest import World


def test_it_sends_a_lead_to_the_apps_management_pages_in_japanese(world: World) -> None:
    response = world.client(world.lead).get("/admin/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    assert response.redirect_chain[-1] == ("/people/", 302)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Django の管理画面はスーパーユーザー向けの保守用ツールです" in page
    assert "Django administration" not in page


def test_it_says_so_in_english_to_an_english_reader(world: World) -> None:
    response = world.client(world.admin).get("/admin/", HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert response.redirect_chain[-1] == ("/people/", 302)
    assert "The Django administration pages are a maintenance tool" in response.content.decode()


def test_an_agent_gets_the_apps_styled_403_in_each_language(world: World) -> None:
    client = world.client(world.alice)
    ja = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    assert ja.status_code == 403
    page = ja.content.decode()
    assert "この操作を行う権限がありません" in page and 'class="brand"' in page
    assert "Django" not in page
    en = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert en.status_code == 403
    assert "You do not have permission for this" in en.content.decode()
