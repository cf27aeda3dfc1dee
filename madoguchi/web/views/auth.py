"""Signing in and out (throttled), and the agent's own preferences."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions.accounts import (
    login_refused,
    record_login,
    record_login_failure,
    update_preferences,
)
from madoguchi.actions.base import ActionError
from madoguchi.models import Agent
from madoguchi.web.forms import PreferencesForm


def client_address(request: HttpRequest) -> str:
    # REMOTE_ADDR only: X-Forwarded-For is whatever the client wants it to be unless a
    # trusted proxy rewrites it, and a throttle keyed on it could be bypassed.
    return request.META.get("REMOTE_ADDR", "")


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


class LoginView(auth_views.LoginView):
    template_name = "madoguchi/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        record_login(form.get_user(), client_address(self.request))
        return response


class LogoutView(auth_views.LogoutView):
    next_page = "login"


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert user.is_authenticated  # login_required
    agent = Agent.objects.filter(user=user).first()
    initial = {
        "display_name": agent.display_name if agent else "",
        "language": agent.language if agent else "",
        "time_zone": agent.time_zone if agent else "",
        "signature": agent.signature if agent else "",
        "signature_en": agent.signature_en if agent else "",
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            update_preferences(request.user, **form.cleaned_data)
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Preferences saved."))
            return HttpResponseRedirect(reverse("preferences"), status=303)
    return render(request, "madoguchi/preferences.html", {"form": form})
