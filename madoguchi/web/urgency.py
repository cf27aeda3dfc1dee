"""One urgency badge per conversation, and why: the weights of 緊急度順 (assist_queries) read
back for the reader.

The queue and the conversation header show a single badge, the heaviest thing that puts the
conversation near the top: the lead's priority (至急), then the SLA state (overdue, due
soon), then triage's level. Its reasons list every one of those that applies, and that the
sender is a VIP (a reason, not a weight: the order is the same), in the reader's UI
language (triage's from codes, not the mail's language), with no raw score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils import dateformat, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from madoguchi.models.conversations import Priority
from madoguchi.web.queries import is_due_soon, is_overdue


@dataclass(frozen=True)
class Urgency:
    kind: str  # CSS class of the badge: urgent, late, soon, triage-high, low; "" for none
    label: str
    reasons: tuple[str, ...]  # all of them, for the badge's hover
    before_triage: tuple[str, ...]  # the lead's priority and the SLA state only


def triage_reasons(conversation: Any) -> list[str]:
    """Why triage ranked a conversation, in the reader's UI language (not the mail's).

    Conversations triaged before reasons were stored as codes keep their stored text.
    """
    from madoguchi.quality.triage import render_reason

    lang = "ja" if (get_language() or "").startswith("ja") else "en"
    codes = getattr(conversation, "triage_codes", None) or []
    rendered = [
        render_reason(str(item[0]), str(item[1]), lang)
        for item in codes
        if isinstance(item, (list, tuple)) and len(item) == 2
    ]
    return rendered or [str(reason) for reason in conversation.triage_reasons or []]


def vip_reason(conversation: Any) -> str | None:
    """Why a VIP's conversation matters, in the reader's UI language: the customer or their
    organisation is marked VIP (a lead's call). A reason only: VIP is a badge of its own and
    no weight in 緊急度順 (the queue's order is unchanged)."""
    customer = getattr(conversation, "customer", None)
    if customer is None:
        return None
    if customer.vip:
        if not customer.name:
            return _("The sender is a VIP customer")
        return _("The sender is a VIP customer (%(name)s)") % {"name": customer.name}
    organization = getattr(customer, "organization", None)
    if organization is not None and organization.vip:
        return _("The sender's organisation is a VIP (%(name)s)") % {"name": organization.name}
    return None


def _deadline(conversation: Any) -> str:
    return dateformat.format(timezone.localtime(conversation.sla_due_at), "n/j H:i")


def urgency_of(conversation: Any, at: datetime) -> Urgency:
    reasons: list[str] = []
    kinds: list[tuple[str, str]] = []
    if conversation.priority == Priority.URGENT:
        reasons.append(_("Priority set to urgent"))
        kinds.append(("urgent", _("Urgent")))
    promised = getattr(conversation, "sla_kind", "") == "promise"  # actions/sla.PROMISE
    if is_overdue(conversation, at):
        late = _("Past the date we promised (%(due)s)") if promised else None
        late = late or _("Past its SLA deadline (%(due)s)")
        reasons.append(late % {"due": _deadline(conversation)})
        kinds.append(("late", _("Overdue")))
    elif is_due_soon(conversation, at):
        soon = _("The date we promised is close (%(due)s)") if promised else None
        soon = soon or _("SLA deadline close (%(due)s)")
        reasons.append(soon % {"due": _deadline(conversation)})
        kinds.append(("soon", _("Due soon")))
    vip = vip_reason(conversation)
    if vip:
        reasons.append(vip)
    before_triage = tuple(reasons)
    if conversation.urgency == "high":
        reasons += triage_reasons(conversation) or [_("High urgency")]
        kinds.append(("triage-high", _("High urgency")))
    if not kinds and conversation.priority == Priority.LOW:
        before_triage = (_("Priority set to low"), *before_triage)
        reasons[:0] = [_("Priority set to low")]
        kinds.append(("low", _("Low")))
    if not kinds:
        return Urgency("", "", (), ())
    kind, label = kinds[0]
    return Urgency(kind, label, tuple(reasons), before_triage)
