"""A NUL character in a parameter gets the bad-request page in the reader's language, not
a 500: PostgreSQL refuses NUL in text, so /customers/?q=%00 failed there (s8 odd-query walk)."""

from __future__ import annotations

from tests.web.conftest import World


def test_it_answers_400_to_a_nul_in_the_query_string(world: World) -> None:
    client = world.client(world.alice)
    response = client.get("/customers/?q=a%00b", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 400


def test_it_answers_400_to_a_nul_in_a_form_field(world: World) -> None:
    client = world.client(world.alice)
    response = client.post("/customers/", {"q": "a\x00b"})
    assert response.status_code == 400


def test_an_ordinary_query_still_answers(world: World) -> None:
    assert world.client(world.alice).get("/customers/?q=田中").status_code == 200
