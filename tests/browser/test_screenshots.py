"""Screenshots of the queue, a conversation and search results in Japanese and English,
on the demo data, saved to artifacts/screenshots/ for a person to look at."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in

PAGES = {
    # browser locale: (queue title, a demo conversation to open, what search shows)
    "ja": ("ja-JP", "未対応", "ユーザー追加時の日割り計算について"),
    "en": ("en-US", "New", "SAML SSO with Okta fails: invalid assertion"),
}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_queue_conversation_and_search_render_in_each_language(
    app: App, browser: Any, language: str
) -> None:
    locale, queue_title, subject = PAGES[language]
    page = sign_in(browser, app, "sato", locale=locale)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_contain_text(queue_title)
    expect(page.locator("tr.row").first).to_be_visible()
    screenshot(page, f"queue-{language}")

    page.goto(f"{app.url}/search/?q={subject}")
    page.locator("main a", has_text=subject).first.click()
    expect(page.locator("h1")).to_have_text(subject)
    expect(page.locator(".timeline li.message").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    screenshot(page, f"conversation-{language}")

    page.goto(f"{app.url}/search/?q=返金" if language == "ja" else f"{app.url}/search/?q=refund")
    expect(page.locator("main")).to_contain_text("返金" if language == "ja" else "efund")
    # The counts and the chips that narrow them come in a second request as the page loads.
    expect(page.locator("#search-counts .result-count")).to_contain_text(
        "件" if language == "ja" else "conversation"
    )
    expect(page.locator("#search-counts nav.facets .chip").first).to_be_visible()
    screenshot(page, f"search-{language}")
