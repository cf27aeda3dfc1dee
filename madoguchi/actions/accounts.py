"""Signing in (with throttling of failed attempts) and an agent's own preferences."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

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
    # Django logs `ｖｉｃｔｉｍ` and `𝐯𝐢𝐜𝐭𝐢𝐦` in as `victim` (its user names are NFKC-normalised
    # before the look-up), so the throttle counts every spelling that folds to the same name.
    return name_key(username)[:150]


def name_key(name: str) -> str:
    """A name as people and Django's look-up see it: NFKC, case-folded, trimmed."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def record_login_failure(username: str, address: str, reason: str = "password") -> None:
    """reason: "password", or "code" (a wrong second-factor code after the right password)."""
    record_event(
        None,
        None,
        "login_failed",
        None,
        {"username": _key(username), "address": address, "reason": reason},
    )


def record_login(user: Any, address: str) -> None:
    record_event(
        None, user, "login", None, {"username": _key(user.get_username()), "address": address}
    )


def name_taken(user: Any, name: str) -> bool:
    """`name` reads as another person's display name, full name or login (after NFKC and
    case folding, with spaces ignored), so colleagues and customers could be misled."""
    wanted = _compact(name)
    others = get_user_model().objects.exclude(pk=user.pk).select_related("agent")
    for other in others.only(
        "username", "first_name", "last_name", "agent__display_name"
    ).iterator():
        agent = getattr(other, "agent", None)
        names = (other.get_username(), other.get_full_name(), agent.display_name if agent else "")
        if any(candidate and _compact(candidate) == wanted for candidate in names):
            return True
    return False


def _compact(name: str) -> str:
    return "".join(name_key(name).split())


def record_logout(user: Any) -> None:
    record_event(None, user, "logout", None, {"username": _key(user.get_username())})


def update_preferences(
    user: Any,
    *,
    language: str,
    time_zone: str,
    signature: str,
    display_name: str,
    signature_en: str = "",
    name_en: str = "",
) -> Agent:
    import zoneinfo

    if language and language not in dict(settings.LANGUAGES):
        raise ActionError(_("unknown language %(value)r") % {"value": language})
    if time_zone:
        try:
            zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise ActionError(_("unknown time zone %(value)r") % {"value": time_zone}) from None
    display_name = display_name.strip()
    if display_name and name_taken(user, display_name):
        raise ActionError(
            _("“%(name)s” is a colleague's name or login; choose another.") % {"name": display_name}
        )
    agent, _created = Agent.objects.get_or_create(user=user)
    fields = ["language", "time_zone", "signature", "signature_en", "display_name", "name_en"]
    before = {field: getattr(agent, field) for field in fields}
    agent.language = language
    agent.time_zone = time_zone
    agent.signature = signature
    agent.signature_en = signature_en  # the agent's own, over the mailbox's (mail/body.py)
    agent.display_name = display_name
    agent.name_en = name_en.strip()
    agent.save(update_fields=fields)
    after = {field: getattr(agent, field) for field in fields}
    changed = [field for field in fields if before[field] != after[field]]
    if changed:
        record_event(
            None,
            user,
            "preferences_changed",
            {field: before[field] for field in changed},
            {field: after[field] for field in changed},
        )
    return agent
