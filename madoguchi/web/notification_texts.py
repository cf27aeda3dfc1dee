"""What a notification says, in the reader's language, with people's names (never login ids)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from madoguchi.models import ApprovalRequest, ApprovalState, Notification, NotificationKind


def name_of(user: Any) -> str:
    if user is None:
        return ""
    agent = getattr(user, "agent", None)
    return str(agent.name) if agent is not None else str(user.get_username())


def describe(notification: Notification, request: ApprovalRequest | None = None) -> str:
    """`request`: for an approval request, the request itself (a colleague may have decided
    it since: the notification then says so instead of asking for a decision)."""
    actor = name_of(notification.actor)
    kind = notification.kind
    detail = notification.detail or {}
    if notification.on_behalf_of_id:
        absent = name_of(notification.on_behalf_of)
        # Told to the substitute: "you" would be wrong, the absent colleague is named.
        if kind == NotificationKind.ASSIGNED and actor:
            return _("%(actor)s assigned a conversation to %(name)s, who is away.") % {
                "actor": actor,
                "name": absent,
            }
        if kind == NotificationKind.MENTIONED:
            return _("%(actor)s mentioned %(name)s, who is away, in a note.") % {
                "actor": actor,
                "name": absent,
            }
    if kind == NotificationKind.ASSIGNED:
        if detail.get("away") and actor and actor != detail["away"]:
            text = _("%(actor)s handed this conversation to you because %(name)s is away.") % {
                "actor": actor,
                "name": detail["away"],
            }
        elif detail.get("away"):
            text = _("%(name)s is away and handed this conversation to you.") % {
                "name": detail["away"]
            }
        elif actor:
            text = _("%(actor)s assigned this conversation to you.") % {"actor": actor}
        elif detail.get("by"):
            text = _("Assigned to you by %(rule)s.") % {"rule": detail["by"]}
        else:
            text = _("This conversation was assigned to you.")
    elif kind == NotificationKind.MENTIONED:
        text = _("%(actor)s mentioned you in a note.") % {"actor": actor}
    elif kind == NotificationKind.APPROVAL_REQUESTED:
        if request is not None and request.state != ApprovalState.PENDING:
            text = (
                _("%(actor)s asked for approval of a reply: %(state)s by %(approver)s.")
                if request.decided_by_id
                else _("%(actor)s asked for approval of a reply: %(state)s.")
            ) % {
                "actor": actor,
                "state": request.get_state_display(),
                "approver": name_of(request.decided_by),
            }
        else:
            text = _("%(actor)s asks for approval of a reply.") % {"actor": actor}
    elif kind == NotificationKind.APPROVAL_DECIDED:
        state = detail.get("state")
        if state == "returned":
            text = _("%(actor)s sent your reply back.") % {"actor": actor}
        elif state == "edited":
            text = _("%(actor)s edited and approved your reply.") % {"actor": actor}
        else:
            text = _("%(actor)s approved your reply.") % {"actor": actor}
    elif kind == NotificationKind.SEND_FAILED and detail.get("survey"):
        # Not a reply: the customer is missing no answer, only the 満足度アンケート.
        text = (
            _("A satisfaction survey did not reach %(address)s.") % {"address": detail["address"]}
            if detail.get("address")
            else _("A satisfaction survey could not be sent.")
        )
    elif kind == NotificationKind.SEND_FAILED and detail.get("address"):
        text = _("A reply did not reach %(address)s.") % {"address": detail["address"]}
    elif kind == NotificationKind.SEND_FAILED:
        text = _("A reply could not be sent.")
    elif kind == NotificationKind.SLA_DUE_SOON and detail.get("target") == "promise":
        text = _("The date we promised the customer is near.")
    elif kind == NotificationKind.SLA_BREACHED and detail.get("target") == "promise":
        text = _("The date we promised the customer has passed.")
    elif kind == NotificationKind.SLA_DUE_SOON:
        text = _("The response deadline is near.")
    elif kind == NotificationKind.SLA_BREACHED:
        text = _("The response deadline has passed.")
    elif kind == NotificationKind.RATED_BAD:
        text = _("The customer answered the satisfaction survey with Bad.")
    elif kind == NotificationKind.CUSTOMER_REPLIED:
        text = _("%(name)s replied.") % {"name": detail.get("name") or _("The customer")}
    else:
        text = _("The customer has not answered yet.")
    if notification.on_behalf_of_id:
        text += " " + _("(for %(name)s, who is away)") % {
            "name": name_of(notification.on_behalf_of)
        }
    return text
