"""The mailbox form shows the chosen sign-in method's fields only (the OAuth fields were shown
beside password sign-in); without JavaScript the save still names what OAuth2 is missing."""

from __future__ import annotations

import re

from madoguchi.models import Mailbox
from tests.web.conftest import World
from tests.web.test_mailbox_settings import _form


def _marked(html: str, method: str) -> set[str]:
    """The names of the fields the page shows only for `method`."""
    chunks = html.split('<div class="field"')[1:]
    return {
        name
        for chunk in chunks
        if chunk.startswith(f' data-auth="{method}">')
        for name in re.findall(r'name="([a-z_]+)"', chunk.split("</fieldset>")[0])
    }


def test_the_oauth_fields_and_the_passwords_belong_to_their_method(world: World) -> None:
    html = world.client(world.admin).get("/mailboxes/new/").content.decode()
    assert {"oauth_token_endpoint", "oauth_client_id", "oauth_client_secret"} <= _marked(
        html, "oauth2"
    )
    assert {"oauth_scope", "oauth_refresh_token"} <= _marked(html, "oauth2")
    assert {"imap_password", "smtp_password"} <= _marked(html, "password")
    assert "auth_method" not in _marked(html, "oauth2")
    assert "imap_host" not in _marked(html, "password") | _marked(html, "oauth2")


def test_oauth2_without_its_fields_names_each_missing_one(world: World) -> None:
    response = world.client(world.admin).post(
        "/mailboxes/new/", _form(auth_method="oauth2"), HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 400  # the page again, each missing field named
    html = response.content.decode()
    assert "トークンエンドポイントを入れてください。" in html
    assert "アプリ登録のクライアント ID を入れてください。" in html
    assert "リフレッシュトークン" in html
    assert not Mailbox.objects.filter(address="info@example.com").exists()


def test_password_sign_in_saves_without_any_oauth_field(world: World) -> None:
    response = world.client(world.admin).post("/mailboxes/new/", _form(auth_method="password"))
    assert response.status_code == 303
    assert Mailbox.objects.filter(address="info@example.com").exists()
