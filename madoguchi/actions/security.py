"""Two-factor sign-in (TOTP with recovery codes, through django-otp), who must use it, and
the sessions a person is signed in with.

Every change here is an Event without a conversation, so the audit log shows it with the
actor, the time and the client address.
"""

from __future__ import annotations

import ipaddress
from base64 import b32encode
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.base import SessionBase
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import match_token
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, role_of
from madoguchi.models import Role, TwoFactorPolicy, UserSession

RECOVERY_CODES = 10
RECOVERY_DEVICE = "recovery"
AUTHENTICATOR_DEVICE = "authenticator"


def has_two_factor(user: Any) -> bool:
    """The person has a confirmed authenticator: signing in asks for a code."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def two_factor_required(user: Any) -> bool:
    """An admin made a second factor compulsory for this person's role."""
    role = role_of(user)
    return role is not None and TwoFactorPolicy.objects.filter(role=role, required=True).exists()


def verify_code(user: Any, code: str) -> Device | None:
    """The device that accepts the code (an authenticator code or an unused recovery code,
    which is then used up); None otherwise. django-otp throttles each device after failures."""
    code = "".join(code.split()).lower()
    if not code or len(code) > 32:
        return None
    return match_token(user, code)


def pending_authenticator(user: Any) -> TOTPDevice:
    """The authenticator being set up (not yet confirmed), created on first call."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_DEVICE, confirmed=False)
    return device


def authenticator_secret(device: TOTPDevice) -> str:
    """The key in base32, as authenticator apps ask for it when typed in by hand."""
    return b32encode(device.bin_key).decode("ascii").rstrip("=")


@transaction.atomic
def enable_two_factor(user: Any, code: str) -> list[str]:
    """Confirm the pending authenticator with a code from it; returns new recovery codes
    (shown once)."""
    device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
    if device is None:
        raise ActionError(_("Start the set-up again."))
    if not device.verify_token("".join(code.split())):
        raise ActionError(_("That code is not right; check the time on your phone."))
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    codes = _new_recovery_codes(user)
    record_event(None, user, "two_factor_enabled", None, {"username": user.get_username()})
    return codes


@transaction.atomic
def disable_two_factor(user: Any, code: str) -> None:
    """Remove the authenticator and the recovery codes; needs a current code, and is refused
    where the person's role requires a second factor."""
    if two_factor_required(user):
        raise NotAllowed(_("Two-factor sign-in is required for your role."))
    if verify_code(user, code) is None:
        raise ActionError(_("That code is not right."))
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    record_event(None, user, "two_factor_disabled", None, {"username": user.get_username()})


@transaction.atomic
def regenerate_recovery_codes(user: Any) -> list[str]:
    """Replace every recovery code (the old ones stop working)."""
    if not has_two_factor(user):
        raise ActionError(_("Set up an authenticator first."))
    codes = _new_recovery_codes(user)
    record_event(None, user, "recovery_codes_renewed", None, {"username": user.get_username()})
    return codes


def recovery_codes_left(user: Any) -> int:
    return StaticToken.objects.filter(device__user=user, device__name=RECOVERY_DEVICE).count()


def _new_recovery_codes(user: Any) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def two_factor_policy() -> dict[str, bool]:
    """Whether each role must use a second factor."""
    required = dict(TwoFactorPolicy.objects.values_list("role", "required"))
    return {role: bool(required.get(role, False)) for role in Role.values}


@transaction.atomic
def set_two_factor_policy(user: Any, required: dict[str, bool]) -> None:
    """An admin decides, per role, whether a second factor is compulsory."""
    if role_of(user) != Role.ADMIN:
        raise NotAllowed(_("Only admins may change who must use two-factor sign-in."))
    before = two_factor_policy()
    after = {role: bool(required.get(role, False)) for role in Role.values}
    if before == after:
        return
    for role, value in after.items():
        TwoFactorPolicy.objects.update_or_create(role=role, defaults={"required": value})
    record_event(None, user, "two_factor_policy_changed", before, after)


def remember_session(user: Any, session: SessionBase, address: str, user_agent: str) -> None:
    """Note a new signed-in session (called on every sign-in)."""
    if not session.session_key:
        session.save()
    try:
        address = str(ipaddress.ip_address(address.strip()))
    except ValueError:
        address = ""  # not an IP address (a Unix socket): stored as unknown
    UserSession.objects.update_or_create(
        session_key=session.session_key,
        defaults={
            "user": user,
            "created_at": now(),
            "address": address or None,
            "user_agent": user_agent[:300],
        },
    )


def active_sessions(user: Any) -> list[UserSession]:
    """The person's sessions that have not ended or expired, newest first."""
    alive = Session.objects.filter(expire_date__gt=now()).values("session_key")
    return list(
        UserSession.objects.filter(user=user, session_key__in=alive).order_by("-created_at")
    )


@transaction.atomic
def sign_out_everywhere(user: Any) -> int:
    """End every session of the person, this one included; returns how many ended."""
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    ended = Session.objects.filter(session_key__in=keys).delete()[0]
    UserSession.objects.filter(user=user).delete()
    record_event(None, user, "signed_out_everywhere", None, {"sessions": ended})
    return ended


@transaction.atomic
def sign_out_session(user: Any, session_id: int) -> None:
    """End one of the person's own sessions (a browser left signed in elsewhere)."""
    row = UserSession.objects.filter(user=user, pk=session_id).first()
    if row is None:
        raise NotAllowed(_("No such session."))
    Session.objects.filter(session_key=row.session_key).delete()
    row.delete()
    record_event(
        None, user, "signed_out_session", None, {"session": session_id, "address": row.address}
    )


def forget_ended_sessions() -> int:
    """Drop the index rows of sessions that have gone (signed out, expired)."""
    alive = Session.objects.filter(expire_date__gt=now()).values("session_key")
    return UserSession.objects.exclude(session_key__in=alive).delete()[0]


def user_for_pending_login(user_id: Any) -> Any | None:
    try:
        return get_user_model().objects.get(pk=int(user_id), is_active=True)
    except (TypeError, ValueError, get_user_model().DoesNotExist):
        return None
