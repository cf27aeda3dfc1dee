"""A 10 MB reply posted from the compose box (htmx) gets the app's styled 400 page, in the
language of the interface, naming the limits, instead of nothing happening on the click.

The conversation is one the demo put into the database (seed.py), not mail fetched over
IMAP: session 6's attempt waited for a fetch that a loaded machine did not finish in 120 s."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.test_conversation_layout import CONVERSATIONS, _open

ANSWERS = {
    "ja": ("送られた内容が大きすぎるか、読み取れない形式です", "200,000"),
    "en": ("The page sent more than the server accepts, or something it cannot read", "25 MB"),
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_10_mb_reply_from_the_compose_box_gets_the_styled_400_in_the_ui_language(
    app: App, browser: Any, language: str
) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    _open(page, app, subject)
    # 3.5 million characters of 3 bytes: 10.5 MB, typed into the box by script (fill() of
    # this much would take minutes on a loaded machine).
    page.evaluate("document.getElementById('reply-body').value = 'あ'.repeat(3500000)")
    with page.expect_response(lambda response: "/reply/" in response.url) as answer:
        page.locator("#compose-form button.primary").click()
    assert answer.value.status == 400
    heading, limit = ANSWERS[language]
    expect(page.locator("body")).to_contain_text(heading, timeout=30_000)
    expect(page.locator("body")).to_contain_text(limit)
    expect(page.locator(".brand").first).to_be_visible()  # the app's page, not a bare error
