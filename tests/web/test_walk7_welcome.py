"""The one-time sign-in link tells the newcomer the username they will sign in with."""

from __future__ import annotations

import re

from django.test import Client

from tests.web.conftest import World
from tests.web.test_people import _new_person


def test_the_welcome_page_and_the_sign_in_message_name_the_username(world: World) -> None:
    body = (
        world.client(world.admin)
        .post("/people/new/", _new_person(teams=[str(world.team_a.pk)]), HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    link = re.search(r'value="http://testserver(/welcome/[^"]+)"', body)
    assert link is not None

    newcomer = Client(HTTP_ACCEPT_LANGUAGE="ja")
    page = newcomer.get(link.group(1), follow=True)
    assert "ユーザー名: <strong>hanako</strong>" in page.content.decode()
    done = newcomer.post(
        page.redirect_chain[-1][0],
        {"new_password1": "hanako-first-pw-2026", "new_password2": "hanako-first-pw-2026"},
        follow=True,
    )
    assert "ユーザー名 hanako とこのパスワードでサインインしてください" in done.content.decode()
