"""Django admin: mailboxes (with passwords that are encrypted on save) and a plain view of
the other models for inspection."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.db.models.signals import post_save
from django.http import HttpRequest

from madoguchi import models
from madoguchi.actions.audit import record_admin_change
from madoguchi.transport.credentials import encrypt_password


class MailboxForm(forms.ModelForm):  # type: ignore[type-arg]
    # Write-only: the page never shows a stored password; empty keeps the current one.
    imap_password = forms.CharField(
        required=False, widget=forms.PasswordInput(render_value=False), help_text="empty: unchanged"
    )
    smtp_password = forms.CharField(
        required=False, widget=forms.PasswordInput(render_value=False), help_text="empty: unchanged"
    )

    class Meta:
        model = models.Mailbox
        # The OAuth2 secrets are set on the app's mailbox page (write-only there too).
        exclude = [
            "imap_password_encrypted",
            "smtp_password_encrypted",
            "oauth_client_secret_encrypted",
            "oauth_refresh_token_encrypted",
        ]

    def save(self, commit: bool = True) -> models.Mailbox:
        mailbox = super().save(commit=False)
        for field in ("imap_password", "smtp_password"):
            value = self.cleaned_data.get(field)
            if value:
                setattr(mailbox, f"{field}_encrypted", encrypt_password(value))
        if commit:
            mailbox.save()
            self.save_m2m()
        return mailbox


@admin.register(models.Mailbox)
class MailboxAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    form = MailboxForm
    list_display = ("name", "address", "imap_host", "smtp_host", "is_active")
    fieldsets = (
        (None, {"fields": ("name", "address", "is_active", "teams", "signature", "sla_hours")}),
        (
            "Outgoing mail",
            {
                "fields": (
                    "signature_en",
                    "quote_style",
                    "confirm_before_send",
                    "send_delay_seconds",
                )
            },
        ),
        (
            "IMAP",
            {
                "fields": (
                    "imap_host",
                    "imap_port",
                    "imap_security",
                    "imap_username",
                    "imap_password",
                    "imap_folder",
                    "sent_folder",
                    "delete_after_fetch",
                )
            },
        ),
        (
            "SMTP",
            {
                "fields": (
                    "smtp_host",
                    "smtp_port",
                    "smtp_security",
                    "smtp_username",
                    "smtp_password",
                    "outgoing_charset",
                )
            },
        ),
    )


@admin.register(models.FetchCheckpoint)
class FetchCheckpointAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("mailbox", "folder", "uidvalidity", "last_uid", "last_fetch_at", "last_error")
    readonly_fields = ("reconcile_report", "last_error")


class ReadOnlyAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Shown for inspection only. Mail, the audit trail and the outbox change through the
    app's actions (permission checks, events, the conversation's version), never here:
    editing an outbox item's state could send a reply twice; deleting an event erases
    the audit trail."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(models.OutboxItem)
class OutboxItemAdmin(ReadOnlyAdmin):
    list_display = ("id", "conversation", "state", "attempts", "next_attempt_at", "last_error")
    list_filter = ("state",)


@admin.register(models.RawMessage)
class RawMessageAdmin(ReadOnlyAdmin):
    list_display = ("id", "mailbox", "message_id", "source", "state", "received_at")
    list_filter = ("state",)
    exclude = ("data",)  # raw mail is evidence: never edited


@admin.register(models.Conversation)
class ConversationAdmin(ReadOnlyAdmin):
    list_display = ("id", "subject", "mailbox", "status", "owner", "updated_at")
    list_filter = ("status", "mailbox")


@admin.register(models.Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ("id", "conversation", "direction", "from_address", "received_at")
    exclude = ("html",)


@admin.register(models.Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "verb", "actor", "conversation", "address")
    list_filter = ("verb",)


@admin.register(models.Rule)
class RuleAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Sorting rules; the JSON shapes are documented in actions/rules.py and below."""

    list_display = ("name", "position", "is_active", "mailbox", "stop_processing")
    list_editable = ("position", "is_active")
    fieldsets = (
        (None, {"fields": ("name", "position", "is_active", "mailbox", "stop_processing")}),
        (
            "When",
            {
                "fields": ("conditions",),
                "description": '{"sender": "*@bigcustomer.co.jp", "domain": "example.co.jp", '
                '"keywords": ["解約", "cancel"]} — every given condition must hold.',
            },
        ),
        (
            "Then",
            {
                "fields": ("actions",),
                "description": '{"label": "VIP", "assignee": "tanaka", "team": 1, '
                '"priority": "urgent", "status": "open"}',
            },
        ),
    )


for model in (
    models.Agent,
    models.Team,
    models.Customer,
    models.Organization,
    models.Label,
    models.Template,
    models.FaqEntry,
):
    admin.site.register(model)


def _audit_admin_change(
    sender: type[LogEntry], instance: LogEntry, created: bool, **_: Any
) -> None:
    # Everything changed in the admin (mailboxes, rules, people and their roles) is in the
    # audit log beside what changes through the app.
    if created:
        record_admin_change(instance)


post_save.connect(_audit_admin_change, sender=LogEntry, dispatch_uid="madoguchi-audit-admin")


def _superusers_only(request: HttpRequest) -> bool:
    # The admin is the superuser's maintenance tool (issue 13). Django lets in anyone with
    # is_staff, and a staff flag left on a lead's or agent's account (set by hand, or by an
    # old import) opened every registered model past the app's permission checks; such a
    # user now goes through admin_login like the leads: to the app's pages, or a 403.
    return bool(request.user.is_active and request.user.is_superuser)


admin.site.has_permission = _superusers_only  # type: ignore[method-assign]
