"""Locust scenario for bench/load/run.py: support agents working the shared inbox.

Each simulated agent signs in once, then loops with a think time of 2–8 s over what an
agent does all day, in rough proportion: read a queue, open a conversation, search,
write an internal note, reply. What the browser does on its own is played too, since it
is most of a real agent's requests: an open conversation posts the agent's presence every
3 s while they read it (3–9 s) or write a reply (10–30 s, as "drafting"), and every page
asks for the sidebar's live figures every 30 s (base.html's hx-trigger). Requests are
named by page ("queue", "conversation", …) so the report has one row per action. Hosts:
LOAD_HOSTS (comma-separated base URLs, one per web process; each simulated agent sticks
to one, as a browser does behind a balancer with sticky sessions). Accounts: agent000 …
agentNNN, signed in with the session keys in LOAD_SESSIONS (else with LOAD_PASSWORD).
"""

from __future__ import annotations

import itertools
import os
import random
import re
import threading
import time

from locust import HttpUser, between, task

HOSTS = [h for h in os.environ.get("LOAD_HOSTS", "").split(",") if h]
PASSWORD = os.environ.get("LOAD_PASSWORD", "load-test-password")
AGENTS = int(os.environ.get("LOAD_AGENTS", "100"))
SESSIONS = [key for key in os.environ.get("LOAD_SESSIONS", "").split(",") if key]
_numbers = itertools.count()
_lock = threading.Lock()

QUEUES = ["/q/new/", "/q/mine/", "/q/open/", "/q/waiting/", "/q/new/?order=newest"]
SEARCHES = [
    "返金",
    "請求書",
    "ログイン",
    "refund",
    "invoice",
    "status:open 返金",
    "解約 -status:resolved",
]
CONVERSATION = re.compile(r'href="/c/(\d+)/"')
SEEN_AT = re.compile(r'name="seen_at" value="([^"]+)"')
VERSION = re.compile(r'hx-vals=\'\{"version": "(\d+)"\}\'')
PRESENCE_SECONDS = 3  # conversation.html: hx-trigger="load, every 3s"
LIVE_SECONDS = 30  # base.html: the sidebar's live refresh
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class SupportAgent(HttpUser):
    wait_time = between(2, 8)

    def on_start(self) -> None:
        with _lock:
            number = next(_numbers)
        if HOSTS:
            self.client.base_url = HOSTS[number % len(HOSTS)]
        self.username = f"agent{number % AGENTS:03d}"
        self.seen: list[int] = []
        self.live_at = time.monotonic()
        if SESSIONS:  # signed in already (run.py): the first page gives the CSRF cookie
            self.client.cookies.set("sessionid", SESSIONS[number % len(SESSIONS)])
            self.queue()
            return
        page = self.client.get("/login/", name="login page")
        token = CSRF.search(page.text)
        self.client.post(
            "/login/",
            {
                "username": self.username,
                "password": PASSWORD,
                "csrfmiddlewaretoken": token.group(1) if token else "",
            },
            headers={"Referer": f"{self.client.base_url}/login/"},
            name="login",
        )

    def on_page(self) -> None:
        """The live refresh that every open page asks for every 30 s."""
        if time.monotonic() - self.live_at >= LIVE_SECONDS:
            self.live_at = time.monotonic()
            self.client.get("/live/", params={"kind": "", "key": ""}, name="live")

    def stay(self, pk: int, page: str, seconds: float, activity: str = "viewing") -> None:
        """Read (or write in) an open conversation: the page's presence heartbeat."""
        found = VERSION.search(page)
        version = found.group(1) if found else "0"
        until = time.monotonic() + seconds
        while True:
            self.client.post(
                f"/c/{pk}/presence/",
                {"version": version, "activity": activity},
                headers=self._csrf(),
                name="presence",
            )
            left = until - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(PRESENCE_SECONDS, left))  # gevent's: other agents go on

    def _csrf(self) -> dict[str, str]:
        token = self.client.cookies.get("csrftoken", "")
        return {"X-CSRFToken": token, "Referer": f"{self.client.base_url}/"}

    @task(5)
    def queue(self) -> None:
        self.on_page()
        response = self.client.get(random.choice(QUEUES), name="queue")
        found = [int(pk) for pk in CONVERSATION.findall(response.text)]
        if found:
            self.seen = found[:50]

    @task(4)
    def conversation(self) -> None:
        if self.seen:
            self.on_page()
            pk = random.choice(self.seen)
            page = self.client.get(f"/c/{pk}/", name="conversation")
            self.stay(pk, page.text, random.uniform(3, 9))

    @task(2)
    def search(self) -> None:
        self.on_page()
        self.client.get("/search/", params={"q": random.choice(SEARCHES)}, name="search")

    @task(1)
    def note(self) -> None:
        if not self.seen:
            return
        pk = random.choice(self.seen)
        self.client.post(
            f"/c/{pk}/note/",
            {"text": "確認しました。明日の午前中に折り返します。"},
            headers=self._csrf(),
            name="note",
        )

    @task(1)
    def reply(self) -> None:
        if not self.seen:
            return
        pk = random.choice(self.seen)
        page = self.client.get(f"/c/{pk}/", name="conversation")
        seen_at = SEEN_AT.search(page.text)
        if seen_at is None:  # a conversation of another team, or merged: nothing to answer
            return
        self.stay(pk, page.text, random.uniform(10, 30), activity="drafting")
        with self.client.post(
            f"/c/{pk}/reply/",
            {
                "body": "お問い合わせありがとうございます。\n"
                "ご依頼の件は本日17時までに処理いたします。完了しましたらご連絡いたします。\n",
                "seen_at": seen_at.group(1),
                "force": "on",
            },
            headers=self._csrf(),
            name="reply",
            catch_response=True,
        ) as response:
            if response.status_code == 409:
                # The app stopped a second answer: a colleague is drafting a reply to the same
                # conversation or has one waiting to leave (actions/sending.py's questions),
                # and asks before sending. That is the product working (session 23's 10-minute
                # run counted 32 of them as errors); a real agent reads the question and stops.
                response.request_meta["name"] = "reply stopped"
                response.success()
