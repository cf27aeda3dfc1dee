"""佐藤 sets an absence with 鈴木 as her substitute; the lead mentions her as 「@佐藤さん」;
she and 鈴木 are notified, 鈴木's bell updates by itself (the refresh), and the
notification page fits a 390 px phone (artifacts/screenshots/notifications-ja-390.png)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.seed import ATTACHMENT_SUBJECT, PASSWORD

NOTE = "@佐藤さん 見積書の件、確認をお願いします"
PAGE_WIDTH = "document.scrollingElement.scrollWidth"


def _badge(page: Any) -> int:
    text = page.locator(".usernav .notify-badge").inner_text().strip()
    return int(text) if text else 0


def test_a_mention_of_an_absent_agent_reaches_her_substitute(app: App, browser: Any) -> None:
    alice = sign_in(browser, app, "alice")
    alice.goto(f"{app.url}/preferences/")
    alice.get_by_role("link", name="不在と代理").click()
    today = datetime.now(ZoneInfo("Asia/Tokyo")).date()
    alice.fill("input[name=away_from]", today.isoformat())
    alice.fill("input[name=away_until]", (today + timedelta(days=2)).isoformat())
    alice.select_option("select[name=substitute]", label="鈴木 ボブ")
    alice.get_by_role("button", name="保存").click()
    expect(alice.locator(".flash")).to_contain_text("不在を設定しました。")
    expect(alice.locator(".absence-now")).to_contain_text("代理：鈴木 ボブさん。")

    bob = sign_in(browser, app, "bob")
    before = _badge(bob)

    lead = sign_in(browser, app, "lead_a")
    lead.goto(f"{app.url}/search/?q={ATTACHMENT_SUBJECT}")
    lead.locator("main a", has_text=ATTACHMENT_SUBJECT).first.click()
    # The assignee picker marks her absent.
    expect(lead.locator("select[name=owner] option", has_text="佐藤 アリス")).to_have_text(
        "佐藤 アリス （不在）"
    )
    lead.fill("#note-text", NOTE)
    lead.get_by_role("button", name="メモを追加").click()
    note = lead.locator(".timeline .note", has_text="見積書の件、確認をお願いします")
    expect(note).to_be_visible()

    # 鈴木's page was open all along: the refresh (asked now rather than in 30 s) brings the
    # badge up without a reload.
    bob.evaluate("htmx.trigger('#live-refresh', 'madoguchi:poll')")
    expect(bob.locator(".usernav .notify-badge b")).to_have_text(str(before + 1))
    bob.locator(".usernav .notifications-link").click()
    expect(bob.locator("h1")).to_have_text("通知")
    first = bob.locator("li.notification").first
    expect(first).to_contain_text(
        "田中 リーダーさんがメモで不在中の佐藤 アリスさんに言及しました。"
    )
    expect(first.locator("a.subject")).to_have_text(ATTACHMENT_SUBJECT)

    alice.goto(f"{app.url}/notifications/")
    expect(alice.locator("li.notification").first).to_contain_text(
        "田中 リーダーさんがメモであなたに言及しました。"
    )

    phone = browser.new_context(
        locale="ja-JP", viewport={"width": 390, "height": 844}, timezone_id="Asia/Tokyo"
    )
    page = phone.new_page()
    page.goto(f"{app.url}/login/")
    page.fill("input[name=username]", "bob")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(re.compile(r".*/q/new/$"))
    bell = page.locator(".notifications-short")
    expect(bell).to_be_visible()
    expect(bell.locator(".notify-badge b")).to_have_text(re.compile(r"\d+"))
    bell.click()
    expect(page.locator("li.notification").first).to_contain_text("不在中の佐藤 アリスさん")
    assert page.evaluate(PAGE_WIDTH) <= 390
    screenshot(page, "notifications-ja-390")
    # Reading it from the list: the conversation opens and the badge goes down.
    page.locator("li.notification a.subject").first.click()
    expect(page.locator("h1")).to_have_text(ATTACHMENT_SUBJECT)

    # Back at work, so the other browser tests see her as before.
    alice.goto(f"{app.url}/preferences/absence/")
    alice.get_by_role("button", name="戻りました（不在を解除）").click()
    expect(alice.locator("main")).to_contain_text("おかえりなさい。不在の設定を解除しました。")
