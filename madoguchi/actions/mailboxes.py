"""Mailboxes managed in the app: admins add them and choose their teams; a lead edits the
mailboxes of their own teams (servers, passwords, signatures, options) and tests them,
but neither adds mailboxes nor moves one to another team — that decides who reads the
mail, which is the admin's call.

Passwords arrive in clear from the form and are stored only encrypted; the audit trail
records that a password changed, never the password.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from madoguchi.actions.base import NotAllowed, record_event, role_of
from madoguchi.models import Mailbox, Role, Team
from madoguchi.transport.credentials import encrypt_password
from madoguchi.transport.diagnose import Check, check_mailbox

# Settings whose old and new values the audit trail shows (never the passwords).
AUDITED_FIELDS = (
    "name",
    "name_en",
    "address",
    "is_active",
    "imap_host",
    "imap_port",
    "imap_security",
    "imap_username",
    "imap_folder",
    "sent_folder",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_username",
    "outgoing_charset",
    "quote_style",
    "confirm_before_send",
    "send_delay_seconds",
    "sla_hours",
    "auth_method",
    "oauth_token_endpoint",
    "oauth_client_id",
    "oauth_scope",
)
# The write-only secrets: the name the form and the audit trail use → the encrypted field.
SECRET_FIELDS = {
    "imap_password": "imap_password_encrypted",
    "smtp_password": "smtp_password_encrypted",
    "oauth_client_secret": "oauth_client_secret_encrypted",
    "oauth_refresh_token": "oauth_refresh_token_encrypted",
}


@dataclass(frozen=True)
class PasswordChange:
    """What the form said about one password: keep it (the field was left empty), set a
    new one, or remove it."""

    new: str = ""
    remove: bool = False

    @property
    def changes(self) -> bool:
        return bool(self.new) or self.remove


def may_add_mailboxes(user: Any) -> bool:
    return role_of(user) == Role.ADMIN


def manageable_mailboxes(user: Any) -> QuerySet[Mailbox]:
    """Mailboxes a user may edit: admins all; leads those of their teams; agents none."""
    role = role_of(user)
    if role == Role.ADMIN:
        return Mailbox.objects.all()
    if role == Role.LEAD:
        return Mailbox.objects.filter(teams__agents__user=user).distinct()
    return Mailbox.objects.none()


def may_manage_mailboxes(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def _check_may_edit(user: Any, mailbox: Mailbox) -> None:
    if mailbox.pk is None:
        if not may_add_mailboxes(user):
            raise NotAllowed("only admins add mailboxes")
    elif not manageable_mailboxes(user).filter(pk=mailbox.pk).exists():
        raise NotAllowed("no such mailbox")


def _snapshot(mailbox: Mailbox) -> dict[str, Any]:
    return {name: getattr(mailbox, name) for name in AUDITED_FIELDS}


def _apply_password(mailbox: Mailbox, field: str, change: PasswordChange) -> bool:
    if change.remove:
        setattr(mailbox, field, "")
    elif change.new:
        setattr(mailbox, field, encrypt_password(change.new))
    return change.changes


@transaction.atomic
def save_mailbox(
    user: Any,
    mailbox: Mailbox,
    *,
    secrets: Mapping[str, PasswordChange] | None = None,
    teams: Iterable[Team] | None = None,
) -> Mailbox:
    """Store a mailbox validated by its form. `secrets` changes passwords, the OAuth2
    client secret or refresh token (by their names in SECRET_FIELDS; absent: kept).
    `teams` is None to leave them as they are; only an admin may give a list."""
    _check_may_edit(user, mailbox)
    if teams is not None and not may_add_mailboxes(user):
        raise NotAllowed("only admins choose a mailbox's teams")
    created = mailbox.pk is None
    before = (
        _snapshot(Mailbox.objects.get(pk=mailbox.pk)) if not created else {}  # as stored
    )
    passwords = [
        name
        for name, change in (secrets or {}).items()
        if _apply_password(mailbox, SECRET_FIELDS[name], change)
    ]
    mailbox.save()
    after = _snapshot(mailbox)
    changed_teams = None
    if teams is not None:
        old = sorted(mailbox.teams.values_list("pk", flat=True))
        mailbox.teams.set(list(teams))
        new = sorted(mailbox.teams.values_list("pk", flat=True))
        if old != new:
            changed_teams = (old, new)
    difference = {key: value for key, value in after.items() if before.get(key) != value}
    if "sla_hours" in difference:
        # The next mail is timed on the new target, not after the setup cache expires.
        from madoguchi.actions.sla import forget_setup

        transaction.on_commit(forget_setup)
    record_event(
        None,
        user,
        "mailbox_created" if created else "mailbox_changed",
        {key: before[key] for key in difference if key in before} or None,
        {
            "mailbox": mailbox.pk,
            "address": mailbox.address,
            **({} if created else difference),
            **({"secrets_changed": passwords} if passwords else {}),
            **({"teams": changed_teams[1]} if changed_teams else {}),
        },
    )
    return mailbox


@transaction.atomic
def set_mailbox_active(user: Any, mailbox: Mailbox, active: bool) -> Mailbox:
    """Switch fetching and sending for a mailbox on or off; its mail stays."""
    _check_may_edit(user, mailbox)
    if mailbox.is_active != active:
        Mailbox.objects.filter(pk=mailbox.pk).update(is_active=active)
        mailbox.is_active = active
        record_event(
            None,
            user,
            "mailbox_enabled" if active else "mailbox_disabled",
            None,
            {"mailbox": mailbox.pk, "address": mailbox.address},
        )
    return mailbox


def run_connection_test(user: Any, mailbox: Mailbox) -> list[Check]:
    """Connect to the mailbox's servers step by step (transport/diagnose.py, as `madoguchi
    mailbox test` does) and record that it was tested and how it went."""
    _check_may_edit(user, mailbox)
    checks = check_mailbox(mailbox)
    failed = next((check for check in checks if not check.ok), None)
    record_event(
        None,
        user,
        "mailbox_tested",
        None,
        {
            "mailbox": mailbox.pk,
            "address": mailbox.address,
            "ok": failed is None,
            **({"failed": f"{failed.server} {failed.step}"} if failed else {}),
        },
    )
    return checks
