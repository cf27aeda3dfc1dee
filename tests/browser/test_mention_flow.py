"""A lead types 「@田」 in a note, picks 田中 健太 from the suggestions, and 田中 sees it."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in

SUBJECT = "スマホアプリの通知が来ません"
NOTE = "iOS 17 での再現手順を確認お願いします"


def test_a_mention_by_japanese_name_reaches_the_colleague(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "sato")
    page.goto(f"{app.url}/search/?q={SUBJECT}")
    page.locator("main a", has_text=SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(SUBJECT)

    box = page.locator("#note-text")
    box.fill(f"{NOTE} ")
    box.press_sequentially("@田")
    suggestion = page.locator("#mention-suggestions [data-mention]", has_text="田中 健太")
    expect(suggestion).to_be_visible()
    suggestion.click()
    expect(box).to_have_value(f"{NOTE} @田中健太 ")
    page.get_by_role("button", name="メモを追加").click()
    expect(page.locator(".timeline .note", has_text=NOTE)).to_be_visible()

    context = browser.new_context(locale="ja-JP", timezone_id="Asia/Tokyo")
    tanaka = context.new_page()
    tanaka.goto(f"{app.url}/login/")
    tanaka.fill("input[name=username]", "tanaka")
    tanaka.fill("input[name=password]", "madoguchi-demo")
    tanaka.click("button.primary")
    tanaka.wait_for_url(f"{app.url}/q/new/")
    tanaka.goto(f"{app.url}/mentions/")
    expect(tanaka.locator("main")).to_contain_text(NOTE)
