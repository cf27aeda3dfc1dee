"""Sending from a real browser: what Chromium posts (CRLF) leaves with one signature and is
shown in the timeline as it went out; undo send within the window sends nothing; a mailbox
whose SMTP port refuses connections shows 送信失敗 within seconds."""

from __future__ import annotations

import time
from email import message_from_bytes, policy
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.seed import REFUSED_SUBJECT
from tests.browser.test_reply_flow import wait_for_mail, wait_for_row
from tests.support.servers import sample_mail

SIGNATURE = "株式会社サンプル サポート窓口"


def open_new_mail(app: App, browser: Any, number: int, sender: str, subject: str) -> Any:
    app.dovecot.deliver(
        app.support_address,
        sample_mail(number, sender=sender, to=app.support_address, subject=subject),
    )
    page = sign_in(browser, app, "alice")
    wait_for_row(page, app, subject).locator("a.subject").click()
    expect(page.locator("h1")).to_have_text(subject)
    return page


def test_a_reply_typed_in_chromium_leaves_with_one_signature_and_shows_as_sent(
    app: App, browser: Any
) -> None:
    customer = "crlf@send.example"
    page = open_new_mail(app, browser, 7101, customer, "改行の確認（注文 7101）")
    expect(page.locator("#reply-body")).to_have_value("")  # no signature pre-filled
    posted: list[bytes] = []

    def record(route: Any) -> None:
        posted.append(route.request.post_data_buffer or b"")
        route.continue_()

    page.route("**/reply/", record)
    typed = "顧客 7101 様\n\nお問い合わせの件、承知いたしました。\n明日ご連絡いたします。"
    page.locator("#reply-body").fill(typed)
    # The sync API runs a route handler only while this thread is inside a Playwright call:
    # a click that returned before the POST was routed left the POST held through the whole
    # wait below (a clean-clone run, session 28: "posted 1 time(s)" — routed only when the
    # failure message read the page). Waiting for the response keeps the handler running.
    with page.expect_response("**/reply/", timeout=60_000):
        page.locator("#compose-form button.primary").click()

    try:
        sent = wait_for_mail(app, customer)
    except AssertionError as missing:
        # Say what the agent saw — was the reply queued, held, failed, or never posted?
        shown = page.locator("main").inner_text(timeout=5_000)
        seen = f"posted {len(posted)} time(s); the page:\n{shown}"
        raise AssertionError(f"{missing}\n{seen}") from None
    assert b"\r\n\r\n\xe3\x81\x8a\xe5\x95\x8f" in posted[0]  # the browser sent CRLF
    text = message_from_bytes(sent.data, policy=policy.default).get_body(("plain",)).get_content()
    assert text.startswith(typed + "\n\n-- \n" + SIGNATURE + "\n\n")
    assert text.count(SIGNATURE) == 1 and "\r" not in text.replace("\r\n", "\n")
    assert "> お世話になっております。注文番号 7101 の返金について教えてください。" in text

    page.reload()
    shown = page.locator("pre[data-sent-text]").last
    assert shown.text_content() == text
    # …and shown with its lines, as the customer reads it (a page style once folded them).
    assert shown.evaluate("e => getComputedStyle(e).whiteSpace") == "pre-wrap"


def test_undo_send_takes_the_reply_back_and_nothing_leaves(app: App, browser: Any) -> None:
    customer = "undo@send.example"
    page = open_new_mail(app, browser, 7102, customer, "取り消しの確認（注文 7102）")
    page.locator("#reply-body").fill("まだ送ってはいけない返信です。")
    page.locator("#compose-form button.primary").click()

    undo = page.locator("[data-undo-send]")
    expect(undo).to_be_visible()
    undo.click()
    expect(page.locator("#reply-body")).to_have_value("まだ送ってはいけない返信です。")
    expect(page.locator("[data-undo-send]")).to_have_count(0)

    time.sleep(13)  # past the 10 s window, and a worker round more
    with app.sink.lock:
        assert not [mail for mail in app.sink.messages if customer in mail.recipients]


def test_a_refused_smtp_port_shows_the_failure_banner_within_seconds(
    app: App, browser: Any
) -> None:
    page = sign_in(browser, app, "alice")
    wait_for_row(page, app, REFUSED_SUBJECT).locator("a.subject").click()
    page.locator("#reply-body").fill("加藤様\n\n至急確認いたします。")

    page.locator("#compose-form button.primary").click()
    clicked = time.monotonic()

    banner = page.locator(".send-failed")
    expect(banner).to_contain_text("送信失敗", timeout=10_000)
    assert time.monotonic() - clicked < 10
    expect(banner).to_contain_text("connection refused")
    expect(banner.get_by_role("button", name="今すぐ送信")).to_be_visible()
    page.reload()  # the conversation left 返信待ち: the reply has not gone
    expect(page.locator(".thread-meta .status-pill")).to_have_text("対応中")
    expect(page.locator(".send-failed")).to_contain_text("connection refused")
