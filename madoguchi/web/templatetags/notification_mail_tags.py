"""The notification-mail choices on the preferences page (one query)."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.actions.notification_mail import mailed_kinds
from madoguchi.models import NotificationKind

register = template.Library()


@register.inclusion_tag("madoguchi/_notification_mail.html", takes_context=True)
def notification_mail_form(context: Any) -> dict[str, Any]:
    user = context["request"].user
    request = context["request"]
    # Shown again after an error: keep what was ticked, not what is saved.
    chosen = set(request.POST.getlist("kinds")) if request.method == "POST" else mailed_kinds(user)
    return {
        "kinds": [(kind.value, kind.label, kind.value in chosen) for kind in NotificationKind],
        "address": user.email,
        "csrf_token": context.get("csrf_token"),
    }
