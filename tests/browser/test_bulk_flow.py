"""Bulk actions in a real browser: an admin assigns two conversations at once to an agent
who works in only one of their mailboxes; the bar names the row that would be refused
before 適用; one changes, the other is named with the reason, in Japanese, and stays
ticked for a second try."""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, App, sign_in
from tests.browser.seed import ADMIN
from tests.browser.test_reply_flow import wait_for_row
from tests.support.servers import sample_mail


def test_a_bulk_assignment_reports_what_it_could_not_do(app: App, browser: Any) -> None:
    ours = "一括操作の確認（サポート 8401）"
    theirs = "一括操作の確認（営業 8402）"
    app.dovecot.deliver(
        app.support_address,
        sample_mail(8401, to=app.support_address, subject=ours, message_id="<bulk-8401@x.jp>"),
    )
    app.dovecot.deliver(
        app.sales_address,
        sample_mail(8402, to=app.sales_address, subject=theirs, message_id="<bulk-8402@x.jp>"),
    )
    page = sign_in(browser, app, ADMIN)  # sees both mailboxes
    wait_for_row(lead_a := sign_in(browser, app, "lead_a"), app, ours)
    lead_a.close()
    deadline = time.monotonic() + 30
    while True:  # the demo's older mail fills 未対応: newest first
        page.goto(f"{app.url}/q/new/?order=newest")
        if (
            page.locator("tr.row", has_text=theirs).count()
            and page.locator("tr.row", has_text=ours).count()
        ):
            break
        assert time.monotonic() < deadline, page.locator("tr.row").all_inner_texts()[:6]
        time.sleep(0.5)
    for subject in (ours, theirs):
        page.locator("tr.row", has_text=subject).locator("input[name=ids]").check()
    page.locator("[data-bulk-operation]").select_option("assign")
    page.locator("select[name=owner]").select_option(label="鈴木 ボブ")  # team A only
    # Said before 適用 (walk 11 F-3): the sales row would be refused, the support row not.
    refusals = page.locator("[data-bulk-refusals]")
    expect(refusals).to_be_visible()
    expect(refusals).to_contain_text("割り当てられません")
    theirs_id = (
        page.locator("tr.row", has_text=theirs).locator("input[name=ids]").get_attribute("value")
    )
    ours_id = (
        page.locator("tr.row", has_text=ours).locator("input[name=ids]").get_attribute("value")
    )
    expect(refusals).to_contain_text(f"#{theirs_id}")
    expect(refusals).not_to_contain_text(f"#{ours_id}")
    page.locator("select[name=owner]").select_option("me")  # an admin takes any mailbox
    expect(refusals).to_be_hidden()
    page.locator("select[name=owner]").select_option(label="鈴木 ボブ")
    page.locator("#bulkbar button").click()

    report = page.locator(".bulk-report")
    expect(report).to_contain_text("変更できなかった問い合わせ")
    expect(report).to_contain_text(theirs)
    expect(report).to_contain_text("その担当者はこのメールボックスのチームに所属していません")
    expect(report).not_to_contain_text(ours)
    expect(page.locator(".flash")).to_contain_text(re.compile("1 件を .*さんに割り当てました"))
    # The one that failed is still selected; the assigned one stays in 未対応 (assigning is
    # not answering), now with its owner.
    row = page.locator("tr.row", has_text=theirs)
    expect(row.locator("input[name=ids]")).to_be_checked()
    expect(page.locator("tr.row", has_text=ours)).to_contain_text(re.compile("鈴木 ボブ|鈴木"))
    # Walk 20 G7: the change can be taken back, right there.
    page.locator("[data-bulk-undo]").click()
    expect(page.locator(".flash")).to_contain_text("1 件を元に戻しました。")
    expect(page.locator("tr.row", has_text=ours)).not_to_contain_text("鈴木")
    expect(page.locator("[data-bulk-undo]")).to_have_count(0)


def test_the_bulk_bar_follows_rows_ticked_far_down_on_a_phone(app: App, browser: Any) -> None:
    # Walk 20 G7: at 390 px the bar stayed at the top of the list, off-screen once rows near
    # the bottom were ticked; and there was no 優先度 in it.
    context = browser.new_context(
        locale="ja-JP", viewport={"width": 390, "height": 800}, timezone_id="Asia/Tokyo"
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{app.url}/login/")
    page.fill("input[name=username]", "sato")
    page.fill("input[name=password]", "madoguchi-demo")
    page.click("button.primary")
    page.goto(f"{app.url}/q/needs-action/")
    boxes = page.locator("input[name=ids]")
    expect(boxes.first).to_be_attached()
    boxes.nth(boxes.count() - 1).check()
    bar = page.locator("#bulkbar")
    box = bar.bounding_box()
    assert box is not None and 0 <= box["y"] <= 800 - box["height"], box
    page.locator("[data-bulk-operation]").select_option("priority")
    expect(page.locator("#bulkbar select[name=priority]")).to_be_visible()
    page.locator("#bulkbar select[name=priority]").select_option(label="至急")
    page.locator("#bulkbar button").click()
    undo = page.locator("[data-bulk-undo]")
    expect(undo).to_be_visible()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    page.screenshot(path=str(SCREENSHOTS / "bulk-undo-ja-390.png"))
    undo.click()
    expect(page.locator(".flash")).to_contain_text("1 件を元に戻しました。")
    context.close()
