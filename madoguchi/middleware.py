"""Response headers every page carries, and the signed-in agent's language and time zone."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

# No inline script or style anywhere: htmx is configured through a <meta> tag, label colours
# are applied by our own script through the CSSOM (which style-src does not restrict).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'self'"
)


class SecurityHeadersMiddleware:
    """A strict CSP on every response that has not set its own (mail frames, downloads)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response


class AgentPreferencesMiddleware:
    """The agent's own language and time zone win over the browser's (after authentication)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        agent = None
        if request.user.is_authenticated:
            agent = getattr(request.user, "agent", None)
        zone = settings.TIME_ZONE
        if agent is not None:
            if agent.language and agent.language in dict(settings.LANGUAGES):
                translation.activate(agent.language)
                request.LANGUAGE_CODE = agent.language
            zone = agent.time_zone or zone
        try:
            timezone.activate(zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        response = self.get_response(request)
        if agent is not None and agent.language:
            response.headers.setdefault("Content-Language", agent.language)
        return response
