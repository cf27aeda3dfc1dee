"""Locust scenario for bench/load/run.py: support agents working the shared inbox.

Each simulated agent signs in once, then loops with a think time of 2–8 s over what an
agent does all day, in rough proportion: read a queue, open a conversation, search,
write an internal note, reply. Requests are named by page ("queue", "conversation", …) so
the report has one row per action. Hosts: LOAD_HOSTS (comma-separated base URLs, one per
web process; each simulated agent sticks to one, as a browser does behind a balancer
with sticky sessions). Accounts: agent000 … agentNNN with LOAD_PASSWORD.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import threading

from locust import HttpUser, between, task

HOSTS = [h for h in os.environ.get("LOAD_HOSTS", "").split(",") if h]
PASSWORD = os.environ.get("LOAD_PASSWORD", "load-test-password")
AGENTS = int(os.environ.get("LOAD_AGENTS", "100"))
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
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class SupportAgent(HttpUser):
    wait_time = between(2, 8)

    def on_start(self) -> None:
        with _lock:
            number = next(_numbers)
        if HOSTS:
            self.client.base_url = HOSTS[number % len(HOSTS)]
        self.username = f"agent{number % AGENTS:03d}"
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
        self.seen: list[int] = []

    def _csrf(self) -> dict[str, str]:
        token = self.client.cookies.get("csrftoken", "")
        return {"X-CSRFToken": token, "Referer": f"{self.client.base_url}/"}

    @task(5)
    def queue(self) -> None:
        response = self.client.get(random.choice(QUEUES), name="queue")
        found = [int(pk) for pk in CONVERSATION.findall(response.text)]
        if found:
            self.seen = found[:50]

    @task(4)
    def conversation(self) -> None:
        if self.seen:
            self.client.get(f"/c/{random.choice(self.seen)}/", name="conversation")

    @task(2)
    def search(self) -> None:
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
        self.client.post(
            f"/c/{pk}/reply/",
            {
                "body": "お問い合わせありがとうございます。\n"
                "ご依頼の件は本日17時までに処理いたします。完了しましたらご連絡いたします。\n",
                "seen_at": seen_at.group(1),
                "force": "on",
            },
            headers=self._csrf(),
            name="reply",
        )
