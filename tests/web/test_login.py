"""Signing in: throttled after repeated failures; strict headers on every page."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.web.conftest import PASSWORD, World


def test_it_signs_in(world: World) -> None:
    response = Client().post("/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302


def test_it_refuses_after_too_many_failures(world: World, settings: Any) -> None:
    settings.LOGIN_FAILURES = 3
    client = Client()
    for _ in range(3):
        client.post("/login/", {"username": "alice", "password": "wrong"})
    response = client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 200  # the form again, not a redirect
    assert "_auth_user_id" not in client.session


def test_forms_need_a_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    assert client.post("/q/bulk/", {}).status_code == 403


def test_pages_carry_a_strict_content_security_policy(world: World) -> None:
    response = world.client(world.alice).get("/q/new/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "object-src 'none'" in policy and "base-uri 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def _fail(client: Client, username: str, times: int) -> None:
    for _ in range(times):
        client.post("/login/", {"username": username, "password": "wrong"})


@pytest.mark.parametrize("spelling", ["ｖｉｃｔｉｍ", "𝐯𝐢𝐜𝐭𝐢𝐦", "VICTIM", " victim "])
def test_other_spellings_of_a_locked_name_are_locked_too(
    world: World, settings: Any, spelling: str
) -> None:
    settings.LOGIN_FAILURES = 3
    User.objects.create_user("victim", "victim@staff.example", PASSWORD)
    _fail(Client(REMOTE_ADDR="192.0.2.1"), "victim", 3)
    client = Client(REMOTE_ADDR="192.0.2.2")  # another address: only the name throttle holds
    response = client.post("/login/", {"username": spelling, "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_failures_under_other_spellings_count_against_the_name(world: World, settings: Any) -> None:
    settings.LOGIN_FAILURES = 3
    for number, spelling in enumerate(["ｖｉｃｔｉｍ", "𝐯𝐢𝐜𝐭𝐢𝐦", "Victim"]):
        Client(REMOTE_ADDR=f"192.0.2.{number + 10}").post(
            "/login/", {"username": spelling, "password": "wrong"}
        )
    User.objects.create_user("victim", "victim@staff.example", PASSWORD)
    client = Client(REMOTE_ADDR="192.0.2.99")
    client.post("/login/", {"username": "victim", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_one_address_is_throttled_across_names(world: World, settings: Any) -> None:
    settings.LOGIN_FAILURES = 2
    client = Client(REMOTE_ADDR="198.51.100.7")
    for number in range(8):
        client.post("/login/", {"username": f"guess{number}", "password": "wrong"})
    client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_the_admin_signs_in_through_the_one_throttled_form(world: World, settings: Any) -> None:
    settings.LOGIN_FAILURES = 3
    world.admin.is_staff = world.admin.is_superuser = True
    world.admin.save()
    client = Client()
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert unquote(response["Location"]) == "/login/?next=/admin/"
    # The admin's own form checks no password at all now: a post only sends to ours.
    response = client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 302 and "_auth_user_id" not in client.session
    _fail(client, "admin", 3)
    client.post("/login/?next=/admin/", {"username": "admin", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_the_admin_page_sends_a_signed_in_non_staff_user_nowhere_in_a_loop(world: World) -> None:
    client = world.client(world.alice)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 403
