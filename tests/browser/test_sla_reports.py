"""A lead's two questions in the browser: what is late (the overdue folder and its
count), and how are we doing (the reports page draws its charts; both CSVs download)."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in
from tests.browser.seed import SLA_LEAD, SLA_OVERDUE_SUBJECT


@pytest.mark.parametrize(("locale", "folder_name"), [("ja-JP", "期限超過"), ("en-US", "Overdue")])
def test_the_overdue_folder_lists_late_mail_with_its_count(
    app: App, browser: Any, locale: str, folder_name: str
) -> None:
    page = sign_in(browser, app, SLA_LEAD, locale=locale)
    link = page.locator("nav.folders a.sla-overdue")
    expect(link).to_contain_text(folder_name)
    count = int(link.locator("em").inner_text())
    link.click()
    page.wait_for_url(f"{app.url}/q/overdue/")
    rows = page.locator("tr.row")
    expect(rows.filter(has_text=SLA_OVERDUE_SUBJECT)).to_have_count(1)
    assert rows.count() == count >= 1
    expect(rows.filter(has_text=SLA_OVERDUE_SUBJECT).locator(".sla-due.late")).to_be_visible()
    screenshot(page, f"sla-overdue-{locale}")


@pytest.mark.parametrize(
    ("locale", "heading", "header"),
    [
        # The CSV headers are in the reader's language (s8 walk: a lead opens them in Excel).
        ("ja-JP", "レポート", {"group": "メールボックス", "received": "受信", "subject": "件名"}),
        ("en-US", "Reports", {"group": "Mailbox", "received": "Received", "subject": "Subject"}),
    ],
)
def test_the_reports_page_draws_charts_and_downloads_csv(
    app: App, browser: Any, locale: str, heading: str, header: dict[str, str]
) -> None:
    page = sign_in(browser, app, SLA_LEAD, locale=locale)
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.click("header a[href='/reports/']")
    expect(page.locator("h1")).to_have_text(heading)
    page.select_option("select[name=days]", "90")
    page.select_option("select[name=group]", "mailbox")
    page.click(".report-filter button.primary")
    expect(page.locator("body")).to_have_attribute("data-charts", "volume backlog attainment")
    for name in ("volume", "backlog", "attainment"):
        box = page.locator(f"#chart-{name}").bounding_box()
        assert box is not None and box["width"] > 100 and box["height"] > 100
    assert not [e for e in errors if "Content Security Policy" in e], errors
    screenshot(page, f"reports-{locale}")

    with page.expect_download() as summary:
        page.click("#export-summary")
    text = open(summary.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and list(rows[0])[0] == header["group"]
    assert sum(int(row[header["received"]]) for row in rows) >= 3

    with page.expect_download() as conversations:
        page.click("#export-conversations")
    text = open(conversations.value.path(), encoding="utf-8-sig").read()
    subjects = [row[header["subject"]] for row in csv.DictReader(io.StringIO(text))]
    assert SLA_OVERDUE_SUBJECT in subjects


@pytest.mark.parametrize(
    ("locale", "dates_below", "last_30"),
    [("ja-JP", "下の日付", "直近 30 日"), ("en-US", "The dates below", "Last 30 days")],
)
def test_the_period_menu_and_the_dates_say_one_thing(
    app: App, browser: Any, locale: str, dates_below: str, last_30: str
) -> None:
    """reports.js: typing a date turns the menu to the dates below; choosing a preset
    clears the dates; the server shows the same period and the charts draw each time."""
    page = sign_in(browser, app, SLA_LEAD, locale=locale)
    page.goto(f"{app.url}/reports/?days=7")
    menu = page.locator(".report-filter select[name=days]")
    start = page.locator(".report-filter input[name=start]")
    end = page.locator(".report-filter input[name=end]")
    expect(page.locator("body")).to_have_attribute("data-charts", "volume backlog attainment")

    today = datetime.now(ZoneInfo("Asia/Tokyo")).date()
    first, last = today - timedelta(days=20), today - timedelta(days=3)
    start.fill(f"{first:%Y-%m-%d}")
    assert _chosen(menu) == dates_below  # at once, before anything is sent
    end.fill(f"{last:%Y-%m-%d}")
    page.click(".report-filter button.primary")
    page.wait_for_url(lambda url: "start=" in url)
    assert _chosen(menu) == dates_below  # the server agrees: the dates alone
    expect(page.locator("form.report-filter + p.muted")).to_contain_text(f"{first:%Y-%m-%d}")
    expect(page.locator("form.report-filter + p.muted")).to_contain_text(f"{last:%Y-%m-%d}")
    expect(page.locator("body")).to_have_attribute("data-charts", "volume backlog attainment")

    menu.select_option("30")
    expect(start).to_have_value("")  # a preset clears the dates
    expect(end).to_have_value("")
    page.click(".report-filter button.primary")
    page.wait_for_url(lambda url: "days=30" in url)
    assert _chosen(menu) == last_30
    thirty = f"{today - timedelta(days=29):%Y-%m-%d}"
    expect(page.locator("form.report-filter + p.muted")).to_contain_text(thirty)
    expect(start).to_have_value("")
    expect(page.locator("body")).to_have_attribute("data-charts", "volume backlog attainment")
    screenshot(page, f"reports-period-{locale}")


def _chosen(menu: Any) -> str:
    return str(menu.evaluate("select => select.options[select.selectedIndex].text")).strip()
