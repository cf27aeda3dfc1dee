"""Signing in (with throttling of failed attempts) and an agent's own preferences."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings

from madoguchi.actions.base import ActionError, now, record_event
from madoguchi.models import Agent, Event


def login_refused(username: str, address: str) -> bool:
    """Too many failed sign-ins for this user name, or from this address, recently.

    Failures before the user name's last successful sign-in no longer count.
    """
    since = now() - timedelta(seconds=settings.LOGIN_WINDOW)
    username = _key(username)
    failures = Event.objects.filter(
        conversation__isnull=True, verb="login_failed", created_at__gte=since
    )
    limit = settings.LOGIN_FAILURES
    by_name = 0
    if username:
        last_login = (
            Event.objects.filter(conversation__isnull=True, verb="login", after__username=username)
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        named = failures.filter(after__username=username)
        if last_login is not None:
            named = named.filter(created_at__gt=last_login)
        by_name = named.count()
    by_address = failures.filter(after__address=address).count() if address else 0
    # Many names from one address is guessing; allow more there so an office behind one
    # NAT address is not locked out by a single colleague's typos.
    return by_name >= limit or by_address >= limit * 4


def _key(username: str) -> str:
    return username.strip().lower()[:150]


def record_login_failure(username: str, address: str) -> None:
    record_event(None, None, "login_failed", None, {"username": _key(username), "address": address})


def record_login(user: Any, address: str) -> None:
    record_event(
        None, user, "login", None, {"username": _key(user.get_username()), "address": address}
    )


def update_preferences(
    user: Any,
    *,
    language: str,
    time_zone: str,
    signature: str,
    display_name: str,
    signature_en: str = "",
) -> Agent:
    import zoneinfo

    if language and language not in dict(settings.LANGUAGES):
        raise ActionError(f"unknown language {language!r}")
    if time_zone:
        try:
            zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ActionError(f"unknown time zone {time_zone!r}") from None
    agent, _ = Agent.objects.get_or_create(user=user)
    agent.language = language
    agent.time_zone = time_zone
    agent.signature = signature
    agent.signature_en = signature_en  # the agent's own, over the mailbox's (mail/body.py)
    agent.display_name = display_name
    agent.save(update_fields=["language", "time_zone", "signature", "signature_en", "display_name"])
    return agent
