from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.accounts import Team


class Security(models.TextChoices):
    TLS = "tls", _("TLS")
    STARTTLS = "starttls", _("STARTTLS")
    PLAIN = "plain", _("Plain (loopback only)")


class OutgoingCharset(models.TextChoices):
    UTF8 = "utf-8", "UTF-8"
    ISO2022JP = "iso-2022-jp", _("ISO-2022-JP (for old Japanese mail clients)")


class QuoteStyle(models.TextChoices):
    NONE = "none", _("Do not quote the customer's mail")
    JAPANESE = "japanese", _("Quote the customer's mail below the reply (「〇〇様 wrote:」 and >)")


class ConfirmBeforeSend(models.TextChoices):
    ALWAYS = "always", _("Always")
    EXTERNAL = "external", _("When a recipient is outside the conversation's domains")
    NEVER = "never", _("Never")


class AuthMethod(models.TextChoices):
    PASSWORD = "password", _("Password")
    # Google Workspace and Microsoft 365 turned basic authentication off (transport/oauth.py).
    OAUTH2 = "oauth2", _("OAuth2 (Google Workspace, Microsoft 365)")


class Mailbox(models.Model):
    """A representative address (support@…) that many agents answer together."""

    name = models.CharField(_("name"), max_length=100)
    # The sender's name on mail written in English (replies, surveys, acknowledgements):
    # 「ツナグ サポート窓口」 means nothing to an English reader (walk 13, F20). Empty: `name`.
    # Nullable so that adding it is an ALTER TABLE, not a rebuild of the table.
    name_en = models.CharField(_("name (English mail)"), max_length=100, null=True, blank=True)
    address = models.EmailField(_("address"), unique=True)
    teams = models.ManyToManyField(Team, related_name="mailboxes", blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    signature = models.TextField(_("signature"), blank=True)
    # Replies written in English get this one (mail/body.py chooses by the reply's language).
    signature_en = models.TextField(_("signature (English replies)"), blank=True)
    quote_style = models.CharField(
        _("quoting"), max_length=10, choices=QuoteStyle.choices, default=QuoteStyle.JAPANESE
    )
    confirm_before_send = models.CharField(
        _("confirm recipients before sending"),
        max_length=10,
        choices=ConfirmBeforeSend.choices,
        default=ConfirmBeforeSend.EXTERNAL,
    )
    # Undo send: a reply waits this long in the outbox and can be taken back meanwhile.
    send_delay_seconds = models.PositiveIntegerField(_("undo send window (seconds)"), default=10)
    # A conversation unanswered for longer than this is overdue (SLA).
    sla_hours = models.PositiveIntegerField(_("response target (hours)"), default=24)
    outgoing_charset = models.CharField(
        max_length=20, choices=OutgoingCharset.choices, default=OutgoingCharset.UTF8
    )

    imap_host = models.CharField(max_length=253, blank=True)
    imap_port = models.PositiveIntegerField(default=993)
    imap_security = models.CharField(max_length=10, choices=Security.choices, default=Security.TLS)
    imap_username = models.CharField(max_length=320, blank=True)
    # Encrypted with a key derived from the installation secret (transport/credentials.py);
    # never stored, printed or logged in clear.
    imap_password_encrypted = models.TextField(blank=True)
    imap_folder = models.CharField(max_length=200, default="INBOX")
    sent_folder = models.CharField(max_length=200, default="Sent")
    # We never delete from the server unless the admin explicitly asks for it.
    delete_after_fetch = models.BooleanField(default=False)

    smtp_host = models.CharField(max_length=253, blank=True)
    smtp_port = models.PositiveIntegerField(default=587)
    smtp_security = models.CharField(
        max_length=10, choices=Security.choices, default=Security.STARTTLS
    )
    smtp_username = models.CharField(max_length=320, blank=True)
    smtp_password_encrypted = models.TextField(blank=True)

    # OAuth2 (XOAUTH2) for both IMAP and SMTP, instead of the passwords; the client secret
    # and the refresh token are encrypted like the passwords (transport/credentials.py).
    auth_method = models.CharField(
        _("sign-in method"), max_length=10, choices=AuthMethod.choices, default=AuthMethod.PASSWORD
    )
    oauth_token_endpoint = models.URLField(_("token endpoint"), max_length=500, blank=True)
    oauth_client_id = models.CharField(_("client ID"), max_length=500, blank=True)
    oauth_client_secret_encrypted = models.TextField(blank=True)
    oauth_scope = models.CharField(_("scope"), max_length=500, blank=True)
    oauth_refresh_token_encrypted = models.TextField(blank=True)

    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("mailbox")
        verbose_name_plural = _("mailboxes")

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>"

    def sender_name(self, language: str) -> str:
        """The From: display name of a mail written in `language` ("ja" or "en")."""
        return (self.name_en or self.name) if language == "en" else self.name


class FetchCheckpoint(models.Model):
    """How far a mailbox folder has been fetched: UIDs below last_uid are stored."""

    mailbox = models.ForeignKey(Mailbox, on_delete=models.CASCADE, related_name="checkpoints")
    folder = models.CharField(max_length=200)
    uidvalidity = models.BigIntegerField(null=True)
    last_uid = models.BigIntegerField(default=0)
    last_fetch_at = models.DateTimeField(null=True)
    last_reconciled_at = models.DateTimeField(null=True)
    # Human-readable outcome of the last reconciliation ("UIDs 17, 18 missing", "").
    reconcile_report = models.TextField(blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mailbox", "folder"], name="checkpoint_unique_folder")
        ]
