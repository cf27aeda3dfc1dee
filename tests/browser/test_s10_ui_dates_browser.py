"""Date fields on a phone and on a desk (s10-ui): the text reads the UI language's way
(2026/11/05 ja, 2026-11-05 en) whatever the browser's locale, the calendar beside it is a
target a thumb can hit, and what is picked there fills the text and is what the server gets.
The queue's bulk bar shows the snooze time and its お客様の返信まで hint only for a snooze.

Screenshots: s10-ui-*.png (also copied to /tmp/s10-ui/ when that folder exists)."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot

LOCALES = {"ja": "ja-JP", "en": "en-US"}
SEPARATOR = {"ja": "/", "en": "-"}
COPY_TO = Path("/tmp/s10-ui")
# Demo conversations no other browser test opens: snoozing them disturbs nobody.
SNOOZED = {"ja": "領収書の但し書きについて", "en": "How do I regenerate an API key?"}


def _signed_in(browser: Any, app: App, language: str, width: int) -> Any:
    phone = width < 500
    context = browser.new_context(
        locale=LOCALES[language],
        timezone_id="Asia/Tokyo",
        viewport={"width": width, "height": 844},
        is_mobile=phone,
        has_touch=phone,
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{app.url}/login/")
    page.fill("input[name=username]", "sato")
    page.fill("input[name=password]", "madoguchi-demo")  # the demo's lead
    page.click("button.primary")
    page.wait_for_url(f"{app.url}/q/**")
    return page


def _keep(path: Path) -> None:
    if COPY_TO.is_dir():
        shutil.copy(path, COPY_TO / path.name)


def _written(day: date, language: str) -> str:
    separator = SEPARATOR[language]
    return f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d}"


def _pick(page: Any, field: Any, value: str, *, phone: bool) -> None:
    """Open the calendar as a person would (tap or click), then choose `value` in it."""
    picker = field.locator("[data-date-picker]")
    box = picker.bounding_box()
    assert box is not None
    # A thumb-sized target (as tall as the text beside it), inside the screen.
    text = field.locator("[data-date-text]").bounding_box()
    assert text is not None and box["height"] >= text["height"] - 1, (box, text)
    assert box["width"] >= 38 and box["height"] >= (38 if phone else 27), box
    assert box["x"] + box["width"] <= page.viewport_size["width"], box
    if phone:
        picker.tap()
    else:
        picker.click()
        page.keyboard.press("Escape")  # close the browser's own pop-up before filling
    picker.fill(value)


@pytest.mark.parametrize(("language", "width"), [("ja", 390), ("en", 390), ("ja", 990)])
def test_a_report_period_is_picked_on_the_calendar_and_reads_the_ui_languages_way(
    app: App, browser: Any, language: str, width: int
) -> None:
    page = _signed_in(browser, app, language, width)
    page.goto(f"{app.url}/reports/?start=2026-11-01&end=2026-11-07")
    start = page.locator(".date-field", has=page.locator("input[name=start]"))
    end = page.locator(".date-field", has=page.locator("input[name=end]"))
    expect(start.locator("input[name=start]")).to_have_value(_written(date(2026, 11, 1), language))
    # The calendar opens on the day already in the text.
    picker = start.locator("[data-date-picker]")
    picker.dispatch_event("click")
    expect(picker).to_have_value("2026-11-01")

    _pick(page, start, "2026-11-05", phone=width < 500)
    _pick(page, end, "2026-11-11", phone=width < 500)
    expect(start.locator("input[name=start]")).to_have_value(_written(date(2026, 11, 5), language))
    expect(end.locator("input[name=end]")).to_have_value(_written(date(2026, 11, 11), language))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    _keep(screenshot(page, f"s10-ui-reports-{language}-{width}"))
    page.locator("form.report-filter button.primary").click()
    page.wait_for_url(re.compile(r".*start=2026(%2F|-)11(%2F|-)05.*"))
    expect(page.locator("main")).to_contain_text(re.compile(r"2026-11-05\s*[–〜]\s*2026-11-11"))
    expect(page.locator("input[name=start]")).to_have_value(_written(date(2026, 11, 5), language))


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_snooze_time_is_picked_on_a_phone_and_the_conversation_says_it(
    app: App, browser: Any, language: str
) -> None:
    page = _signed_in(browser, app, language, 390)
    subject = SNOOZED[language]
    page.goto(f"{app.url}/search/?q={subject}")
    page.locator("main a", has_text=subject).first.click()
    page.wait_for_url("**/c/**")
    field = page.locator(".date-field", has=page.locator("input[name=until]"))
    field.scroll_into_view_if_needed()
    tomorrow = page.evaluate(
        "new Date(Date.now() + 86400000).toLocaleDateString('sv-SE', {timeZone: 'Asia/Tokyo'})"
    )
    day = date.fromisoformat(tomorrow) + timedelta(days=1)
    _pick(page, field, f"{day.isoformat()}T10:30", phone=True)
    expect(field.locator("input[name=until]")).to_have_value(f"{_written(day, language)} 10:30")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    _keep(screenshot(page, f"s10-ui-snooze-{language}-390"))
    field.locator("xpath=ancestor::form").locator("button").click()
    expect(page.locator(".snoozed-badge")).to_contain_text(f"{day.isoformat()} 10:30")


@pytest.mark.parametrize(("language", "width"), [("ja", 390), ("en", 990)])
def test_the_bulk_bar_shows_the_snooze_time_and_its_hint_only_for_a_snooze(
    app: App, browser: Any, language: str, width: int
) -> None:
    page = _signed_in(browser, app, language, width)
    page.goto(f"{app.url}/q/new/")
    page.locator("#queue-rows input[name=ids]").first.check()
    bar = page.locator("#bulkbar")
    time_field = bar.locator(".date-field")
    hint = bar.locator(".snooze-reply-hint")
    page.select_option("[data-bulk-operation]", "assign")
    expect(time_field).to_be_hidden()
    expect(hint).to_be_hidden()
    page.select_option("[data-bulk-operation]", "snooze")
    expect(time_field).to_be_visible()
    expect(hint).to_be_visible()
    expect(hint).to_contain_text(
        "返信があればすぐに戻ります" if language == "ja" else "their next mail brings it back"
    )
    assert page.evaluate("document.scrollingElement.scrollWidth") <= width
    _keep(screenshot(page, f"s10-ui-bulk-snooze-{language}-{width}"))
