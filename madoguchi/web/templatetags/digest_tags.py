"""The weekly digest switch on the preferences page (leads and admins only; one query)."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.actions.approval_policies import may_manage_policies
from madoguchi.models import WeeklyDigestSetting

register = template.Library()


@register.inclusion_tag("madoguchi/_weekly_digest.html", takes_context=True)
def weekly_digest_form(context: Any) -> dict[str, Any]:
    user = context["request"].user
    if not may_manage_policies(user):
        return {"shown": False}
    request = context["request"]
    if request.method == "POST":  # the page shown again with an error: keep what was ticked
        enabled = bool(request.POST.get("enabled"))
    else:
        enabled = WeeklyDigestSetting.objects.filter(user=user, is_enabled=True).exists()
    return {"shown": True, "enabled": enabled, "csrf_token": context.get("csrf_token")}
