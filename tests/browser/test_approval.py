"""Approval by policy in a real browser: a lead writes a rule in the app, the agent is told
before and after sending that the reply goes to approval, the lead sends it back
(差し戻し) with a comment, the agent revises, the lead edits and sends, the customer gets
the edited text, and the agent sees what was changed."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.test_reply_flow import wait_for_mail, wait_for_row
from tests.support.servers import sample_mail

CUSTOMER = "kaiyaku@approval.example"
WORD = "違約金"  # the rule's word; no other browser test writes it


def test_a_reply_is_sent_back_revised_edited_by_the_lead_and_sent(app: App, browser: Any) -> None:
    subject = "解約と違約金について（契約 8101）"
    app.dovecot.deliver(
        app.support_address,
        sample_mail(
            8101,
            sender=CUSTOMER,
            to=app.support_address,
            subject=subject,
            message_id="<approval-8101@approval.example>",
        ),
    )
    lead = sign_in(browser, app, "lead_a")
    lead.locator("header summary", has_text="チーム設定").click()  # the lead's settings menu
    lead.locator("header").get_by_role("link", name="承認ルール").click()
    lead.get_by_role("link", name="承認ルールを追加").click()
    lead.locator("#id_name").fill("違約金チェック")
    lead.locator("#id_words").fill(WORD)
    lead.locator("#id_on_attachments").check()
    lead.locator("form.approval-policy-form button.primary").click()
    expect(lead.locator(".approval-policies")).to_contain_text("違約金チェック")
    try:
        _the_flow(app, browser, lead, subject)
    finally:  # the rule must not hold other tests' replies
        lead.goto(f"{app.url}/approval-rules/")
        lead.get_by_role("link", name="違約金チェック").click()
        lead.get_by_role("button", name=re.compile("削除|Delete")).click()
        expect(lead.locator(".approval-policies")).not_to_contain_text("違約金チェック")


def _walk_shot(page: Any, name: str) -> None:
    from tests.browser.test_walk8_fixes import _shot

    _shot(page, name)


def _the_flow(app: App, browser: Any, lead: Any, subject: str) -> None:
    alice = sign_in(browser, app, "alice")
    wait_for_row(alice, app, subject).locator("a.subject").click()
    body = alice.locator("#reply-body")
    body.fill(f"お客様\n\n{WORD}は発生いたしません。\n")
    # Before sending: the compose box says it will go to approval, and why.
    check = alice.locator("#approval-check")
    expect(check).to_contain_text("承認に回ります")
    expect(check).to_contain_text(WORD)
    # Attaching a file is seen too (the count goes along, not the file).
    alice.locator("#compose-form input[type=file]").set_input_files(
        files=[{"name": "約款.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4 terms"}]
    )
    expect(check).to_contain_text("添付ファイルがあります")
    alice.locator("#compose-form button.primary").click()
    flash = alice.locator(".flash")
    expect(flash).to_contain_text("承認に回しました")
    expect(flash).not_to_contain_text("送信待ちに入れました")

    # The lead: a badge in the navigation, the reasons, the reply check, then 差し戻し.
    lead.goto(f"{app.url}/q/new/")
    expect(lead.locator("header [data-approval-count]").first).to_have_text("1")
    lead.locator("header .approvals-link").click()
    item = lead.locator("li.approval", has_text=subject)
    expect(item.locator(".approval-reasons")).to_contain_text(WORD)
    expect(item.locator(".approval-lint")).to_be_visible()
    # The customer's mail the draft answers, beside it; folded on a phone (s8).
    customer = item.locator("details.customer-mail")
    expect(customer).to_contain_text("注文番号 8101 の返金について教えてください。")
    expect(customer.locator(".customer-text")).to_be_visible()
    _walk_shot(lead, "approvals-ja-990")
    lead.set_viewport_size({"width": 390, "height": 844})
    lead.reload()
    expect(customer.locator("summary")).to_be_visible()
    expect(customer.locator(".customer-text")).to_be_hidden()
    assert lead.evaluate("document.scrollingElement.scrollWidth") <= 390
    _walk_shot(lead, "approvals-ja-390")
    customer.locator("summary").click()
    expect(customer.locator(".customer-text")).to_be_visible()
    lead.set_viewport_size({"width": 1366, "height": 900})
    lead.reload()
    item.get_by_label("担当者へのコメント").fill("解約手数料の金額も書いてください")
    item.get_by_role("button", name="差し戻し").click()
    expect(lead.locator(".flash")).to_contain_text("差し戻しました")

    # The agent gets the draft back with the comment, revises and sends again.
    alice.goto(alice.url)
    expect(alice.locator(".approval-returned")).to_contain_text("解約手数料の金額も書いてください")
    expect(body).to_have_value(re.compile(f"{WORD}は発生いたしません"))
    body.fill(f"お客様\n\n{WORD}は発生いたしません。解約手数料は3,300円です。\n")
    alice.locator("#compose-form button.primary").click()
    expect(alice.locator(".flash")).to_contain_text("承認に回しました")

    # The lead edits the text and sends it.
    lead.goto(f"{app.url}/approvals/")
    item = lead.locator("li.approval", has_text=subject)
    edited = f"お客様\n\n{WORD}は発生いたしません。\n解約手数料は3,300円（税込）です。\n"
    item.locator("textarea[name=text]").fill(edited)
    item.get_by_role("button", name="修正して送信").click()
    expect(lead.locator(".flash")).to_contain_text("修正して承認しました")

    sent = wait_for_mail(app, CUSTOMER)
    mail = message_from_bytes(sent.data, policy=policy.default)
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith(edited), text
    assert "（税込）" in text

    # The agent sees the difference the lead made.
    alice.goto(f"{app.url}/approvals/")
    diff = alice.locator(".approval-decisions .diff").first
    expect(diff.locator(".diff-added", has_text="解約手数料は3,300円（税込）です。")).to_have_count(
        1
    )
    expect(diff.locator(".diff-removed", has_text="解約手数料は3,300円です。")).to_have_count(1)
    expect(alice.locator(".approval-decisions")).to_contain_text("解約手数料の金額も書いてください")
    screenshot(alice, "approval-diff")
