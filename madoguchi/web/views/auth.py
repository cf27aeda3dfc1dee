"""Signing in and out (throttled), and the agent's own preferences."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language_from_request, gettext_lazy, override
from django.utils.translation import gettext as _

from madoguchi.actions.accounts import (
    login_refused,
    record_login,
    record_login_failure,
    record_logout,
    update_preferences,
)
from madoguchi.actions.approval_policies import may_manage_policies
from madoguchi.actions.base import ActionError, now
from madoguchi.actions.digest import set_weekly_digest
from madoguchi.actions.notification_mail import set_notification_mail
from madoguchi.actions.people import may_manage_people
from madoguchi.actions.security import (
    has_two_factor,
    remember_session,
    user_for_pending_login,
    verify_code,
)
from madoguchi.middleware import client_address
from madoguchi.models import Agent
from madoguchi.web.forms import PreferencesForm
from madoguchi.web.views.notification_mail import NotificationMailForm


class ThrottledAuthenticationForm(AuthenticationForm):
    def clean(self) -> dict[str, Any]:
        username = self.data.get("username", "")
        address = client_address(self.request) if self.request else ""
        if login_refused(username, address):
            raise forms.ValidationError(
                _("Too many failed sign-ins. Wait a few minutes and try again."),
                code="throttled",
            )
        try:
            return super().clean()
        except forms.ValidationError:
            record_login_failure(username, address)
            raise


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )


PENDING_LOGIN = "madoguchi_pending_login"
PENDING_SECONDS = 300  # the code must follow the password within five minutes


def _finish_login(request: HttpRequest, user: Any) -> None:
    auth_login(request, user)
    address = client_address(request)
    record_login(user, address)
    remember_session(user, request.session, address, request.META.get("HTTP_USER_AGENT", ""))


class LoginView(auth_views.LoginView):
    template_name = "madoguchi/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        user = form.get_user()
        if has_two_factor(user):
            # The password was right; the session is signed in only once the code is too.
            self.request.session[PENDING_LOGIN] = {
                "user": user.pk,
                "backend": getattr(user, "backend", ""),
                "at": now().timestamp(),
                "next": self.get_success_url(),
            }
            return HttpResponseRedirect(reverse("login_code"), status=303)
        _finish_login(self.request, user)
        return HttpResponseRedirect(self.get_success_url())


def login_code(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: a code from the authenticator, or a recovery code."""
    pending = request.session.get(PENDING_LOGIN) or {}
    user = user_for_pending_login(pending.get("user"))
    if user is None or now().timestamp() - float(pending.get("at", 0)) > PENDING_SECONDS:
        request.session.pop(PENDING_LOGIN, None)
        messages.error(request, _("Sign in again."))
        return HttpResponseRedirect(reverse("login"), status=303)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        address = client_address(request)
        username = user.get_username()
        if login_refused(username, address):
            form.add_error(None, _("Too many failed sign-ins. Wait a few minutes and try again."))
        elif (device := verify_code(user, form.cleaned_data["code"])) is None:
            record_login_failure(username, address, reason="code")
            form.add_error("code", _("That code is not right."))
        else:
            del request.session[PENDING_LOGIN]
            user.backend = pending.get("backend") or settings.AUTHENTICATION_BACKENDS[0]
            user.otp_device = device  # django-otp marks the session verified on login
            _finish_login(request, user)
            target = pending.get("next") or ""
            if not url_has_allowed_host_and_scheme(
                target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                target = settings.LOGIN_REDIRECT_URL
            return HttpResponseRedirect(target)
    return render(request, "madoguchi/login_code.html", {"form": form})


def admin_login(request: HttpRequest) -> HttpResponse:
    """The Django admin's sign-in page: our one throttled form (with its second factor)
    instead of the admin's own, unthrottled one."""
    if request.user.is_authenticated:
        # Signed in but not staff: the admin would send them back here, and our form back
        # to the admin, for ever. A lead or admin looking for the team's settings finds
        # them in the app's own management pages (s5-notify); anyone else gets our 403.
        if may_manage_people(request.user):
            messages.info(
                request,
                _(
                    "The Django administration pages are a maintenance tool for the "
                    "superuser. Mailboxes, people, rules and labels are managed here, in "
                    "the app's own pages."
                ),
            )
            return HttpResponseRedirect(reverse("people"))
        raise PermissionDenied(_("Your account may not use the administration pages."))
    target = request.GET.get("next") or reverse("admin:index")
    return HttpResponseRedirect(f"{reverse('login')}?{urlencode({'next': target})}")


class LogoutView(auth_views.LogoutView):
    next_page = "login"

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            record_logout(request.user)
        return super().post(request, *args, **kwargs)


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert user.is_authenticated  # login_required
    agent = Agent.objects.filter(user=user).first()
    initial = {
        "display_name": agent.display_name if agent else "",
        "name_en": agent.name_en if agent else "",
        "language": agent.language if agent else "",
        "time_zone": agent.time_zone if agent else "",
        "signature": agent.signature if agent else "",
        "signature_en": agent.signature_en if agent else "",
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    kinds = NotificationMailForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and kinds.is_valid():
        try:
            with transaction.atomic():  # the page's one 保存 saves every section or none
                update_preferences(request.user, **form.cleaned_data)
                if may_manage_policies(user):
                    set_weekly_digest(user, enabled=bool(request.POST.get("enabled")))
                set_notification_mail(user, kinds.cleaned_data["kinds"])
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            # Said in the language just chosen, which the next page is in (walk 20 G14:
            # 「設定を保存しました。」 on the English page after switching).
            chosen = form.cleaned_data.get("language") or get_language_from_request(request)
            with override(chosen):
                messages.success(request, _("Preferences saved."))
            return HttpResponseRedirect(reverse("preferences"), status=303)
    return render(request, "madoguchi/preferences.html", {"form": form})
