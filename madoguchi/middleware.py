"""Response headers every page carries, and the signed-in agent's language and time zone."""

from __future__ import annotations

import time
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation

from madoguchi.actions.base import client_address_of_request, mailbox_ids_kept_for_request
from madoguchi.actions.security import has_two_factor, two_factor_required

if TYPE_CHECKING:
    from madoguchi.models import Agent

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
            else:
                _remember_browser_language(agent, request)
            zone = agent.time_zone or zone
        try:
            timezone.activate(zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.deactivate()
        response = self.get_response(request)
        if agent is not None and agent.language:
            response.headers.setdefault("Content-Language", agent.language)
        return response


def _remember_browser_language(agent: Agent, request: HttpRequest) -> None:
    """Keep the language this agent's browser asks for (LocaleMiddleware chose it), written
    only when it changes: a notification mail has no browser to ask."""
    language = translation.get_supported_language_variant(
        getattr(request, "LANGUAGE_CODE", "") or settings.LANGUAGE_CODE
    )
    if agent.browser_language != language:
        type(agent).objects.filter(pk=agent.pk).update(browser_language=language)
        agent.browser_language = language


def client_address(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is whatever the client wants it to be unless a
    # trusted proxy rewrites it, and a throttle keyed on it could be bypassed.
    return request.META.get("REMOTE_ADDR", "")


class ClientAddressMiddleware:
    """Every Event recorded while serving a request names the client's address."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with client_address_of_request(client_address(request)):
            return self.get_response(request)


class RequestMemoMiddleware:
    """visible_mailbox_ids() reads each user's mailboxes once per request (a conversation
    page asked six times), kept for this request alone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with mailbox_ids_kept_for_request():
            return self.get_response(request)


class TwoFactorMiddleware:
    """A session of someone with an authenticator must have been verified with a code; a
    person whose role requires a second factor sets one up before anything else."""

    # What a person who must still set up a second factor can reach.
    SET_UP_PATHS = ("/account/security/", "/logout/", "/static/", "/login/")
    # How long a session trusts what it last looked up (no device, not required), so pages
    # cost no extra queries; an authenticator added in another browser, or a new rule for
    # the role, reaches this session within this time.
    STATE_SECONDS = 60
    STATE_KEY = "madoguchi_two_factor_state"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        # is_verified: set on the user by django-otp's middleware, just before this one.
        if user.is_authenticated and not getattr(user, "is_verified", lambda: False)():
            has_device, required = self._state(request)
            if has_device:
                # Signed in without a code (a session from before the authenticator was
                # set up in another browser): sign in again, with the code.
                logout(request)
                return HttpResponseRedirect(reverse("login"))
            if required and not request.path.startswith(self.SET_UP_PATHS):
                return HttpResponseRedirect(reverse("security"))
        return self.get_response(request)

    def _state(self, request: HttpRequest) -> tuple[bool, bool]:
        stored = request.session.get(self.STATE_KEY)
        at = time.time()
        if request.path.startswith("/account/security/") or not (
            isinstance(stored, list) and len(stored) == 3 and at - stored[0] < self.STATE_SECONDS
        ):
            stored = [at, has_two_factor(request.user), two_factor_required(request.user)]
            request.session[self.STATE_KEY] = stored
        return bool(stored[1]), bool(stored[2])


class NulCharacter(SuspiciousOperation):
    """A request carrying a NUL character (%00) in its query string or form fields."""


class RefuseNulMiddleware:
    """A NUL character in a parameter is answered 400 (Django's bad-request page, in the
    reader's language) before any view sees it: PostgreSQL refuses NUL in a text value, so
    a view passing it to a query answered 500 there (SQLite accepted it) — found by the s8
    odd-query walk on PostgreSQL. No field of madoguchi takes a NUL."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "%00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            raise NulCharacter("NUL character in the query string")
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            if any("\x00" in value for _key, values in request.POST.lists() for value in values):
                raise NulCharacter("NUL character in a form field")
        return self.get_response(request)
