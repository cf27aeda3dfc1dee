"""An agent of another team gets nothing of a mailbox not theirs: page, attachment, search."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.seed import ATTACHMENT_SUBJECT, SECRET_WORD


def test_another_teams_agent_gets_404_for_page_attachment_and_search(
    app: App, browser: Any
) -> None:
    alice = sign_in(browser, app, "alice")
    alice.goto(f"{app.url}/q/new/")
    alice.locator("tr.row", has_text=ATTACHMENT_SUBJECT).locator("a.subject").click()
    conversation_url = alice.url
    link = alice.locator(".attachments a", has_text="見積書.pdf")
    attachment_url = app.url + str(link.get_attribute("href"))
    assert alice.request.get(attachment_url).status == 200  # the owner's team can
    alice.goto(f"{app.url}/search/?q={SECRET_WORD}")
    expect(alice.locator("main")).to_contain_text(ATTACHMENT_SUBJECT)

    charlie = sign_in(browser, app, "charlie")
    response = charlie.goto(conversation_url)
    assert response is not None and response.status == 404
    expect(charlie.locator("body")).not_to_contain_text(ATTACHMENT_SUBJECT)
    download = charlie.request.get(attachment_url)
    assert download.status in (403, 404)
    assert b"secret quote" not in download.body()
    charlie.goto(f"{app.url}/search/?q={SECRET_WORD}")
    expect(charlie.locator("main")).not_to_contain_text(ATTACHMENT_SUBJECT)
    charlie.goto(f"{app.url}/search/?q=見積書")
    expect(charlie.locator("main")).not_to_contain_text(ATTACHMENT_SUBJECT)
    charlie.goto(f"{app.url}/q/new/")
    expect(charlie.locator("#queue-rows")).not_to_contain_text(ATTACHMENT_SUBJECT)
