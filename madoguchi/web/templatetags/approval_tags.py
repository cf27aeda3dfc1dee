"""Approval in every page's navigation (a badge) and in the compose box (a sent-back reply)."""

from __future__ import annotations

from typing import Any

from django import template

from madoguchi.actions.approval import (
    may_review,
    reasons_from_json,
    returned_to,
    reviewable_requests,
)
from madoguchi.actions.approval import unseen_decisions as unseen
from madoguchi.models import ApprovalRequest, Draft, OutboxState

register = template.Library()


@register.inclusion_tag("madoguchi/_approvals_link.html", takes_context=True)
def approvals_link(context: template.Context) -> dict[str, Any]:
    """Approvers: replies waiting for them; authors: decisions they have not read yet."""
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return {"show": False}
    # The navigation is drawn twice (top bar and narrow-screen menu): count once a request.
    request = context.get("request")
    found: dict[str, Any] | None = getattr(request, "_approvals_link", None)
    if found is None:
        found = _approvals_link(user)
        if request is not None:
            request._approvals_link = found  # type: ignore[attr-defined]
    return found


def _approvals_link(user: Any) -> dict[str, Any]:
    reviewer = may_review(user)
    count = unseen(user).count()
    if reviewer:
        count += (
            reviewable_requests(user)
            .filter(outbox_item__state=OutboxState.AWAITING_APPROVAL)
            .count()
        )
    authored = reviewer or ApprovalRequest.objects.filter(author=user).exists()
    return {"show": reviewer or authored, "count": count}


@register.inclusion_tag("madoguchi/_approval_returned.html", takes_context=True)
def approval_returned(context: template.Context, conversation: Any) -> dict[str, Any]:
    user = context.get("user")
    if user is None or not user.is_authenticated:
        return {"returned": None}
    if not Draft.objects.filter(conversation=conversation, author_id=user.pk).exists():
        return {"returned": None}
    return {"returned": returned_to(user, conversation)}


@register.simple_tag
def held_because(item: Any) -> list[str]:
    """Why a waiting reply waits (for the box on the reply in the timeline)."""
    request = ApprovalRequest.objects.filter(outbox_item=item).only("reasons").first()
    return [reason.text for reason in reasons_from_json(request.reasons if request else [])]
