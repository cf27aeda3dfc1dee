"""The conversation page at a 990 px split window and a 390 px phone (issue 13 item 11, as
a new user walked it): two columns at 990 px with owner and status at the top of the right
one; at 390 px owner and status above the reply box; the compose box still underlines what
the reply check finds and sends; the top bar keeps the mentions and the folder counts in
sight. Screenshots: conversation-columns-{ja,en}-990.png, conversation-state-{ja,en}-390.png,
topbar-{ja,en}-{390,990}.png."""

from __future__ import annotations

from email import message_from_bytes, policy
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, App, screenshot, sign_in
from tests.browser.test_reply_flow import wait_for_mail, wait_for_row
from tests.support.servers import sample_mail

CONVERSATIONS = {
    # language: (browser locale, a demo conversation with a long thread and a side panel)
    "ja": ("ja-JP", "ユーザー追加時の日割り計算について"),
    "en": ("en-US", "SAML SSO with Okta fails: invalid assertion"),
}
CUSTOMER = "columns@layout.example"


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box


def _open(page: Any, app: App, subject: str) -> None:
    page.goto(f"{app.url}/search/?q={subject}")
    page.locator("main a", has_text=subject).first.click()
    expect(page.locator("h1")).to_have_text(subject)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_has_two_columns_at_990_px_with_owner_and_status_on_the_right(
    app: App, browser: Any, language: str
) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 990, "height": 800})
    _open(page, app, subject)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 990
    thread, state = _box(page, "section.thread"), _box(page, "section.state")
    side, reply = _box(page, "aside.side"), _box(page, "#reply-body")
    right = thread["x"] + thread["width"]
    assert state["x"] >= right and side["x"] >= right  # the panel beside the conversation
    assert state["y"] <= thread["y"] + 10  # owner and status at the top, not 1,900 px down
    assert state["y"] + state["height"] <= page.viewport_size["height"]
    assert reply["x"] < right and reply["y"] >= thread["y"] + thread["height"]
    expect(page.locator("section.state select[name=owner]")).to_be_in_viewport()
    expect(page.locator("section.state select[name=status]")).to_be_in_viewport()
    screenshot(page, f"conversation-columns-{language}-990")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_puts_owner_and_status_above_the_reply_box_at_390_px(
    app: App, browser: Any, language: str
) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 390, "height": 844})
    _open(page, app, subject)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    thread, state = _box(page, "section.thread"), _box(page, "section.state")
    reply, side = _box(page, "#reply-body"), _box(page, "aside.side")
    assert thread["y"] + thread["height"] <= state["y"] < reply["y"] < side["y"]
    # The reply shortcut lands on the box with the state controls just above it.
    page.locator("[data-shortcut=r]").click()
    expect(page.locator("#reply-body")).to_be_focused()
    page.locator("section.state").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -8)")
    expect(page.locator("section.state select[name=status]")).to_be_in_viewport()
    page.screenshot(path=str(SCREENSHOTS / f"conversation-state-{language}-390.png"))


def test_the_compose_box_underlines_findings_and_sends_in_the_two_columns(
    app: App, browser: Any
) -> None:
    subject = "二段組みでの返信確認（注文 7301）"
    app.dovecot.deliver(
        app.support_address,
        sample_mail(
            7301,
            sender=CUSTOMER,
            to=app.support_address,
            subject=subject,
            message_id="<columns-7301@layout.example>",
        ),
    )
    page = sign_in(browser, app, "alice")
    page.set_viewport_size({"width": 990, "height": 800})
    wait_for_row(page, app, subject).locator("a.subject").click()
    expect(page.locator("h1")).to_have_text(subject)
    body = page.locator("#reply-body")
    body.click()
    page.keyboard.type("{customer_name} 様\n\nお問い合わせありがとうございます。")
    mark = page.locator(".assist-backdrop mark").first
    expect(mark).to_be_visible(timeout=20_000)
    marked, area = mark.bounding_box(), body.bounding_box()
    assert marked is not None and area is not None
    assert area["x"] <= marked["x"] and marked["x"] + marked["width"] <= area["x"] + area["width"]
    assert area["y"] <= marked["y"] <= area["y"] + area["height"]
    screenshot(page, "conversation-columns-lint-ja-990")

    body.fill("お客様\n\nお問い合わせありがとうございます。返金は本日手配いたしました。")
    expect(page.locator(".assist-backdrop mark")).to_have_count(0, timeout=20_000)
    page.locator("#compose-form button.primary").click()
    expect(page.locator(".thread-meta .status-pill")).to_have_text("返信待ち")
    sent = wait_for_mail(app, CUSTOMER)
    text = message_from_bytes(sent.data, policy=policy.default).get_body(preferencelist=("plain",))
    assert text is not None and "返金は本日手配いたしました" in text.get_content()


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_top_bar_keeps_mentions_and_folder_counts_in_sight(
    app: App, browser: Any, language: str
) -> None:
    locale, subject = CONVERSATIONS[language]
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 390, "height": 844})
    _open(page, app, subject)
    page.locator("#search-input").fill("from:someone@example.com label:請求 status:open 返金")
    for selector in (".mentions-short", ".notifications-short", ".searchbox"):
        box = _box(page, selector)
        assert 0 <= box["x"] and box["x"] + box["width"] <= 390, selector
    badge = page.locator(".mentions-short .mention-badge b")
    if badge.count():
        box = badge.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    expect(page.locator("#topbar-folders")).to_be_hidden()  # no room on a phone: in the menu
    page.screenshot(path=str(SCREENSHOTS / f"topbar-{language}-390.png"))

    # At 990 px the folders are in the menu, but the counts an agent watches are not.
    page.set_viewport_size({"width": 990, "height": 800})
    page.goto(f"{app.url}/q/new/")
    counts = page.locator("#topbar-folders")
    expect(counts).to_be_visible()
    expect(page.locator("#sidebar")).to_be_hidden()
    sidebar_unassigned = page.locator("#sidebar .folders a[href='/q/unassigned/'] em")
    expect(counts.locator("a[href='/q/unassigned/'] b")).to_have_text(
        (sidebar_unassigned.text_content() or "").strip()
    )
    for selector in ("#topbar-folders", ".mentions-short", ".searchbox"):
        box = _box(page, selector)
        assert box["x"] + box["width"] <= 990, selector
    counts.locator("a[href='/q/unassigned/']").click()
    page.wait_for_url(f"{app.url}/q/unassigned/")
    page.screenshot(path=str(SCREENSHOTS / f"topbar-{language}-990.png"))
