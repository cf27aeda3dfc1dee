"""A suggested answer goes where the agent put the caret (walk 11 F-8): inserted after the
closing lines, the answer had to be cut and pasted back up. With no caret placed it still
goes above the signature, after what is written."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in

SUBJECT = "ユーザー追加時の日割り計算について"
DRAFT = "山田様\n\nお問い合わせありがとうございます。\n\n今後ともよろしくお願いいたします。"


def test_an_inserted_answer_goes_at_the_caret_not_after_the_closing_lines(
    app: App, browser: Any
) -> None:
    page = sign_in(browser, app, "sato")
    page.goto(f"{app.url}/search/?q={SUBJECT}")
    page.locator("main a", has_text=SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(SUBJECT)
    insert = page.locator("[data-assist-insert]").first
    expect(insert).to_be_visible(timeout=15_000)
    answer = insert.locator("xpath=..").locator("[data-assist-text]").text_content() or ""
    answer = answer.rstrip()
    assert answer

    body = page.locator("#reply-body")
    body.fill(DRAFT)
    body.click()
    page.keyboard.press("Control+Home")
    for _ in range(2):  # to the thanks line, the caret where the answer belongs
        page.keyboard.press("ArrowDown")
    insert.click()

    value = body.input_value()
    thanks = value.index("お問い合わせありがとうございます。")
    assert thanks < value.index(answer) < value.index("今後ともよろしくお願いいたします。")
