"""緊急度順 as a lead reads it, in a real browser: the lead's 至急 first, then what is past its
SLA deadline, then what triage found urgent; one urgency badge per row, whose reasons (in the
reader's language, no score) are written under the subject at every width (walk 20 G8) and,
on a phone, shown in the conversation.

Screenshots: urgency-order-{ja,en}-{990,390}.png, urgency-reasons-{ja,en}-390.png."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS, App, screenshot, sign_in
from tests.browser.seed import URGENCY_LEAD, URGENCY_SUBJECTS

ORDER = ["quote", "overdue", "outage", "calm"]  # after the lead marks the quote 至急
URGENCY_BADGES = ".badge.urgent, .badge.late, .badge.soon, .badge.triage-high, .badge.low"

EXPECTED = {
    # language: (locale, {row: (badge text, words its hover names)}, the priority's option)
    "ja": (
        "ja-JP",
        {
            "quote": ("至急", "優先度が「至急」に設定されています"),
            "overdue": ("期限超過", "SLA の期限"),
            "outage": ("緊急度：高", "止まっている"),
        },
        "至急",
    ),
    "en": (
        "en-US",
        {
            "quote": ("Urgent", "Priority set to urgent"),
            "overdue": ("Overdue", "Past its SLA deadline"),
            "outage": ("High urgency", "stopped"),
        },
        "Urgent",
    ),
}


def _subject(name: str) -> str:
    return URGENCY_SUBJECTS[name][0]


def _mark_urgent(page: Any, app: App, option: str) -> None:
    page.locator("tr.row", has_text=_subject("quote")).locator("a.subject").click()
    expect(page.locator("h1")).to_have_text(_subject("quote"))
    form = page.locator("aside.side form[action$='/priority/']")
    form.locator("select[name=priority]").select_option(label=option)
    form.locator("button").click()
    expect(page.locator(".thread-meta .badge.urgent")).to_be_visible()
    page.goto(f"{app.url}/q/new/?order=urgent")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_it_orders_by_lead_priority_then_sla_state_then_triage_with_one_badge(
    app: App, browser: Any, language: str
) -> None:
    locale, badges, option = EXPECTED[language]
    page = sign_in(browser, app, URGENCY_LEAD, locale=locale)
    page.set_viewport_size({"width": 990, "height": 800})
    page.goto(f"{app.url}/q/new/?order=urgent")
    _mark_urgent(page, app, option)  # the same choice again in the second language: no change

    subjects = page.locator("tr.row a.subject")
    expect(subjects).to_have_count(len(ORDER))
    for position, name in enumerate(ORDER):
        expect(subjects.nth(position)).to_contain_text(_subject(name))
    for name, (text, reason) in badges.items():
        row = page.locator("tr.row", has_text=_subject(name))
        badge = row.locator(URGENCY_BADGES)
        expect(badge).to_have_count(1)  # one urgency badge, not the lead's and triage's both
        expect(badge).to_have_text(text)
        title = badge.get_attribute("title") or ""
        assert reason in title, (name, title)
        assert "0." not in title and "score" not in title.lower() and "スコア" not in title
        # Written out under the subject at 990 px too, not only on hover (walk 20 G8).
        written = row.locator("[data-urgency-reasons]")
        expect(written).to_be_visible()
        expect(written).to_contain_text(reason)
    expect(page.locator("tr.row", has_text=_subject("calm")).locator(URGENCY_BADGES)).to_have_count(
        0
    )
    # The English UI names the Japanese mail's reasons in English (the customer's words quoted).
    if language == "en":
        outage = page.locator("tr.row", has_text=_subject("outage")).locator(URGENCY_BADGES)
        assert "止まっている" not in (outage.get_attribute("title") or "")
    screenshot(page, f"urgency-order-{language}-990")

    # On a phone there is no hover: the badge in the conversation leads to its reasons.
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    expect(subjects.first).to_contain_text(_subject("quote"))
    screenshot(page, f"urgency-order-{language}-390")
    page.locator("tr.row", has_text=_subject("overdue")).locator("a.subject").click()
    expect(page.locator("h1")).to_have_text(_subject("overdue"))
    header_badge = page.locator(".thread-meta").locator(URGENCY_BADGES)
    expect(header_badge).to_have_count(1)
    expect(header_badge).to_have_text(badges["overdue"][0])
    header_badge.click()
    reasons = page.locator("#urgency-reasons .urgency-reasons")
    expect(reasons).to_be_in_viewport()
    expect(reasons).to_contain_text(badges["overdue"][1])
    # What the phone shows after the tap (the viewport, not the whole page).
    page.screenshot(path=str(SCREENSHOTS / f"urgency-reasons-{language}-390.png"))
