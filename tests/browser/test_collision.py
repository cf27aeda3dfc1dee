"""Two agents on one conversation see each other, the first to send is asked while the other
is writing, and the second to send is stopped."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.test_reply_flow import wait_for_row
from tests.support.servers import sample_mail


def test_two_agents_see_each_other_and_the_second_sender_is_stopped(app: App, browser: Any) -> None:
    subject = "請求書の宛名変更のお願い（注文 7101）"
    app.dovecot.deliver(
        app.support_address,
        sample_mail(7101, sender="kato@collision.example", to=app.support_address, subject=subject),
    )
    alice = sign_in(browser, app, "alice")
    wait_for_row(alice, app, subject).locator("a.subject").click()
    expect(alice.locator("h1")).to_have_text(subject)
    url = alice.url

    bob = sign_in(browser, app, "bob")
    bob.goto(url)
    # Heartbeats every 3 s: each sees the other within 5 s of arriving.
    expect(bob.locator("#presence")).to_contain_text("佐藤 アリス", timeout=5_000)
    expect(alice.locator("#presence")).to_contain_text("鈴木 ボブ", timeout=5_000)

    bob.locator("#reply-body").click()
    bob.locator("#reply-body").press("Control+Home")
    bob.keyboard.type("鈴木です。宛名の変更を承りました。")
    expect(alice.locator("#presence .who-drafting")).to_contain_text("鈴木 ボブ", timeout=5_000)

    alice.locator("#reply-body").press("Control+Home")
    alice.locator("#reply-body").type("佐藤です。新しい宛名で請求書を再発行いたしました。")
    alice.locator("#compose-form button.primary").click()
    # Bob is visibly writing: Alice is asked before hers goes (walk 11 F-7), then sends.
    asked = alice.locator('[data-question="drafting"]')
    expect(asked).to_contain_text("鈴木 ボブ")
    alice.locator("[data-confirm-send]").click()
    expect(alice.locator(".thread-meta .status-pill")).to_have_text("返信待ち")

    bob.locator("#compose-form button.primary").click()
    stop = bob.locator(".traffic-cop")
    expect(stop).to_be_visible()
    expect(stop).to_contain_text("お待ちください")
    expect(stop).to_contain_text("新しい宛名で請求書を再発行いたしました")  # alice's reply
    expect(bob.locator("#compose-form button.primary")).to_be_disabled()
    # Bob's text is kept for him to revise.
    expect(bob.locator("#reply-body")).to_have_value(re.compile("宛名の変更を承りました"))
    # Only one reply went out from this conversation.
    expect(bob.locator(".timeline li.message.out")).to_have_count(0)  # his page predates it
    bob.reload()
    expect(bob.locator(".timeline li.message.out")).to_have_count(1)
