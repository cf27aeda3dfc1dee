"""What the approvals page shows: replies to decide (with the reasons and the reply
check's findings) and, for an author, what approvers did with their replies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from madoguchi.actions.approval import (
    Decided,
    Reason,
    decisions_for_author,
    mark_decisions_seen,
    may_review,
    reasons_from_json,
    reviewable_requests,
)
from madoguchi.actions.lint_policy import PolicyFinding, lint_draft
from madoguchi.mail.body import above_signature
from madoguchi.mail.quote import split_quoted
from madoguchi.models import ApprovalRequest, OutboxState


@dataclass(frozen=True)
class ToReview:
    request: ApprovalRequest
    reasons: list[Reason]
    findings: list[PolicyFinding]


def own_part(text: str) -> str:
    """What the author wrote: above the signature separator and the quoted original."""
    return split_quoted(above_signature(text)).body


def review_context(user: Any) -> dict[str, Any]:
    reviewer = may_review(user)
    items: list[ToReview] = []
    if reviewer:
        requests = (
            reviewable_requests(user)
            .filter(outbox_item__state=OutboxState.AWAITING_APPROVAL)
            .select_related("conversation", "outbox_item__message", "author__agent")
            .order_by("created_at")[:100]
        )
        for request in requests:
            message = request.outbox_item.message  # type: ignore[union-attr]
            items.append(
                ToReview(
                    request,
                    reasons_from_json(request.reasons),
                    # The agent's words only: the signature and the quoted mail are not
                    # theirs to fix (a rule line or a phone number read as a request).
                    lint_draft(own_part(message.text), message.subject),
                )
            )
    decisions: list[Decided] = decisions_for_author(user)
    unseen = {d.request.pk for d in decisions if d.request.author_seen_at is None}
    if unseen:
        mark_decisions_seen(user)
    return {"may_review": reviewer, "items": items, "decisions": decisions, "unseen": unseen}
