"""One's own choice of which notifications also come by e-mail (the preferences page)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.notification_mail import set_notification_mail
from madoguchi.models import NotificationKind


class NotificationMailForm(forms.Form):
    kinds = forms.MultipleChoiceField(choices=NotificationKind.choices, required=False)


@login_required
@require_POST
def notification_mail(request: HttpRequest) -> HttpResponse:
    form = NotificationMailForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_("Unknown kind of notification."))
    set_notification_mail(request.user, form.cleaned_data["kinds"])
    messages.success(request, _("Notification mail saved."))
    return HttpResponseRedirect(reverse("preferences"), status=303)
