"""@mentions typed as people type them, in a real browser: Japanese names typed straight
and through an IME (composition events, then the committed text; the full-width ＠ a
Japanese IME types), Latin names, after 。 without a space; the suggestion completes the
note and the colleague is notified. Screenshots: mention-{ja,en}-{990,390}.png."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, App, sign_in
from tests.browser.seed import PASSWORD, URGENCY_LEAD, URGENCY_SUBJECTS

SUBJECT = URGENCY_SUBJECTS["calm"][0]  # team C: 山本 ノラ (lead), 佐藤 ハナ, Tom Baker

# What an IME does: composition starts, the reading and then the chosen kanji arrive as
# input events marked isComposing, composition ends, and the committed text is input.
COMPOSE = """([before, reading, chosen]) => {
  const box = document.querySelector('#note-text');
  box.focus();
  box.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));
  for (const text of [reading, chosen]) {
    box.value = before + text;
    box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true,
      inputType: 'insertCompositionText', data: text}));
  }
  box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: chosen}));
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText',
    data: chosen}));
}"""


def _suggestion(page: Any, name: str) -> Any:
    return page.locator("#mention-suggestions [data-mention]", has_text=name)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_suggests_japanese_and_latin_names_however_they_are_typed(
    app: App, browser: Any, language: str
) -> None:
    page = sign_in(browser, app, URGENCY_LEAD, locale="ja-JP" if language == "ja" else "en-US")
    page.set_viewport_size({"width": 990, "height": 800})
    page.goto(f"{app.url}/search/?q={SUBJECT}")
    page.locator("main a", has_text=SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(SUBJECT)
    box = page.locator("#note-text")

    # Typed key by key, after 。 with no space (as Japanese is written).
    box.click()
    page.keyboard.type("確認お願いします。@佐藤")
    expect(_suggestion(page, "佐藤 ハナ")).to_be_visible()
    expect(_suggestion(page, "Tom Baker")).to_have_count(0)
    page.locator("#mention-suggestions").scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"mention-{language}-990.png"))

    # A Latin name, and the name in full with さん.
    box.fill("")
    page.keyboard.type("@to")
    expect(_suggestion(page, "Tom Baker")).to_be_visible()
    box.fill("")
    page.keyboard.type("@佐藤さん")
    expect(_suggestion(page, "佐藤 ハナ")).to_be_visible()

    # Through an IME on a phone: the full-width ＠, the reading, then the kanji.
    page.set_viewport_size({"width": 390, "height": 844})
    box.fill("")
    page.evaluate(COMPOSE, ["見積もりの件、", "＠さとう", "＠佐藤"])
    suggestion = _suggestion(page, "佐藤 ハナ")
    expect(suggestion).to_be_visible()
    box.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"mention-{language}-390.png"))
    suggestion.click()
    expect(box).to_have_value("見積もりの件、@佐藤ハナ ")


def test_a_note_mentioning_a_name_typed_through_an_ime_notifies_the_colleague(
    app: App, browser: Any
) -> None:
    page = sign_in(browser, app, URGENCY_LEAD)
    page.goto(f"{app.url}/search/?q={SUBJECT}")
    page.locator("main a", has_text=SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(SUBJECT)
    page.evaluate(COMPOSE, ["資料の送付をお願いします。", "＠さとうさん", "＠佐藤さん"])
    page.locator("#note-text").press("End")
    page.locator(".note-form button").click()
    expect(page.locator(".timeline .note", has_text="資料の送付をお願いします")).to_be_visible()

    hana = browser.new_context(locale="ja-JP", timezone_id="Asia/Tokyo").new_page()
    hana.goto(f"{app.url}/login/")
    hana.fill("input[name=username]", "hana")
    hana.fill("input[name=password]", PASSWORD)
    hana.click("button.primary")
    hana.wait_for_url(f"{app.url}/q/new/")
    hana.goto(f"{app.url}/mentions/")
    expect(hana.locator("main")).to_contain_text("資料の送付をお願いします")
