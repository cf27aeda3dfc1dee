"""The customer's satisfaction answer beside a conversation (one query)."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.models import SatisfactionSurvey

register = template.Library()


@register.inclusion_tag("madoguchi/_satisfaction.html")
def satisfaction_panel(conversation: Any) -> dict[str, Any]:
    survey = SatisfactionSurvey.objects.filter(conversation_id=conversation.pk).first()
    return {"survey": survey}
