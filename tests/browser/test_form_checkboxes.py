"""A single checkbox sits before its label, on one line, in every form (forms/field.html):
the sorting rule form, a new mailbox, a new person, preferences and absence, in both
languages at 390 px and 990 px. Screenshots: form-checkbox-{page}-{ja,en}-{390,990}.png."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, App, sign_in
from tests.browser.seed import ADMIN, SLA_LEAD

PAGES = [
    # (name, who opens it, path, a single checkbox the page must have)
    ("rule", SLA_LEAD, "/rules/new/", "#id_stop_processing"),
    ("mailbox", ADMIN, "/mailboxes/new/", "#id_imap_password_remove"),
    ("person", ADMIN, "/people/new/", None),
    ("preferences", SLA_LEAD, "/preferences/", "input[name=enabled]"),
    ("absence", SLA_LEAD, "/preferences/absence/", "#id_hand_over"),
]

# For every checkbox in the page's forms: its box and the box of its label's first line.
GEOMETRY = """() => [...document.querySelectorAll('main form input[type=checkbox]')]
  .filter((box) => box.offsetParent !== null)
  .map((box) => {
    const label = box.closest('label') || document.querySelector(`label[for="${box.id}"]`);
    const range = document.createRange();
    const text = label && [...label.childNodes]
      .find((node) => node.nodeType === 3 && node.textContent.trim());
    if (text) range.selectNodeContents(text); else if (label) range.selectNodeContents(label);
    const first = label ? range.getClientRects()[0] : null;
    const b = box.getBoundingClientRect();
    return {name: box.name, box: [b.left, b.top, b.width, b.height],
            label: first ? [first.left, first.top, first.width, first.height] : null};
  })"""


@pytest.mark.parametrize("width", [390, 990])
@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_single_checkbox_comes_before_its_label_on_one_line(
    app: App, browser: Any, language: str, width: int
) -> None:
    locale = "ja-JP" if language == "ja" else "en-US"
    pages: dict[str, Any] = {}
    for name, username, path, single in PAGES:
        if username not in pages:
            pages[username] = sign_in(browser, app, username, locale=locale)
            pages[username].set_viewport_size({"width": width, "height": 900})
        page = pages[username]
        page.goto(f"{app.url}{path}")
        if single:
            expect(page.locator(single)).to_be_visible()
        found = page.evaluate(GEOMETRY)
        assert found, f"{path}: no checkbox"
        for item in found:
            assert item["label"] is not None, (path, item["name"])
            bx, by, bw, bh = item["box"]
            lx, ly, _, lh = item["label"]
            assert bx + bw <= lx + 1, (path, item)  # the box first, then the words
            middle = by + bh / 2
            assert ly - 2 <= middle <= ly + lh + 2, (path, item)  # on the label's first line
        if single:
            page.locator(single).scroll_into_view_if_needed()
        page.screenshot(path=str(SCREENSHOTS / f"form-checkbox-{name}-{language}-{width}.png"))
