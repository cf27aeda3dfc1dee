"""The urgent queue on a phone (390 px): each row shows its first urgency reason and "+N"
(a tap opens the others), and the owner stays visible (s8 walk, screens 20 and 63); each
conversation is a card with the subject at full width (walk 11 F-9).

Screenshots: walk8-phone-queue-{ja,en}-390.png (also copied to /work/walk8-fix2/ when that
folder exists, for the lead's walk)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.seed import URGENCY_LEAD

WALK_FOLDER = Path("/work/walk8-fix2")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_shows_one_reason_and_a_count_and_keeps_the_owner_at_390_px(
    app: App, browser: Any, language: str
) -> None:
    page = sign_in(browser, app, URGENCY_LEAD, locale="ja-JP" if language == "ja" else "en-US")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}/q/new/?order=urgent")

    owner = page.locator("table.queue-table td.owner").first
    expect(owner).to_be_visible()
    # Walk 11 F-9: a card per conversation, not a squeezed table: the subject has the
    # phone's width, the owner's name is one line of its own, below the subject.
    subject = page.locator("table.queue-table td.what").first.bounding_box()
    owner_box = owner.bounding_box()
    assert subject is not None and owner_box is not None
    assert subject["width"] > 300
    assert owner_box["height"] < 30 and owner_box["y"] >= subject["y"] + subject["height"] - 1
    folded = page.locator("details.urgency-reasons").first
    expect(folded).to_be_visible()
    summary = folded.locator("summary")
    expect(summary.locator(".more-reasons")).to_have_text("+" + str(folded.locator("li").count()))
    # Folded: one line, not a paragraph of reasons, and the "+N" is not cut off.
    line = summary.bounding_box()
    count = summary.locator(".more-reasons").bounding_box()
    assert line is not None and count is not None
    assert line["height"] < 40
    assert count["x"] + count["width"] <= line["x"] + line["width"] + 1
    expect(folded.locator("li").first).to_be_hidden()
    # Nothing wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    path = screenshot(page, f"walk8-phone-queue-{language}-390")

    summary.click()
    expect(folded.locator("li").first).to_be_visible()
    opened = screenshot(page, f"walk8-phone-queue-open-{language}-390")
    if WALK_FOLDER.is_dir():
        shutil.copy(path, WALK_FOLDER / path.name)
        shutil.copy(opened, WALK_FOLDER / opened.name)
