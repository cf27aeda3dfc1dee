"""A customer forwards their own earlier mail and writes under it (「上記のメールを送って
から…」): the conversation shows their greeting, the forwarded mail folded in its place,
and their words below it, in both languages at 990 px and 390 px. Screenshots:
forward-under-{ja,en}-{990,390}.png."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.test_reply_flow import wait_for_row
from tests.support.servers import sample_mail

SUBJECT = "Fwd: 年会費の返金（会員番号 5521）"
BODY = (
    "サポートご担当者様\n\n"
    "---------- 転送メッセージ ----------\n"
    "From: 山本 <forward-under@customer.example>\n"
    "Date: 2026年11月2日\n"
    "件名: 年会費の返金\n\n"
    "退会したので年会費の返金をお願いします。\n"
    "------------------------------------\n\n"
    "上記のメールを送ってから一か月たちますが、まだ返金されていません。\n"
    "いつ返金されるのか教えてください。\n\n"
    "山本\n"
)


@pytest.fixture(scope="module")
def delivered(app: App) -> str:
    app.dovecot.deliver(
        app.support_address,
        sample_mail(
            5521,
            sender="forward-under@customer.example",
            to=app.support_address,
            subject=SUBJECT,
            body=BODY,
            message_id="<forward-under-5521@customer.example>",
        ),
    )
    return SUBJECT


@pytest.mark.parametrize("width", [990, 390])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_forwarded_mail_is_folded_between_the_greeting_and_the_words_under_it(
    app: App, browser: Any, delivered: str, language: str, width: int
) -> None:
    page = sign_in(browser, app, "alice", locale="ja-JP" if language == "ja" else "en-US")
    page.set_viewport_size({"width": width, "height": 844})
    wait_for_row(page, app, delivered).locator("a.subject").click()
    expect(page.locator("h1")).to_have_text(delivered)
    message = page.locator("li.message.in").last
    texts = message.locator(".message-body > div.text")
    expect(texts.first).to_have_text("サポートご担当者様")
    expect(texts.last).to_contain_text("上記のメールを送ってから一か月たちますが")
    fold = message.locator("details.quoted-within")
    summary = "転送されたメールを表示" if language == "ja" else "Show the forwarded mail"
    expect(fold.locator("summary")).to_have_text(summary)
    expect(fold.locator(".text")).to_be_hidden()
    # In reading order: greeting, the fold, the words that refer to it as 「上記」.
    top = [
        box["y"]
        for box in (texts.first.bounding_box(), fold.bounding_box(), texts.last.bounding_box())
        if box
    ]
    assert top == sorted(top) and len(top) == 3
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    fold.locator("summary").click()
    expect(fold.locator(".text")).to_contain_text("退会したので年会費の返金をお願いします。")
    expect(texts.last).not_to_contain_text("退会したので")
    message.scroll_into_view_if_needed()
    screenshot(page, f"forward-under-{language}-{width}")
