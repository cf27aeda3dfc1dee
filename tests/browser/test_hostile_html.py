"""HTML mail with a <script>, an onerror handler and a remote image: nothing runs, nothing
leaves for the image until the agent asks for it."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from tests.browser.conftest import App, sign_in
from tests.browser.seed import HTML_SUBJECT


def test_hostile_html_runs_nothing_and_fetches_no_remote_image(app: App, browser: Any) -> None:
    page = sign_in(browser, app, "alice")
    requests: list[str] = []
    dialogs: list[str] = []
    page.context.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    app.tracker.hits.clear()

    page.goto(f"{app.url}/q/new/")
    page.locator("tr.row", has_text=HTML_SUBJECT).locator("a.subject").click()
    frame_element = page.locator(".html-message iframe")
    expect(frame_element).to_be_attached()
    frame = frame_element.content_frame
    expect(frame.locator("body")).to_contain_text("添付の画像をご確認ください")
    expect(page.locator(".images-blocked")).to_contain_text("外部画像 2 件")
    page.wait_for_load_state("networkidle")

    tracker_requests = [url for url in requests if url.startswith(app.tracker.url)]
    assert tracker_requests == [], tracker_requests
    assert app.tracker.hits == []
    assert dialogs == []
    html = frame.locator("html").inner_html()
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html

    # The check can see a request: once the agent allows images, the remote one loads.
    page.get_by_role("button", name="このメールの画像を表示").click()
    allowed = page.locator(".html-message iframe")
    expect(allowed).to_have_attribute("src", re.compile(r"\?images=1$"))
    page.wait_for_load_state("networkidle")
    allowed.content_frame.locator("img[alt=logo]").wait_for()
    page.wait_for_timeout(300)
    assert "/remote-image.png" in app.tracker.hits
    assert not any("ran" in hit for hit in app.tracker.hits), app.tracker.hits
