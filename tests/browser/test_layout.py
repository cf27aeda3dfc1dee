"""The queue and a conversation on a 390 px phone and in a 990 px split window: one column,
no sideways scrolling, the folders behind a menu button; a skip link, a focus ring that
shows on the dark top bar, and shortcuts that leave an IME's composition alone.

Screenshots go to artifacts/screenshots/ (queue-ja-390.png, conversation-en-990.png …)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in

CONVERSATIONS = {
    # language: (browser locale, a demo conversation with long lines and a side panel)
    "ja": ("ja-JP", "ユーザー追加時の日割り計算について"),
    "en": ("en-US", "SAML SSO with Okta fails: invalid assertion"),
}

PAGE_WIDTH = "document.scrollingElement.scrollWidth"


def _open_conversation(page: Any, app: App, subject: str) -> None:
    page.goto(f"{app.url}/search/?q={subject}")
    page.locator("main a", has_text=subject).first.click()
    expect(page.locator("h1")).to_have_text(subject)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_fits_a_390_px_phone_in_one_column(app: App, browser: Any, language: str) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    expect(page.locator("tr.row").first).to_be_visible()
    assert page.evaluate(PAGE_WIDTH) <= 390
    expect(page.locator("#sidebar")).to_be_hidden()
    screenshot(page, f"queue-{language}-390")

    # The menu carries the folders and the links the top bar has no room for.
    page.locator("[data-menu]").click()
    expect(page.locator("#sidebar .folders a").first).to_be_visible()
    expect(page.locator("#sidebar .drawer-nav a[href='/templates/']")).to_be_visible()
    assert page.evaluate(PAGE_WIDTH) <= 390
    page.keyboard.press("Escape")
    expect(page.locator("#sidebar")).to_be_hidden()

    _open_conversation(page, app, subject)
    assert page.evaluate(PAGE_WIDTH) <= 390
    # The reply box is reachable: the shortcut's button scrolls to it, and all of it is on screen.
    page.locator("[data-shortcut=r]").click()
    expect(page.locator("#reply-body")).to_be_focused()
    box = page.locator("#reply-body").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    side = page.locator("aside.side").bounding_box()
    thread = page.locator("section.thread").bounding_box()
    assert side is not None and thread is not None
    assert side["y"] >= thread["y"] + thread["height"]  # one column: the panel comes after
    screenshot(page, f"conversation-{language}-390")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_turns_the_folders_into_a_menu_at_990_px(app: App, browser: Any, language: str) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 990, "height": 800})
    page.reload()
    assert page.evaluate(PAGE_WIDTH) <= 990
    menu = page.locator("[data-menu]")
    expect(menu).to_be_visible()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.locator("#sidebar")).to_be_hidden()
    screenshot(page, f"queue-{language}-990")

    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    folder = page.locator("#sidebar .folders a[href='/q/unassigned/']")
    expect(folder).to_be_visible()
    folder.click()
    page.wait_for_url(f"{app.url}/q/unassigned/")
    expect(page.locator("#sidebar")).to_be_hidden()

    _open_conversation(page, app, subject)
    assert page.evaluate(PAGE_WIDTH) <= 990
    screenshot(page, f"conversation-{language}-990")

    # At full width there is no menu: the folders stand beside the queue.
    page.set_viewport_size({"width": 1366, "height": 900})
    expect(menu).to_be_hidden()
    expect(page.locator("#sidebar")).to_be_visible()


def _contrast(first: list[float], second: list[float]) -> float:
    def luminance(rgb: list[float]) -> float:
        channels = [c / 255 for c in rgb[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


COLOURS = """(el) => {
  const rgb = (text) => text.match(/[\\d.]+/g).map(Number);
  const style = getComputedStyle(el);
  return [rgb(style.outlineColor), style.outlineStyle,
          rgb(getComputedStyle(document.querySelector('.topbar')).backgroundColor)];
}"""


def test_it_has_a_skip_link_and_a_focus_ring_that_shows_on_the_top_bar(
    app: App, browser: Any
) -> None:
    page = sign_in(browser, app, "sato")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    expect(skip).to_have_text("本文へ移動")

    # Every focusable thing in the dark bar gets a ring of at least 3:1 against it (WCAG 1.4.11).
    for selector in (".topbar .brand", ".topbar #search-input", ".usernav a[href='/templates/']"):
        page.locator(selector).focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
        expect(page.locator(selector)).to_be_focused()
        outline, style, background = page.locator(selector).evaluate(COLOURS)
        assert style != "none", selector
        assert _contrast(outline, background) >= 3, (selector, outline, background)

    page.locator(".skip-link").focus()
    page.keyboard.press("Enter")
    expect(page.locator("main#content")).to_be_focused()


KEYDOWN = """([key, composing, keyCode]) => document.body.dispatchEvent(new KeyboardEvent(
  'keydown', {key: key, isComposing: composing, keyCode: keyCode, bubbles: true}))"""


def test_it_ignores_shortcut_keys_while_an_ime_composes(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "sato")
    expect(page.locator("tr.row").first).to_be_visible()
    page.evaluate(KEYDOWN, ["j", True, 74])
    page.evaluate(KEYDOWN, ["j", False, 229])  # composing, as engines without isComposing say
    expect(page.locator("tr.row.selected")).to_have_count(0)
    page.evaluate(KEYDOWN, ["j", False, 74])
    expect(page.locator("tr.row.selected")).to_have_count(1)
