"""A lead merges two conversations of one customer through the preview, then undoes it."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in

KEPT = "CSVインポート 文字化け（取引先マスタ）"
MOVED = "閲覧のみの権限設定について"


def _open(page: Any, app: App, subject: str) -> int:
    page.goto(f"{app.url}/search/?q={subject}")
    page.locator("main a", has_text=subject).first.click()
    expect(page.locator("h1")).to_have_text(subject)
    return int(re.search(r"/c/(\d+)/", page.url).group(1))  # type: ignore[union-attr]


def test_it_merges_after_a_preview_and_unmerges(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "sato")
    kept = _open(page, app, KEPT)
    moved = _open(page, app, MOVED)
    messages_before = page.locator(".timeline li.message").count()

    page.get_by_label("統合先の問い合わせ番号").fill(str(kept))
    page.get_by_role("button", name="統合する…").click()
    expect(page.locator("h1")).to_have_text("問い合わせの統合")
    # Permissions and invoices are different topics: the preview says so before anything moves.
    expect(page.locator(".notice.warn")).to_contain_text("同じ話題には見えません")
    page.get_by_role("button", name=f"#{moved} を #{kept} に統合する").click()

    page.wait_for_url(f"{app.url}/c/{kept}/")
    expect(
        page.locator(".notice", has_text=f"#{moved} はこの問い合わせに統合されています")
    ).to_be_visible()
    expect(page.locator(".timeline li.message", has_text="閲覧のみ").first).to_be_visible()

    page.get_by_role("button", name="統合を元に戻す").click()
    # Undo is confirmed on a page that says what happened since the merge.
    expect(page.locator("h1")).to_have_text("統合を元に戻す")
    page.get_by_role("button", name="統合を元に戻す").click()
    page.wait_for_url(f"{app.url}/c/{moved}/")
    expect(page.locator("h1")).to_have_text(MOVED)
    expect(page.locator(".timeline li.message")).to_have_count(messages_before)
    expect(page.locator(".thread-meta")).not_to_contain_text("統合先")
