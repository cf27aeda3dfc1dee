"""Session 8's walk at 390 px, fixed (s9-ui): the @ badge in the top bar is whole, 返信 has its
own line above the template picker, /lint-rules/ fits the phone without a box scrolling
sideways, and @mentions are completed from the keyboard, by Japanese and Latin names.

Screenshots: s9-ui-*.png (also copied to /tmp/s9-ui/ when that folder exists)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot

LOCALES = {"ja": "ja-JP", "en": "en-US"}
SUBJECT = "スマホアプリの通知が来ません"
COPY_TO = Path("/tmp/s9-ui")


def _phone(browser: Any, app: App, username: str, language: str) -> Any:
    """Signed in on a phone as the walk had it: 390 px, mobile, touch."""
    context = browser.new_context(
        locale=LOCALES[language],
        timezone_id="Asia/Tokyo",
        viewport={"width": 390, "height": 844},
        device_scale_factor=1,
        is_mobile=True,
        has_touch=True,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{app.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "madoguchi-demo")  # the demo's people
    page.click("button.primary")
    page.wait_for_url(f"{app.url}/q/**")
    return page


def _keep(path: Path) -> None:
    if COPY_TO.is_dir():
        shutil.copy(path, COPY_TO / path.name)


def _open(page: Any, app: App) -> None:
    page.goto(f"{app.url}/search/?q={SUBJECT}")
    page.locator("main a", has_text=SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(SUBJECT)


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return dict(box)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_mention_badge_is_whole_and_reply_has_its_own_line_at_390_px(
    app: App, browser: Any, language: str
) -> None:
    context = browser.new_context(locale=LOCALES[language], timezone_id="Asia/Tokyo")
    tanaka = context.new_page()
    tanaka.goto(f"{app.url}/login/")
    tanaka.fill("input[name=username]", "tanaka")
    tanaka.fill("input[name=password]", "madoguchi-demo")  # a demo agent's
    tanaka.click("button.primary")
    tanaka.wait_for_url(f"{app.url}/q/**")
    _open(tanaka, app)
    tanaka.locator("#note-text").fill("@佐藤 確認お願いします")
    tanaka.locator(
        ".note-form button", has_text="メモを追加" if language == "ja" else "Add note"
    ).click()
    expect(tanaka.locator(".timeline .note", has_text="確認お願いします").first).to_be_visible()

    page = _phone(browser, app, "sato", language)
    _open(page, app)
    badge = page.locator(".mentions-short .mention-badge b")
    expect(badge).to_be_visible()
    count = _box(page, ".mentions-short .mention-badge b")
    link = _box(page, ".mentions-short")
    bar = _box(page, ".topbar")
    # The whole badge on the screen and inside its link: not cut by the edge or the bar.
    assert count["x"] + count["width"] <= 390, count
    assert count["x"] + count["width"] <= link["x"] + link["width"] + 0.5, (count, link)
    assert count["y"] >= bar["y"] and count["y"] + count["height"] <= bar["y"] + bar["height"]
    assert page.evaluate("document.querySelector('.topbar').scrollWidth") <= 390

    # 返信 over the template picker, each with the width of the card.
    heading = _box(page, ".compose-head h2")
    picker = _box(page, ".compose-head .template-picker")
    assert picker["y"] >= heading["y"] + heading["height"] - 1, (heading, picker)
    form = _box(page, "#compose-form")
    assert picker["width"] >= form["width"] * 0.9, (picker, form)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    _keep(screenshot(page, f"s9-ui-conversation-top-{language}-390"))
    page.locator("#compose-form").scroll_into_view_if_needed()
    _keep(screenshot(page, f"s9-ui-compose-{language}-390"))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_lint_rules_fit_the_phone_without_a_box_scrolling_sideways(
    app: App, browser: Any, language: str
) -> None:
    page = _phone(browser, app, "sato", language)
    page.goto(f"{app.url}/lint-rules/")
    table = page.locator("table.policy-table")
    expect(table).to_be_visible()
    scroll, client = table.evaluate("t => [t.scrollWidth, t.clientWidth]")
    assert scroll <= client + 1, (scroll, client)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    # Each choice still names itself beside its radio button, the heading row being hidden.
    first = page.locator("table.policy-table tbody tr").first
    names = first.locator("td.mode").all_inner_texts()
    assert len(names) == 4 and all(name.strip() for name in names), names
    radio = _box(page, "table.policy-table tbody tr td.mode input")
    assert radio["x"] + radio["width"] <= 390
    _keep(screenshot(page, f"s9-ui-lint-rules-{language}-390"))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_mentions_are_completed_from_the_keyboard_by_japanese_and_latin_names(
    app: App, browser: Any, language: str
) -> None:
    page = _phone(browser, app, "sato", language)
    _open(page, app)
    box = page.locator("#note-text")
    box.click()
    # A Latin name of a Japanese colleague: 田中 健太 is Kenta Tanaka.
    page.keyboard.type("確認お願いします @kent")
    option = page.locator("#mention-suggestions [role=option]", has_text="田中 健太")
    expect(option).to_be_visible()
    expect(option).to_contain_text("Kenta Tanaka")
    expect(page.locator("#mention-suggestions [role=option]", has_text="鈴木")).to_have_count(0)
    page.keyboard.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id") or "")
    hint = _box(page, "#mention-suggestions")
    assert hint["x"] + hint["width"] <= 390
    _keep(screenshot(page, f"s9-ui-mention-keys-{language}-390"))
    page.keyboard.press("Enter")
    expect(box).to_have_value("確認お願いします @田中健太 ")
    expect(page.locator("#mention-suggestions [role=option]")).to_have_count(0)

    # Japanese, filtered as typed: 「@鈴」 lists 鈴木 only; Tab takes the first; Esc closes.
    page.keyboard.type("と @鈴")
    suzuki = page.locator("#mention-suggestions [role=option]", has_text="鈴木 花子")
    expect(suzuki).to_be_visible()
    expect(page.locator("#mention-suggestions [role=option]")).to_have_count(1)
    page.keyboard.press("Tab")
    expect(box).to_have_value("確認お願いします @田中健太 と @鈴木花子 ")
    expect(box).to_be_focused()
    page.keyboard.type("@s")
    expect(page.locator("#mention-suggestions [role=option]").first).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#mention-suggestions [role=option]")).to_have_count(0)
    # Esc closed the list only (the note keeps the focus); Enter is then a new line.
    expect(box).to_be_focused()
    page.keyboard.press("Enter")
    expect(box).to_have_value("確認お願いします @田中健太 と @鈴木花子 @s\n")


def test_a_conversation_of_the_customer_is_merged_from_the_panel_at_390_px(
    app: App, browser: Any
) -> None:
    kept_subject, moved_subject = (
        "CSVインポート 文字化け（取引先マスタ）",
        "閲覧のみの権限設定について",
    )
    page = _phone(browser, app, "sato", "ja")
    page.goto(f"{app.url}/search/?q={kept_subject}")
    page.locator("main a", has_text=kept_subject).first.click()
    expect(page.locator("h1")).to_have_text(kept_subject)
    kept = int(page.url.rstrip("/").rsplit("/", 1)[1])
    page.locator(".note-form textarea").fill("経理に確認済み")
    page.locator(".note-form button", has_text="メモを追加").click()

    item = page.locator(".customer ul.related li", has_text=moved_subject)
    number = item.locator(".conv-number")
    expect(number).to_have_text(re.compile(r"#\d+"))
    moved = int(number.inner_text().lstrip("#"))
    button = item.get_by_role("button", name="この問い合わせに統合…")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    _keep(screenshot(page, "s9-ui-customer-panel-ja-390"))
    button.click()

    expect(page.locator("h1")).to_have_text("問い合わせの統合")
    kept_card = page.locator(".merge-pair .card", has_text=f"残す側 · #{kept}")
    expect(kept_card).to_contain_text("メモ: 1 件")
    _keep(screenshot(page, "s9-ui-merge-preview-ja-390"))
    page.get_by_role("button", name=f"#{moved} を #{kept} に統合する").click()
    page.wait_for_url(f"{app.url}/c/{kept}/")
    expect(page.locator(".timeline li.message", has_text="閲覧のみ").first).to_be_visible()
    # Put it back for the other tests (undo, confirmed).
    page.get_by_role("button", name="統合を元に戻す").click()
    page.get_by_role("button", name="統合を元に戻す").click()
    page.wait_for_url(f"{app.url}/c/{moved}/")
