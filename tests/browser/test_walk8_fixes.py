"""Session 7's walk, fixed, in a real browser at 390 px: the conversation header writes out
why it is urgent (a phone cannot hover), the mailbox form shows only the chosen sign-in
method's fields, and the pages changed for it fit the phone in Japanese and English.

With WALK8_SHOTS=<dir> every page is also saved there at 390 and 990 px (the walk's record)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.seed import ADMIN

LOCALES = {"ja": "ja-JP", "en": "en-US"}
URGENT = "二重に請求されています"  # a demo conversation set to 至急, open
REASON = {"ja": "優先度が「至急」に設定されています", "en": "Priority set to urgent"}


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("WALK8_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def _open_urgent(page: Any, app: App) -> None:
    page.goto(f"{app.url}/search/?q={URGENT}")
    page.locator("main a", has_text=URGENT).first.click()
    expect(page.locator("h1")).to_have_text(URGENT)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_header_shows_the_urgency_reasons_on_a_phone(
    app: App, browser: Any, language: str
) -> None:
    page = sign_in(browser, app, "sato", locale=LOCALES[language])
    page.set_viewport_size({"width": 390, "height": 844})
    _open_urgent(page, app)
    reasons = page.locator(".thread-head small.urgency-reasons")
    expect(reasons).to_be_visible()
    expect(reasons).to_be_in_viewport()
    expect(reasons).to_contain_text(REASON[language])
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    _shot(page, f"conversation-urgency-{language}-390")
    page.set_viewport_size({"width": 990, "height": 900})
    page.reload()
    _shot(page, f"conversation-urgency-{language}-990")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_mailbox_form_shows_the_chosen_sign_in_methods_fields(
    app: App, browser: Any, language: str
) -> None:
    page = sign_in(browser, app, ADMIN, locale=LOCALES[language])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}/mailboxes/new/")
    page.locator("select[name=auth_method]").select_option("password")
    expect(page.locator("#id_imap_password")).to_be_visible()
    for name in ("oauth_token_endpoint", "oauth_client_id", "oauth_refresh_token"):
        expect(page.locator(f"#id_{name}")).to_be_hidden()
    _shot(page, f"mailbox-password-{language}-390")
    page.locator("select[name=auth_method]").select_option("oauth2")
    expect(page.locator("#id_oauth_client_id")).to_be_visible()
    expect(page.locator("#id_imap_password")).to_be_hidden()
    expect(page.locator("#id_smtp_password")).to_be_hidden()
    expect(page.locator("#id_imap_host")).to_be_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    _shot(page, f"mailbox-oauth2-{language}-390")
    page.set_viewport_size({"width": 990, "height": 900})
    _shot(page, f"mailbox-oauth2-{language}-990")


PAGES = {
    "templates-new": "/templates/new/",
    "approval-rule-new": "/approval-rules/new/",
    "sla": "/sla/",
    "sla-policy-new": "/sla/policies/new/",
    "reports": "/reports/",
    "lint-rules": "/lint-rules/",
    "approvals": "/approvals/",
}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_the_changed_pages_fit_a_phone(app: App, browser: Any, language: str, name: str) -> None:
    page = sign_in(browser, app, "sato", locale=LOCALES[language])
    page.set_viewport_size({"width": 390, "height": 844})
    response = page.goto(f"{app.url}{PAGES[name]}")
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390, name
    _shot(page, f"{name}-{language}-390")
    page.set_viewport_size({"width": 990, "height": 900})
    page.reload()
    _shot(page, f"{name}-{language}-990")
