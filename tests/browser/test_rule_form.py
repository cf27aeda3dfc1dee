"""A lead writes a sorting rule with the form, sees on recent mail what it would have
matched before saving, saves it, and removes it again; the form fits a 390 px phone."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.test_reply_flow import wait_for_row
from tests.support.servers import sample_mail

DOMAIN = "rule-preview.example"


def test_a_lead_previews_and_saves_a_rule(app: App, browser: Any) -> None:
    subject = "発注書の件（ルール 8301）"
    app.dovecot.deliver(
        app.support_address,
        sample_mail(
            8301,
            sender=f"buyer@{DOMAIN}",
            to=app.support_address,
            subject=subject,
            message_id="<rule-8301@rule-preview.example>",
        ),
    )
    lead = sign_in(browser, app, "lead_a")
    wait_for_row(lead, app, subject)
    lead.locator("header summary", has_text="チーム設定").click()
    lead.locator("header").get_by_role("link", name="振り分けルール").click()
    lead.get_by_role("link", name="新しい振り分けルール").click()
    lead.locator("#id_name").fill("発注の大口顧客")
    # Other browser tests add mailboxes to team A: choose the one the mail went to.
    lead.locator("#id_mailbox").select_option(label=f"サポート窓口 <{app.support_address}>")
    lead.locator("#id_domain").fill(DOMAIN)
    lead.locator("#id_priority").select_option("urgent")
    lead.get_by_role("button", name="最近のメールで試す").click()
    preview = lead.locator("#rule-preview")
    expect(preview).to_contain_text("件が一致します")
    expect(preview).to_contain_text(subject)
    lead.set_viewport_size({"width": 390, "height": 844})
    assert lead.evaluate("document.scrollingElement.scrollWidth") <= 390
    screenshot(lead, "rule-form-390-ja")
    lead.set_viewport_size({"width": 1366, "height": 900})
    lead.locator("#rule-form button.primary").click()
    expect(lead.locator(".flash")).to_contain_text("振り分けルールを保存しました")
    expect(lead.locator(".rules-list")).to_contain_text("発注の大口顧客")
    lead.get_by_role("link", name="発注の大口顧客").click()
    lead.get_by_role("button", name=re.compile("削除")).click()
    expect(lead.locator(".rules-list")).not_to_contain_text("発注の大口顧客")
