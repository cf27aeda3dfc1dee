"""The audit log: sign-ins and failures, two-factor changes, settings, exports, merges and
deletions, with actor, time and address; filters; keyset pages; a formula-safe CSV
(issue 16, finding 6)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from madoguchi.actions.base import record_event
from madoguchi.actions.conversations import merge
from madoguchi.models import Event
from tests.web.conftest import PASSWORD, World, make_conversation


def _csv(client: Client, query: str = "") -> list[list[str]]:
    response = client.get(f"/audit/export.csv{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_it_lists_sign_ins_failures_and_merges_with_the_address(world: World) -> None:
    Client(REMOTE_ADDR="203.0.113.9").post("/login/", {"username": "alice", "password": "x"})
    Client(REMOTE_ADDR="203.0.113.10").post("/login/", {"username": "alice", "password": PASSWORD})
    first, second = make_conversation(world.support), make_conversation(world.support, "別件")
    merge(world.alice, second, first)
    page = world.client(world.admin).get("/audit/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "203.0.113.9" in page and "203.0.113.10" in page
    assert "Sign-in failed" in page and "Signed in" in page and "Merged" in page


def test_it_is_in_japanese_too(world: World) -> None:
    Client().post("/login/", {"username": "alice", "password": "x"})
    page = world.client(world.admin).get("/audit/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "監査ログ" in page and "ログイン失敗" in page


def test_agents_may_not_read_it(world: World) -> None:
    assert world.client(world.alice).get("/audit/").status_code == 404
    assert world.client(world.alice).get("/audit/export.csv").status_code == 404


def test_a_lead_sees_their_team_only(world: World) -> None:
    record_event(None, world.alice, "two_factor_enabled", None, {"username": "alice"})
    record_event(None, world.charlie, "two_factor_enabled", None, {"username": "charlie"})
    rows = _csv(world.client(world.lead))
    actors = {row[2] for row in rows[1:]}
    assert "alice" in actors and "charlie" not in actors
    everything = {row[2] for row in _csv(world.client(world.admin))[1:]}
    assert {"alice", "charlie"} <= everything


def test_filters_by_actor_kind_and_dates(world: World) -> None:
    old = timezone.now() - timedelta(days=40)
    record_event(None, world.alice, "two_factor_enabled", None, {}, at=old)
    record_event(None, world.alice, "preferences_changed", None, {})
    record_event(None, world.bob, "two_factor_disabled", None, {})
    admin = world.client(world.admin)
    verbs = {row[1] for row in _csv(admin, "?actor=alice")[1:]}
    assert verbs == {"two_factor_enabled", "preferences_changed"}
    verbs = {row[1] for row in _csv(admin, "?kind=two_factor")[1:]}
    assert verbs == {"two_factor_enabled", "two_factor_disabled"}
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    verbs = {row[1] for row in _csv(admin, f"?actor=alice&since={since}")[1:]}
    assert verbs == {"preferences_changed"}
    until = (timezone.now() - timedelta(days=30)).date().isoformat()
    verbs = {row[1] for row in _csv(admin, f"?until={until}")[1:]}
    assert verbs == {"two_factor_enabled"}
    # A date typed wrong is shown and ignored; the other filters still hold.
    assert admin.get("/audit/?since=yesterday").status_code == 200
    verbs = {row[1] for row in _csv(admin, "?actor=bob&since=yesterday")[1:]}
    assert verbs == {"two_factor_disabled"}


def test_pages_continue_where_the_last_stopped(world: World) -> None:
    at = timezone.now()
    Event.objects.bulk_create(
        Event(verb="login", actor=world.bob, after={}, created_at=at - timedelta(seconds=n % 7))
        for n in range(130)
    )
    client = world.client(world.admin)
    seen: list[int] = []
    url = "/audit/?kind=sign_in"
    for _ in range(5):
        response = client.get(url)
        seen += [row.pk for row in response.context["rows"]]
        if not response.context["older"]:
            break
        url = "/audit/?kind=sign_in&" + response.context["older"]
    assert len(seen) == 130 and len(set(seen)) == 130


@pytest.mark.parametrize("hostile", ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_the_csv_never_starts_a_cell_with_a_formula(world: World, hostile: str) -> None:
    record_event(None, None, "login_failed", None, {"username": hostile, "address": ""})
    rows = _csv(world.client(world.admin))
    cells = [cell for row in rows for cell in row]
    assert any(cell.startswith("'") and hostile.strip() in cell for cell in cells)
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_an_export_is_itself_in_the_log(world: World, settings: Any) -> None:
    client = world.client(world.admin)
    _csv(client)
    assert Event.objects.filter(verb="exported", actor=world.admin).exists()
    client.get("/trends/export.csv")
    assert Event.objects.filter(verb="exported", after__what="trends").exists()


def test_preferences_and_sign_out_are_logged(world: World) -> None:
    client = Client()
    client.post("/login/", {"username": "bob", "password": PASSWORD})
    client.post("/preferences/", {"display_name": "ボブ", "language": "", "time_zone": ""})
    client.post("/logout/")
    verbs = list(Event.objects.filter(actor=world.bob).values_list("verb", flat=True))
    assert {"login", "preferences_changed", "logout"} <= set(verbs)


def test_an_address_that_is_no_ip_is_stored_as_unknown(world: World) -> None:
    client = Client(REMOTE_ADDR="unix:/run/madoguchi.sock")
    client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert client.get("/q/new/").status_code == 200
    assert Event.objects.get(verb="login").address is None
