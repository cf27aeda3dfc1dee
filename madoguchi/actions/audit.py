"""Who may read the audit log, which events it shows, and recording exports."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.accounts import name_key
from madoguchi.actions.base import record_event, role_of, visible_mailbox_ids
from madoguchi.models import Event, Role, Team

# The kinds of event the audit log shows (filter value → verbs), in the filter's order.
AUDIT_KINDS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "sign_in": (
        _("Sign-ins"),
        (
            "login",
            "login_failed",
            "logout",
            "signed_out_everywhere",
            "signed_out_session",
        ),
    ),
    "two_factor": (
        _("Two-factor"),
        (
            "two_factor_enabled",
            "two_factor_disabled",
            "recovery_codes_renewed",
            "two_factor_policy_changed",
        ),
    ),
    "settings": (
        _("Settings"),
        (
            "preferences_changed",
            "lint_policy_changed",
            "topic_label_set",
            "topic_label_cleared",
            "label_created",
            "label_changed",
            "labels_merged",
            "label_deleted",
            "admin_changed",
            "mailbox_created",
            "mailbox_changed",
            "mailbox_enabled",
            "mailbox_disabled",
            "mailbox_tested",
            "person_added",
            "person_changed",
            "person_deactivated",
            "person_reactivated",
            "team_created",
            "team_renamed",
            # Walk 10 (F23): these were recorded but never shown, so "who changed this?"
            # had no answer for a Friday's acknowledgement, rules, SLA or absences.
            "auto_acknowledgement_set",
            "satisfaction_survey_set",
            "rule_saved",
            "rule_applied",
            "calendar_created",
            "calendar_changed",
            "sla_policy_created",
            "sla_policy_changed",
            "template_created",
            "template_changed",
            "faq_created",
            "faq_changed",
            "approval_policy_saved",
            "absence_set",
            "absence_cleared",
            "customer_updated",
            "organization_updated",
            "custom_field_defined",
            "weekly_digest_set",
            "notification_mail_set",
        ),
    ),
    "block_list": (
        _("Block list"),
        ("marked_spam", "marked_not_spam", "unblocked", "blocked_again"),
    ),
    "export": (_("Exports"), ("exported",)),
    "merge": (_("Merges"), ("merged", "merged_into")),
    "deletion": (
        _("Deletions"),
        (
            "template_deleted",
            "faq_deleted",
            "unblocked",
            "blocked_again",
            "rule_deleted",
            "sla_policy_deleted",
            "approval_policy_deleted",
        ),
    ),
}
AUDIT_VERBS = tuple(dict.fromkeys(verb for _name, verbs in AUDIT_KINDS.values() for verb in verbs))


def may_read_audit_log(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def audit_events(user: Any) -> QuerySet[Event]:
    """The audit events a user may read: admins all; leads those of their teams (done by a
    member, about a conversation of their mailboxes, or a failed sign-in as a member)."""
    events = Event.objects.filter(verb__in=AUDIT_VERBS)
    role = role_of(user)
    if role == Role.ADMIN:
        return events
    if role != Role.LEAD:
        return events.none()
    teams = Team.objects.filter(agents__user=user)
    members = get_user_model().objects.filter(agent__teams__in=teams)
    names = [name_key(name) for name in members.values_list("username", flat=True)]
    return events.filter(
        Q(actor_id__in=members.values("id"))
        | Q(conversation__mailbox_id__in=visible_mailbox_ids(user) or [])
        | Q(actor__isnull=True, verb="login_failed", after__username__in=names)
    )


def record_export(user: Any, what: str, query: dict[str, Any]) -> Event:
    """Someone downloaded data (trends, the audit log): what, and with which filters."""
    return record_event(None, user, "exported", None, {"what": what, "query": query})


_ADMIN_ACTIONS = {1: "added", 2: "changed", 3: "deleted"}


def record_admin_change(entry: LogEntry) -> Event:
    """A change made in the Django admin (its own LogEntry), as an audit event."""
    return record_event(
        None,
        entry.user,
        "admin_changed",
        None,
        {
            "action": _ADMIN_ACTIONS.get(entry.action_flag, str(entry.action_flag)),
            "model": entry.content_type.model if entry.content_type else "",
            "object": entry.object_repr[:200],
            "change": entry.get_change_message()[:500],
        },
    )
