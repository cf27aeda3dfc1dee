"""The trends page on a phone (walk 8 finding 15): the examples were a column a few
characters wide (「#48 ques / for c / venc」). At 390 px each topic is a card: the name, its
three figures each named, and the example subjects at the full width, with nothing to scroll
sideways."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in

CARD = """() => { const table = document.querySelector('table.trends-table');
  const cell = table.querySelector('tr.topic td.examples-cell');
  const figure = table.querySelector('tr.topic td.num');
  return {examples: Math.round(cell.getBoundingClientRect().width),
          scrolls: table.scrollWidth > table.clientWidth + 1,
          named: getComputedStyle(figure, '::before').content}; }"""


@pytest.mark.parametrize(("locale", "named"), [("ja-JP", '"件数 "'), ("en-US", '"Mails "')])
def test_each_topic_is_a_readable_card_at_390_px(
    app: App, browser: Any, locale: str, named: str
) -> None:
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}/trends/?days=30")
    expect(page.locator("tr.topic").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    card = page.evaluate(CARD)
    assert card["examples"] >= 300, card  # was about 25 px: one syllable a line
    assert not card["scrolls"], card
    assert card["named"] == named, card
    assert "傾向不良" not in page.locator("main").inner_text()
    screenshot(page, f"trends-{locale[:2]}-390")
