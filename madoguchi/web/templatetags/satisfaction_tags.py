"""The customer's satisfaction answer beside a conversation (one query)."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.actions.satisfaction import public_url_problem
from madoguchi.models import SatisfactionSetting, SatisfactionSurvey

register = template.Library()


@register.inclusion_tag("madoguchi/_satisfaction.html")
def satisfaction_panel(conversation: Any) -> dict[str, Any]:
    survey = SatisfactionSurvey.objects.filter(conversation_id=conversation.pk).first()
    return {"survey": survey}


@register.simple_tag
def survey_url_warning(only_if_on: bool = False) -> str:
    """Why no survey can be mailed (walk 13 F20: the warning was shown once, on save, to
    whoever saved), shown on the survey's settings and, while a survey is switched on, on
    the reports; "" when the links work."""
    problem = public_url_problem()
    if problem and only_if_on and not SatisfactionSetting.objects.filter(is_enabled=True).exists():
        return ""
    return problem
