"""The forward form beside a conversation."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.inclusion_tag("madoguchi/_forward_form.html")
def forward_form(conversation: Any) -> dict[str, Any]:
    messages = conversation.messages.order_by("received_at", "id").values(
        "id", "from_name", "from_address", "received_at"
    )
    return {"conversation": conversation, "choices": list(messages)}
