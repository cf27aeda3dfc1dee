"""A real madoguchi (`madoguchi run`: waitress + the worker) on a free loopback port, with
its own SQLite file, Dovecot and an SMTP sink, driven by Debian's Chromium via Playwright.

One server per pytest-xdist worker (session scope); a fresh Chromium per test, because
Playwright's sync API keeps an asyncio loop in the main thread while it runs, and Django
refuses ORM calls from that thread: database tests sharing this worker would fail if the
browser outlived the test. The test process itself never touches the database; it acts
through the browser and the mail servers only, as an agent and a customer would.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.browser.seed import PASSWORD
from tests.support.servers import Dovecot, SmtpSink, dovecot_available, free_port, wait_for_port

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@dataclass
class Tracker:
    """An HTTP server standing in for a sender's tracking host: records every request."""

    port: int
    hits: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass(frozen=True)
class App:
    url: str
    dovecot: Dovecot
    sink: SmtpSink
    tracker: Tracker
    support_address: str
    sales_address: str
    log: Path

    def log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""


@pytest.fixture(scope="session")
def tracker() -> Iterator[Tracker]:
    found = Tracker(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            found.hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
            self.end_headers()
            self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    found.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def app(tracker: Tracker) -> Iterator[App]:
    if not dovecot_available():
        pytest.skip("dovecot is not installed (make test installs it)")
    if not os.path.exists(CHROMIUM):
        pytest.skip("chromium is not installed (make test installs it)")
    folder = Path(tempfile.mkdtemp(prefix="madoguchi-browser-"))
    imap_password = secrets.token_urlsafe(12)
    support, sales = "support@browser.test", "sales@browser.test"
    with Dovecot() as dovecot, SmtpSink(deliver_to=dovecot) as sink:
        for address in (support, sales):
            dovecot.add_user(address, imap_password)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "madoguchi.settings",
            "MADOGUCHI_DATA_DIR": str(folder),
            "MADOGUCHI_DATABASE_URL": f"sqlite:///{folder / 'madoguchi.sqlite3'}",
            "MADOGUCHI_SECRET_KEY": secrets.token_urlsafe(40),
            "MADOGUCHI_LOG_LEVEL": "WARNING",
            "MADOGUCHI_DEBUG": "0",
            "PYTHONPATH": str(REPO),
        }
        settings = folder / "seed.json"
        settings.write_text(
            json.dumps(
                {
                    "support_address": support,
                    "sales_address": sales,
                    "imap_port": dovecot.port,
                    "imap_password": imap_password,
                    "smtp_port": sink.port,
                    "tracker": tracker.url,
                }
            )
        )
        subprocess.run(
            [sys.executable, str(Path(__file__).with_name("seed.py")), str(settings)],
            env=env,
            cwd=REPO,
            check=True,
            timeout=300,  # migrate, the demo and the imports: slow on a busy 2-core machine
        )
        port = free_port()
        log = folder / "server.log"
        with log.open("wb") as output:
            server = subprocess.Popen(
                [sys.executable, "-m", "madoguchi.cli", "run", "--port", str(port)],
                env=env,
                cwd=REPO,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_for_port(port, timeout=60)
            yield App(f"http://127.0.0.1:{port}", dovecot, sink, tracker, support, sales, log)
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def sign_in(browser: Any, app: App, username: str, locale: str = "ja-JP") -> Any:
    """A new browser context (its own cookies) signed in through the login form."""
    context = browser.new_context(
        locale=locale, viewport={"width": 1366, "height": 900}, timezone_id="Asia/Tokyo"
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{app.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD if username != "sato" else "madoguchi-demo")
    page.click("button.primary")
    page.wait_for_url(f"{app.url}/q/new/")
    return page


def screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
