"""Two-factor sign-in: a code after the password, recovery codes, a per-role requirement
set by an admin, and sessions that can all be ended at once (issue 16, finding 4)."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from madoguchi.actions.security import enable_two_factor, pending_authenticator
from madoguchi.models import Event, TwoFactorPolicy, UserSession
from tests.web.conftest import PASSWORD, World


def _code(user: User, steps_ahead: int = 0) -> str:
    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def _with_two_factor(user: User) -> list[str]:
    pending_authenticator(user)
    return enable_two_factor(user, _code(user))


def _password(client: Client, user: User) -> Any:
    return client.post("/login/", {"username": user.get_username(), "password": PASSWORD})


def test_it_asks_for_a_code_after_the_password(world: World, settings: Any) -> None:
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # django-otp's own back-off would wait a second
    _with_two_factor(world.alice)
    client = Client()
    response = _password(client, world.alice)
    assert response["Location"] == "/login/code/"
    assert "_auth_user_id" not in client.session  # not signed in on the password alone
    assert client.get("/q/new/").status_code == 302
    response = client.post("/login/code/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    assert Event.objects.filter(verb="login_failed", after__reason="code").count() == 1
    response = client.post("/login/code/", {"code": _code(world.alice, steps_ahead=1)})
    assert response.status_code == 302
    assert client.get("/q/new/").status_code == 200
    assert Event.objects.filter(verb="login", actor=world.alice).exists()


def test_a_recovery_code_signs_in_once(world: World) -> None:
    codes = _with_two_factor(world.alice)
    assert len(codes) == 10 and len(set(codes)) == 10
    first = Client()
    _password(first, world.alice)
    first.post("/login/code/", {"code": codes[0]})
    assert first.get("/q/new/").status_code == 200
    second = Client()
    _password(second, world.alice)
    second.post("/login/code/", {"code": codes[0]})
    assert "_auth_user_id" not in second.session


def test_code_guessing_is_throttled_with_the_password(world: World, settings: Any) -> None:
    settings.LOGIN_FAILURES = 3
    _with_two_factor(world.alice)
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # ours alone, not django-otp's back-off
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    _password(client, world.alice)
    for guess in ("111111", "222222", "333333"):
        client.post("/login/code/", {"code": guess})
    response = client.post("/login/code/", {"code": _code(world.alice, steps_ahead=1)})
    assert "_auth_user_id" not in client.session
    assert "Too many failed sign-ins" in response.content.decode()


def test_setting_it_up_on_the_security_page(world: World) -> None:
    client = world.client(world.bob)
    page = client.get("/account/security/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    secret = re.search(r'<code class="totp-secret">([A-Z2-7]+)</code>', page)
    assert secret is not None and "otpauth://totp/" in page
    response = client.post("/account/security/", {"step": "enable", "code": "123456x"})
    assert not TOTPDevice.objects.filter(user=world.bob, confirmed=True).exists()
    response = client.post("/account/security/", {"step": "enable", "code": _code(world.bob)})
    shown = re.search(r'<pre class="recovery-codes">([^<]+)</pre>', response.content.decode())
    assert shown is not None and len(shown.group(1).split()) == 10
    assert TOTPDevice.objects.filter(user=world.bob, confirmed=True).count() == 1
    assert client.get("/q/new/").status_code == 200  # this session proved the code
    assert Event.objects.filter(verb="two_factor_enabled", actor=world.bob).exists()


def test_a_session_signed_in_without_the_code_is_ended(world: World) -> None:
    _with_two_factor(world.alice)
    client = world.client(world.alice)  # signed in by other means than the two steps
    response = client.get("/q/new/")
    assert response.status_code == 302 and response["Location"] == "/login/"
    assert "_auth_user_id" not in client.session


def test_an_admin_requires_it_for_a_role(world: World) -> None:
    admin = world.client(world.admin)
    admin.post("/account/security/", {"step": "policy", "agent": "on", "lead": "", "admin": ""})
    assert TwoFactorPolicy.objects.get(role="agent").required
    assert Event.objects.filter(verb="two_factor_policy_changed", actor=world.admin).exists()
    agent = world.client(world.alice)
    response = agent.get("/q/new/")
    assert response.status_code == 302 and response["Location"] == "/account/security/"
    assert agent.get("/account/security/").status_code == 200
    assert world.client(world.lead).get("/q/new/").status_code == 200  # leads: not required
    _with_two_factor(world.alice)
    refused = agent.post("/account/security/", {"step": "disable", "code": _code(world.alice, 1)})
    assert refused.status_code in (200, 302)
    assert TOTPDevice.objects.filter(user=world.alice, confirmed=True).exists()


def test_only_an_admin_sets_the_requirement(world: World) -> None:
    world.client(world.lead).post("/account/security/", {"step": "policy", "agent": "on"})
    assert not TwoFactorPolicy.objects.filter(required=True).exists()


def test_sign_out_everywhere_ends_every_session(world: World) -> None:
    office, home = Client(HTTP_USER_AGENT="Office browser"), Client(HTTP_USER_AGENT="Home")
    _password(office, world.alice)
    _password(home, world.alice)
    page = office.get("/account/security/").content.decode()
    assert "Office browser" in page and "Home" in page
    office.post("/account/security/", {"step": "sign_out_everywhere"})
    assert home.get("/q/new/").status_code == 302
    assert office.get("/q/new/").status_code == 302
    assert Event.objects.filter(verb="signed_out_everywhere", actor=world.alice).exists()


def test_one_other_session_can_be_signed_out(world: World) -> None:
    office, home = Client(HTTP_USER_AGENT="Office browser"), Client(HTTP_USER_AGENT="Home")
    _password(office, world.alice)
    _password(home, world.alice)
    home_session = UserSession.objects.get(user_agent="Home")
    world.client(world.bob).post(
        "/account/security/", {"step": "sign_out_session", "session": home_session.pk}
    )
    assert home.get("/q/new/").status_code == 200  # bob cannot end alice's session
    office.post("/account/security/", {"step": "sign_out_session", "session": home_session.pk})
    assert home.get("/q/new/").status_code == 302
    assert office.get("/q/new/").status_code == 200
