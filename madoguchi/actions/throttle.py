"""A per-address limit for the pages anyone may open without signing in (the satisfaction
survey and its comment form, s5-notify).

The sign-in throttle (actions/accounts.py login_refused) counts only failed sign-ins, as
audit Events; here every request counts, and writing an audit Event for each page a
customer opens would bury the audit log, so the hits have their own small table with the
same property: the count is in the database, the same for every web process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings

from madoguchi.actions.base import now
from madoguchi.models import RateLimitHit

# Hits older than this are deleted now and then (longer than any window below).
KEEP = timedelta(days=1)


@dataclass(frozen=True)
class Limit:
    scope: str
    requests: int
    seconds: int


def survey_limits() -> tuple[Limit, ...]:
    """Any request to the survey pages, and requests with a token that is not one of ours
    (so guessing tokens gets a few tries per window, not thousands)."""
    return (
        Limit("survey", settings.SURVEY_REQUESTS, settings.SURVEY_WINDOW),
        Limit("survey_bad_token", settings.SURVEY_BAD_TOKENS, settings.SURVEY_WINDOW),
    )


def over_limit(address: str, limits: tuple[Limit, ...]) -> Limit | None:
    """The first limit this address has used up, or None."""
    at = now()
    for limit in limits:
        used = RateLimitHit.objects.filter(
            scope=limit.scope, address=address, at__gte=at - timedelta(seconds=limit.seconds)
        ).count()
        if used >= limit.requests:
            return limit
    return None


def record_hit(scope: str, address: str) -> None:
    hit = RateLimitHit.objects.create(scope=scope, address=address[:64], at=now())
    if hit.pk % 500 == 0:  # now and then, not on every request
        RateLimitHit.objects.filter(at__lt=now() - KEEP).delete()
