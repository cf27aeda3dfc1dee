"""Signing in: throttled after repeated failures; strict headers on every page."""

from __future__ import annotations

from typing import Any

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
