"""What the approvals page shows: replies to decide (with the reasons and the reply
check's findings) and, for an author, what approvers did with their replies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import OuterRef, Subquery

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
from madoguchi.models import ApprovalRequest, ApprovalState, Direction, Message, OutboxState

# The customer's mail beside the draft: their own words, not the whole quoted history; a
# long one is cut here (the conversation link has the rest).
CUSTOMER_TEXT_CHARS = 2000


@dataclass(frozen=True)
class ToReview:
    request: ApprovalRequest
    reasons: list[Reason]
    findings: list[PolicyFinding]
    customer_message: Message | None = None  # the customer's last mail the draft answers
    customer_text: str = ""


def own_part(text: str) -> str:
    """What the author wrote: above the signature separator and the quoted original."""
    return split_quoted(above_signature(text)).body


# The newest mail from the customer in the draft's conversation, received before the draft.
_last_customer_mail = Message.objects.filter(
    conversation_id=OuterRef("conversation_id"),
    direction=Direction.INCOMING,
    received_at__lte=OuterRef("created_at"),
).order_by("-received_at", "-id")


def _customer_words(message: Message | None) -> str:
    if message is None:
        return ""
    text = split_quoted(message.text or "").body.strip() or (message.text or "").strip()
    if len(text) > CUSTOMER_TEXT_CHARS:
        return text[:CUSTOMER_TEXT_CHARS].rstrip() + "…"
    return text


def review_context(user: Any) -> dict[str, Any]:
    reviewer = may_review(user)
    items: list[ToReview] = []
    if reviewer:
        requests = list(
            reviewable_requests(user)
            .filter(outbox_item__state=OutboxState.AWAITING_APPROVAL)
            .select_related("conversation", "outbox_item__message", "author__agent")
            .annotate(customer_message_id=Subquery(_last_customer_mail.values("id")[:1]))
            .order_by("created_at")[:100]
        )
        # One query for every request's customer mail (s7 walk: the page showed the draft
        # but not what it answers).
        answered = Message.objects.only(
            "id", "from_name", "from_address", "received_at", "subject", "text"
        ).in_bulk([r.customer_message_id for r in requests if r.customer_message_id])
        for request in requests:
            message = request.outbox_item.message  # type: ignore[union-attr]
            customer = answered.get(request.customer_message_id)
            items.append(
                ToReview(
                    request,
                    reasons_from_json(request.reasons),
                    # The agent's words only: the signature and the quoted mail are not
                    # theirs to fix (a rule line or a phone number read as a request).
                    lint_draft(own_part(message.text), message.subject),
                    customer,
                    _customer_words(customer),
                )
            )
    decisions: list[Decided] = decisions_for_author(user)
    unseen = {d.request.pk for d in decisions if d.request.author_seen_at is None}
    if unseen:
        mark_decisions_seen(user)
    # The author's own replies still waiting (walk 12, F-9: the header's Approvals link led
    # an author with nothing decided yet to "page does not exist").
    waiting = list(
        ApprovalRequest.objects.filter(
            author=user,
            state=ApprovalState.PENDING,
            outbox_item__state=OutboxState.AWAITING_APPROVAL,
        )
        .select_related("conversation")
        .order_by("-created_at")[:100]
    )
    return {
        "may_review": reviewer,
        "items": items,
        "decisions": decisions,
        "unseen": unseen,
        "waiting": [(request, reasons_from_json(request.reasons)) for request in waiting],
    }
