"""A lead manages the team's labels in Japanese: creates two, puts one on a conversation,
renames and recolours it, merges it into the other through the preview; the conversation
then carries the kept label and its timeline says why. The lead then makes a macro
template; an agent finds it by searching the compose box's picker, inserts it, and
sending the reply sets the status and the label. An agent cannot create labels.
Saves a 390 px screenshot of the label page (artifacts/screenshots/labels-ja-390.png)."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.seed import ATTACHMENT_SUBJECT


def _open_team_conversation(page: Any, app: App) -> str:
    page.goto(f"{app.url}/search/?q={ATTACHMENT_SUBJECT}")
    page.locator("main a", has_text=ATTACHMENT_SUBJECT).first.click()
    expect(page.locator("h1")).to_have_text(ATTACHMENT_SUBJECT)
    return str(page.url)


def _create(page: Any, name: str) -> None:
    form = page.locator("form.label-create")
    form.get_by_label("名前").fill(name)
    form.get_by_role("button", name="作成").click()
    expect(page.locator(".messages, .flash, main").first).to_contain_text("ラベルを作成しました")


def test_a_lead_renames_and_merges_labels(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "lead_a")
    page.locator("summary:visible", has_text="チーム設定").first.click()
    page.locator(".navmenu-items a:visible", has_text="ラベル").first.click()
    expect(page.locator("h1")).to_have_text("ラベル")
    _create(page, "解約予定")
    _create(page, "退会")

    conversation_url = _open_team_conversation(page, app)
    page.get_by_label("ラベルを追加・作成").fill("解約予定")
    page.locator("form", has=page.get_by_label("ラベルを追加・作成")).get_by_role(
        "button", name="追加"
    ).click()
    expect(page.locator(".label-list")).to_contain_text("解約予定")

    page.goto(f"{app.url}/labels/")
    page.locator("li", has_text="解約予定").get_by_role("link", name="編集").click()
    page.get_by_label("名前").fill("解約希望")
    page.get_by_label("色").fill("#6d28d9")
    page.get_by_role("button", name="保存").click()
    expect(page.locator("main")).to_contain_text("解約希望")
    expect(page.locator("main")).not_to_contain_text("解約予定")

    page.locator("li", has_text="解約希望").get_by_role("link", name="編集").click()
    page.get_by_label("統合先のラベル").select_option(label="退会")
    page.get_by_role("button", name="統合内容を確認").click()
    expect(page.locator("h1")).to_have_text("ラベルの統合")
    expect(page.locator("main")).to_contain_text("1 件の会話")
    page.get_by_role("button", name="「解約希望」を「退会」に統合する").click()
    expect(page.locator("main")).to_contain_text("「解約希望」を「退会」に統合しました")

    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    screenshot(page, "labels-ja-390")

    page.goto(conversation_url)
    expect(page.locator(".label-list")).to_contain_text("退会")
    expect(page.locator(".timeline")).to_contain_text("ラベル「解約希望」を「退会」に統合しました")


def test_an_agent_picks_labels_but_cannot_create_them(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "alice")
    _open_team_conversation(page, app)
    picker = page.get_by_label("ラベルを追加")
    expect(picker).to_have_js_property("tagName", "SELECT")
    response = page.goto(f"{app.url}/labels/")
    assert response is not None and response.status == 404
    assert re.search(r"/labels/$", page.url)
