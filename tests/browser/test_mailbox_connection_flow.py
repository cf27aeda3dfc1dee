"""An admin adds a mailbox in the app (in Japanese), pointing at the test Dovecot and SMTP
server, presses the connection test and sees every step pass; with a wrong password the
test names the failed step. Screenshots of the mailbox page at 390 and 990 px."""

from __future__ import annotations

import secrets
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.seed import ADMIN

ADDRESS = "info@browser.test"
PAGE_WIDTH = "document.scrollingElement.scrollWidth"


def test_an_admin_adds_a_mailbox_and_tests_the_connection(app: App, browser: Any) -> None:
    password = secrets.token_urlsafe(12)
    app.dovecot.add_user(ADDRESS, password)
    page = sign_in(browser, app, ADMIN, locale="ja-JP")
    menu = page.get_by_role("navigation", name="メインメニュー")
    menu.get_by_text("チーム設定").click()
    menu.locator("a[href='/mailboxes/']").click()
    expect(page.locator("h1")).to_have_text("メールボックス")
    page.get_by_role("link", name="メールボックスを追加").click()

    page.get_by_label("名前").fill("お問い合わせ窓口")
    page.get_by_label("アドレス").fill(ADDRESS)
    page.get_by_label("ブラウザA班").check()
    page.get_by_label("IMAP サーバー").fill("127.0.0.1")
    page.get_by_label("IMAP ポート").fill(str(app.dovecot.port))
    page.get_by_label("IMAP の接続の暗号化").select_option("plain")
    page.get_by_label("IMAP ユーザー名").fill(ADDRESS)
    page.locator("input[name=imap_password]").fill(password)
    page.get_by_label("SMTP サーバー").fill("127.0.0.1")
    page.get_by_label("SMTP ポート").fill(str(app.sink.port))
    page.get_by_label("SMTP の接続の暗号化").select_option("plain")
    page.get_by_label("署名（日本語の返信）").fill("株式会社サンプル お問い合わせ窓口")
    page.locator("#save-mailbox").click()
    expect(page.locator(".flash")).to_contain_text("メールボックスを保存しました")
    # Write-only: the page never carries the password back.
    assert password not in page.content()

    page.locator("#run-connection-test").click()
    expect(page.locator(".test-outcome")).to_have_text("すべての手順が成功しました。")
    expect(page.locator(".test-steps li.ok").filter(has_text="ログイン").first).to_be_visible()
    for width in (990, 390):
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate(PAGE_WIDTH) <= width
        page.evaluate("window.scrollTo(0, 0)")  # the sticky top bar stays at the top
        screenshot(page, f"mailbox-ja-{width}")

    page.set_viewport_size({"width": 990, "height": 900})
    page.locator("input[name=imap_password]").fill("wrong-" + password)
    page.locator("#save-mailbox").click()
    expect(page.locator(".flash")).to_contain_text("メールボックスを保存しました")
    page.locator("#run-connection-test").click()
    outcome = page.locator(".test-outcome")
    expect(outcome).to_have_text("失敗した手順: 受信（IMAP） — ログイン")
    failed = page.locator(".test-steps li.failed")
    expect(failed).to_have_count(1)
    expect(failed).to_contain_text("Authentication failed")  # Dovecot's own words
    assert "wrong-" + password not in page.content()
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "mailbox-ja-990-failed")


def test_an_admin_adds_a_person_with_a_one_time_link(app: App, browser: Any) -> None:
    page = sign_in(browser, app, ADMIN, locale="ja-JP")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}/people/")
    expect(page.locator("h1")).to_have_text("メンバーとチーム")
    assert page.evaluate(PAGE_WIDTH) <= 390
    screenshot(page, "people-ja-390")
    page.get_by_role("link", name="メンバーを追加").click()
    page.get_by_label("ユーザー名（サインイン用）").fill("mika")
    page.get_by_label("表示名").fill("森 美香")
    page.get_by_label("ブラウザA班").check()
    page.locator("#add-person").click()
    expect(page.locator("h1")).to_have_text("森 美香 さんを追加しました")
    link = page.locator(".invitation-link").input_value()
    assert link.startswith(f"{app.url}/welcome/")
    assert page.evaluate(PAGE_WIDTH) <= 390
    screenshot(page, "person-added-ja-390")

    newcomer = browser.new_context(locale="ja-JP").new_page()
    newcomer.goto(link)
    expect(newcomer.locator("h2")).to_have_text("パスワードを設定")
    newcomer.fill("input[name=new_password1]", "mika-no-pasuwaado-7")
    newcomer.fill("input[name=new_password2]", "mika-no-pasuwaado-7")
    newcomer.get_by_role("button", name="パスワードを設定する").click()
    newcomer.wait_for_url(f"{app.url}/login/")
    newcomer.fill("input[name=username]", "mika")
    newcomer.fill("input[name=password]", "mika-no-pasuwaado-7")
    newcomer.click("button.primary")
    newcomer.wait_for_url(f"{app.url}/q/new/")
