"""No 500 on odd input (session 8 audit, item 2).

Every page an agent or a lead can GET, found by walking the URL resolver, is requested with
odd query strings: 100 KB values, NUL bytes, percent-escapes that are not UTF-8, negative,
huge and fractional page numbers and cursors, unknown sort keys, the years 1 and 99999,
full-width digits, repeated parameters. Each answer must be 200/3xx/400/403/404/405, never
a 500; a 400 says what is wrong in the reader's language (Japanese here).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation

# Every name a view of madoguchi reads from a query string (grep request.GET and the GET
# forms: the search, the reports, the audit log, the queues, the pickers).
NAMES = (
    "q after before page cursor order sort mailbox team status kind key format days images "
    "template template_q text body next since until start end agent actor label priority "
    "group target period from to date"
).split()
LONG = "あ" * 34_000  # about 100 KB once percent-encoded as UTF-8

ODD_VALUES = [
    "%00",
    "a%00b",
    "%ff%fe%fd",
    "%e3%81",  # a UTF-8 sequence cut in the middle
    "-1",
    "-99999999999999999999999",
    "99999999999999999999999999999",
    "1.5",
    "NaN",
    "1e309",
    "0001-01-01",
    "99999-01-01",
    "0000-00-00",
    "2026-02-30",
    "%EF%BC%91%EF%BC%92%EF%BC%93",  # １２３ in full-width digits
    "no-such-key",
    "%3Cscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
]

# Dates alone as well: with every name set, a form refused for another field (days=…)
# never reached its dates (the audit log's since=0001-01-01 was a 500 only alone or so).
DATE_NAMES = ["since", "until", "start", "end", "date", "before", "after", "from", "to"]
DATE_VALUES = ["0001-01-01", "9999-12-31", "99999-01-01", "1900-01-01"]

ALLOWED = {200, 301, 302, 303, 400, 403, 404, 405}


def _get_patterns(
    resolver: URLResolver | None = None, prefix: str = ""
) -> list[tuple[str, URLPattern]]:
    found: list[tuple[str, URLPattern]] = []
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route.startswith("admin/"):
                continue  # Django's admin: superusers only (madoguchi/admin.py)
            found.extend(_get_patterns(entry, route))
        else:
            found.append((route, entry))
    return found


def _kwargs_for(name: str, conversation: Conversation, world: World) -> dict[str, Any] | None:
    """Team A's own objects for the patterns that name one; None: a pattern left out."""
    message = conversation.messages.get()
    by_param = {
        "conversation_id": conversation.pk,
        "message_id": message.pk,
        "label_id": world.label.pk,
        "mailbox_id": world.support.pk,
        "customer_id": conversation.customer_id,
        "organization_id": conversation.customer.organization_id,  # type: ignore[union-attr]
        "person_id": world.alice.pk,
        "kind": "mine",
        "fmt": "csv",
    }
    pattern = next(p for _, p in _get_patterns() if p.name == name)
    params = re.findall(r"<(?:\w+:)?(\w+)>", str(pattern.pattern))
    if any(param not in by_param for param in params):
        return None  # the object is made by a POST (outbox items, drafts…): walked in item 1
    return {param: by_param[param] for param in params}


# GET URLs whose work is not a page: signing out, and the JSON health check.
SKIPPED = {"logout", "healthz", "login", "login_code", "welcome"}


def _urls(world: World) -> list[str]:
    conversation = make_conversation(world.support)
    urls = []
    for _, pattern in _get_patterns():
        if not pattern.name or pattern.name in SKIPPED:
            continue
        kwargs = _kwargs_for(pattern.name, conversation, world)
        if kwargs is None:
            continue
        urls.append(reverse(pattern.name, kwargs=kwargs))
    return urls


def _query(value: str) -> str:
    return "&".join(f"{name}={value}" for name in NAMES)


def _check(client: Client, url: str, query: str, failures: list[str]) -> None:
    response = client.get(f"{url}?{query}", HTTP_ACCEPT_LANGUAGE="ja")
    if response.status_code not in ALLOWED:
        failures.append(f"{url}?{query[:80]} → {response.status_code}")
    elif response.status_code == 400:
        body = response.content.decode(errors="replace")
        if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", body):
            failures.append(f"{url}?{query[:80]} → 400 without a Japanese word")


# An agent's pages run the same parsing as the lead's with fewer rights: a few values of each
# kind (bytes, numbers, dates, keys) walk them; the lead's walk takes every value (session 47:
# both walks took every value, five minutes of the suite on each database).
AGENT_VALUES = ["a%00b", "%e3%81", "-99999999999999999999999", "1e309", "2026-02-30", "no-such-key"]


@pytest.mark.parametrize("who", ["alice", "lead"])
def test_it_never_answers_500_to_an_odd_query_string(world: World, who: str) -> None:
    client = Client(raise_request_exception=False)
    client.force_login(getattr(world, who))
    failures: list[str] = []
    for url in _urls(world):
        for value in ODD_VALUES if who == "lead" else AGENT_VALUES:
            _check(client, url, _query(value), failures)
        _check(client, url, "&".join(f"{name}={LONG}" for name in NAMES[:12]), failures)
        for value in DATE_VALUES:
            _check(client, url, "&".join(f"{name}={value}" for name in DATE_NAMES), failures)
        repeated = "&".join(f"{name}=1&{name}=-1&{name}=" for name in NAMES)
        _check(client, url, repeated, failures)
    assert not failures, "\n".join(failures)
