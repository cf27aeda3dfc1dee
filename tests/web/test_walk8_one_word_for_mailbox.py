"""One Japanese word for a mailbox: the navigation says メールボックス, so every page does
(受信箱 named the same thing on the search filters, reports and error messages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from madoguchi.search.query import parse_query
from tests.web.conftest import World, make_conversation

PO = Path(__file__).resolve().parents[2] / "madoguchi/locale/ja/LC_MESSAGES/django.po"


def test_no_japanese_translation_says_jushinbako() -> None:
    said = [line for line in PO.read_text(encoding="utf-8").splitlines() if "受信箱" in line]
    assert said == []


@pytest.mark.parametrize(
    "path", ["/q/new/", "/search/?q=返金", "/reports/", "/rules/new/", "/sla/"]
)
def test_the_pages_say_mailbox_as_the_navigation_does(world: World, path: str) -> None:
    make_conversation(world.support)
    page = world.client(world.admin).get(path, HTTP_ACCEPT_LANGUAGE="ja")
    assert page.status_code == 200, path
    html = page.content.decode()
    assert "受信箱" not in html
    assert "メールボックス" in html


def test_the_search_field_takes_the_navigations_word_too() -> None:
    assert parse_query("メールボックス:Support 返金").filters == {"mailbox": ("Support",)}
    assert parse_query("受信箱:Support 返金").filters == {"mailbox": ("Support",)}
