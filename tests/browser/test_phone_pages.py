"""A new user's walk at 390 px (session 6): every table's headings stand over their own
numbers, and the pages they found wider than the phone fit it, in Japanese and English."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.conftest import App, screenshot, sign_in

LOCALES = {"ja": "ja-JP", "en": "en-US"}

# For every table.rows on the page: the heading cells shown and, for each body row, the cells
# shown, with their left edges. A heading hidden over cells still shown slides every later
# number one column to the left, under the wrong heading.
COLUMNS = """() => Array.from(document.querySelectorAll('main table.rows')).map((table) => {
  const shown = (row) => Array.from(row.cells)
    .filter((c) => getComputedStyle(c).display !== 'none');
  const describe = (row) => ({
    span: shown(row).reduce((sum, cell) => sum + cell.colSpan, 0),
    edges: shown(row).every((cell) => cell.colSpan === 1)
      ? shown(row).map((cell) => Math.round(cell.getBoundingClientRect().left)) : null,
  });
  // A table shown as cards (its heading row hidden, each figure named in its cell: trends)
  // has no headings for the cells to stand under.
  const head = table.tHead && table.tHead.rows.length
    && getComputedStyle(table.tHead).display !== 'none' ? describe(table.tHead.rows[0]) : null;
  const rows = Array.from(table.tBodies).flatMap((body) => Array.from(body.rows)).map(describe);
  return {head, rows};
})"""


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("path", ["/reports/", "/sla/", "/lint-rules/", "/trends/", "/audit/"])
def test_it_keeps_each_heading_over_its_own_cells_at_390_px(
    app: App, browser: Any, language: str, path: str
) -> None:
    page = sign_in(browser, app, "sato", locale=LOCALES[language])
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{app.url}{path}")
    page.wait_for_load_state("networkidle")
    tables = page.evaluate(COLUMNS)
    assert tables, f"no table on {path}"
    for table in tables:
        if table["head"] is None:
            continue
        head = table["head"]
        for row in table["rows"]:
            # As many columns shown under the headings as headings shown, at the same places.
            assert row["span"] == head["span"], f"{path}: {row} under {head}"
            if row["edges"] is not None:
                assert row["edges"] == head["edges"], f"{path}: {row} under {head}"
    screenshot(page, f"walk6-tables-{path.strip('/')}-{language}-390")


# The elements reaching past the right edge, to name the culprit when a page is too wide.
TOO_WIDE = """(width) => Array.from(document.querySelectorAll('body *'))
  .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('[hidden]'))
  .slice(-5)
  .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""

CONVERSATIONS = {
    "ja": "ユーザー追加時の日割り計算について",
    "en": "SAML SSO with Okta fails: invalid assertion",
}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize(
    "path",
    [
        "/trends/",
        "/audit/",
        "/account/security/",
        "/q/snoozed/",
        "/q/mine/",
        "/lint-rules/",
        "/mailboxes/1/",
        "conversation",
    ],
)
def test_it_fits_the_pages_the_walker_scrolled_sideways_at_390_px(
    app: App, browser: Any, language: str, path: str
) -> None:
    page = sign_in(browser, app, "sato", locale=LOCALES[language])
    page.set_viewport_size({"width": 390, "height": 844})
    if path == "conversation":
        subject = CONVERSATIONS[language]
        page.goto(f"{app.url}/search/?q={subject}")
        page.locator("main a", has_text=subject).first.click()
        page.wait_for_url("**/c/**")
    else:
        response = page.goto(f"{app.url}{path}")
        assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= 390, page.evaluate(TOO_WIDE, 390)
    if path == "conversation":
        # 返信 on one line, not 返 over 信.
        lines = page.evaluate(
            """() => { const r = document.createRange();
              r.selectNodeContents(document.querySelector('.compose-head h2'));
              const tops = Array.from(r.getClientRects()).map((b) => Math.round(b.top));
              return new Set(tops).size; }"""
        )
        assert lines == 1
    if path == "/audit/":
        assert '{"after"' not in page.locator("main").inner_text()  # read, not raw JSON
    screenshot(page, f"walk6-fit-{path.strip('/').replace('/', '-')}-{language}-390")
