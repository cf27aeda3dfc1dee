"""A template variable is `{ascii_name}` in half-width braces and nothing else: a Japanese
name ({顧客名}) or full-width braces typed with the IME (｛customer_name｝) would reach the
customer as written, so saving names them, and a reply still holding one is not sent
(s10 walk F15: both were saved, and ｛customer_name｝ passed the reply check)."""

from __future__ import annotations

import re

import pytest

from madoguchi.models import OutboxItem, Template
from tests.web.conftest import World, make_conversation

TEMPLATE = {"name": "請求書", "scope": "personal", "language": "ja", "kind": "reply"}


def _errors(page: str) -> list[str]:
    return re.findall(r"errorlist[^>]*><li>(.*?)</li>", page)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("{顧客名}様\n\n請求書を再発行いたしました。", "{顧客名}"),
        ("｛customer_name｝様\n\n請求書を再発行いたしました。", "｛customer_name｝"),
        ("｛ 顧客名 ｝様、お世話になっております。", "｛ 顧客名 ｝"),
    ],
)
def test_a_variable_that_would_never_be_filled_is_named_when_saving(
    world: World, body: str, named: str
) -> None:
    response = world.client(world.alice).post(
        "/templates/new/", {**TEMPLATE, "body": body}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    errors = _errors(response.content.decode())
    assert any(f"不明な変数 {named} があります" in error for error in errors), errors
    assert not Template.objects.exists()


def test_the_english_message_lists_unknown_variables_with_an_english_comma(world: World) -> None:
    response = world.client(world.alice).post(
        "/templates/new/",
        {**TEMPLATE, "language": "en", "body": "Hi {first_name}, the total is {amount}."},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    errors = _errors(response.content.decode())
    assert any("Unknown variable {amount}, {first_name}." in error for error in errors), errors


def test_known_variables_in_half_width_braces_save(world: World) -> None:
    body = "{organization}\n{customer_name}様\n\nJSON の {} は空です。"
    response = world.client(world.alice).post("/templates/new/", {**TEMPLATE, "body": body})
    assert response.status_code in (302, 303), _errors(response.content.decode())


def test_a_reply_holding_full_width_braces_is_not_sent(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "｛customer_name｝様\n\n返金の手続きが完了しました。", "status": "waiting"},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    assert "｛customer_name｝" in response.content.decode()
    assert not OutboxItem.objects.exists()
