"""A person's own sign-in security: the authenticator, recovery codes, where they are
signed in; and, for admins, which roles must use a second factor."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from madoguchi.actions.base import ActionError, NotAllowed, role_of
from madoguchi.actions.security import (
    active_sessions,
    authenticator_secret,
    disable_two_factor,
    enable_two_factor,
    has_two_factor,
    pending_authenticator,
    recovery_codes_left,
    regenerate_recovery_codes,
    set_two_factor_policy,
    sign_out_everywhere,
    sign_out_session,
    two_factor_policy,
    two_factor_required,
)
from madoguchi.models import Role


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class PolicyForm(forms.Form):
    admin = forms.BooleanField(label=Role.ADMIN.label, required=False)
    lead = forms.BooleanField(label=Role.LEAD.label, required=False)
    agent = forms.BooleanField(label=Role.AGENT.label, required=False)


@login_required
def security(request: HttpRequest) -> HttpResponse:
    user = request.user
    code_form = CodeForm()
    recovery_codes: list[str] = []
    step = request.POST.get("step", "")
    try:
        if request.method == "POST" and step == "enable":
            code_form = CodeForm(request.POST)
            if code_form.is_valid():
                recovery_codes = enable_two_factor(user, code_form.cleaned_data["code"])
                # This session has just proved the code; the others must sign in again.
                otp_login(request, TOTPDevice.objects.get(user=user, confirmed=True))
                messages.success(request, _("Two-factor sign-in is on."))
        elif request.method == "POST" and step == "disable":
            code_form = CodeForm(request.POST)
            if code_form.is_valid():
                disable_two_factor(user, code_form.cleaned_data["code"])
                messages.success(request, _("Two-factor sign-in is off."))
                return HttpResponseRedirect(reverse("security"), status=303)
        elif request.method == "POST" and step == "recovery":
            recovery_codes = regenerate_recovery_codes(user)
        elif request.method == "POST" and step == "policy":
            policy = PolicyForm(request.POST)
            if policy.is_valid():
                set_two_factor_policy(user, policy.cleaned_data)
                messages.success(request, _("Saved."))
                return HttpResponseRedirect(reverse("security"), status=303)
        elif request.method == "POST" and step == "sign_out_session":
            try:
                sign_out_session(user, int(request.POST.get("session", "")))
            except ValueError:
                raise NotAllowed(_("No such session.")) from None
            messages.success(request, _("That session is signed out."))
            return HttpResponseRedirect(reverse("security"), status=303)
        elif request.method == "POST" and step == "sign_out_everywhere":
            sign_out_everywhere(user)
            logout(request)
            return HttpResponseRedirect(reverse("login"), status=303)
    except NotAllowed as error:
        messages.error(request, _("Not allowed: %(reason)s") % {"reason": error})
    except ActionError as error:
        code_form.add_error("code", str(error))
    enabled = has_two_factor(user)
    device = None if enabled else pending_authenticator(user)
    is_admin = role_of(user) == Role.ADMIN
    return render(
        request,
        "madoguchi/security.html",
        {
            "enabled": enabled,
            "required": two_factor_required(user),
            "setup_uri": device.config_url if device else "",
            "setup_secret": authenticator_secret(device) if device else "",
            "code_form": code_form,
            "recovery_codes": recovery_codes,
            "recovery_left": recovery_codes_left(user) if enabled else 0,
            "policy_form": PolicyForm(initial=two_factor_policy()) if is_admin else None,
            "sessions": active_sessions(user),
            "current_session": request.session.session_key,
        },
    )
