"""The reports page on a phone (walk 8 finding 13): the per-person table scrolled sideways
at 390 px and open work per person was nowhere. Now the breakdown is a card per person with
each figure named, and the open-work table fits."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import App, screenshot, sign_in

FITS = """() => Array.from(document.querySelectorAll('main table.rows')).map((table) => ({
  cls: table.className, scrolls: table.scrollWidth > table.clientWidth + 1,
  box: table.closest('.table-scroll') ? table.closest('.table-scroll').scrollWidth
       > table.closest('.table-scroll').clientWidth + 1 : false}))"""


@pytest.mark.parametrize(
    ("locale", "heading"),
    [("ja-JP", "今この時点の担当者別の未完了"), ("en-US", "Open now, per person")],
)
def test_the_reports_fit_a_phone_and_show_open_work_per_person(
    app: App, browser: Any, locale: str, heading: str
) -> None:
    page = sign_in(browser, app, "sato", locale=locale)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}/reports/")
    expect(page.locator("section.report-workload h2")).to_have_text(heading)
    expect(page.locator("table.workload-table tbody tr").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    for table in page.evaluate(FITS):
        # Walk 12 F-22: the summary too (it scrolled sideways until s15).
        if any(name in table["cls"] for name in ("breakdown", "workload", "summary-table")):
            assert not table["scrolls"] and not table["box"], table
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    # Walk 11 F-19: in English the summary's row names broke one letter per line ("R/e/c…").
    names = page.locator("section.report-summary tbody th")
    heights = [box["height"] for box in (names.nth(i).bounding_box() for i in range(4)) if box]
    assert heights and max(heights) < 40, heights  # "Received", "Resolved": one line each
    # Walk 12 F-22: the open-work headers broke inside words ("O/p/e/n", "Waitin/g on/custo/mer").
    # Lines a heading's text takes (its cell is as tall as the row's tallest heading).
    lines = page.evaluate(
        """() => Array.from(document.querySelectorAll('table.workload-table thead th')).map(
          (th) => { const r = document.createRange(); r.selectNodeContents(th);
                    return [th.innerText.trim(), r.getClientRects().length]; })"""
    )
    for text, count in lines:
        assert count <= max(1, len(text.split())), (text, count)  # breaks only at spaces
    # A tab icon, and /favicon.ico is not a 404 on every page (walk 12 F-22).
    assert page.locator("link[rel=icon]").count() == 1
    assert page.request.get(f"{app.url}/favicon.ico").ok
    screenshot(page, f"reports-{locale[:2]}-390")
