from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.mail.message import LEFT_ON_SERVER, OVER_BUDGET_DEFECT
from madoguchi.models.conversations import Conversation
from madoguchi.models.mailboxes import Mailbox


class RawMessage(models.Model):
    """A message exactly as received (or as sent), stored before anything else is done.

    Everything in Message is derived from these bytes and can be recomputed.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be processed")
        PROCESSED = "processed", _("Processed")
        FAILED = "failed", _("Could not be processed")

    mailbox = models.ForeignKey(Mailbox, on_delete=models.PROTECT, related_name="raw_messages")
    # sha256 of Message-ID + the message without trace headers (Received, Delivered-To …):
    # the same mail arriving twice by two routes is one message; see mail/ids.py.
    content_hash = models.CharField(max_length=64)
    message_id = models.CharField(max_length=998, blank=True, db_index=True)
    data = models.BinaryField()
    size = models.PositiveIntegerField()
    # Where it came from: "imap:INBOX:<uidvalidity>:<uid>", "import:<path>", "sent".
    source = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    error = models.TextField(blank=True)
    # The mail was over settings.MAX_MESSAGE_BYTES: `data` is its header block only, and this
    # its whole size on the server, where it was left (transport/imap.py). Null: all of it.
    size_on_server = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailbox", "content_hash"], name="raw_message_unique_content"
            )
        ]
        indexes = [
            models.Index(fields=["state", "id"], name="raw_pending"),
            # The mailbox page lists the mails left on the server: few rows among millions.
            models.Index(
                fields=["mailbox", "id"],
                condition=models.Q(size_on_server__isnull=False),
                name="raw_left_on_server",
            ),
        ]


class Direction(models.TextChoices):
    INCOMING = "in", _("From the customer")
    OUTGOING = "out", _("From us")


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    raw = models.OneToOneField(
        RawMessage, null=True, blank=True, on_delete=models.PROTECT, related_name="message"
    )
    direction = models.CharField(max_length=3, choices=Direction.choices)
    message_id = models.CharField(max_length=998, blank=True, db_index=True)
    in_reply_to = models.CharField(max_length=998, blank=True)
    references = models.TextField(blank=True)  # space-separated Message-IDs, oldest first
    # Outlook's Thread-Index root (first 22 bytes, base64): threads Outlook replies that
    # carry no In-Reply-To.
    thread_index = models.CharField(max_length=32, blank=True, db_index=True)
    from_name = models.CharField(max_length=300, blank=True)
    from_address = models.CharField(max_length=320, blank=True, db_index=True)
    to = models.JSONField(default=list, blank=True)  # [{"name": …, "address": …}]
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=998, blank=True)
    date = models.DateTimeField(null=True, blank=True)  # the Date header, as the sender claims
    received_at = models.DateTimeField(db_index=True)  # when we got (or sent) it
    text = models.TextField(blank=True)
    html = models.TextField(null=True, blank=True)  # sanitised on the way in
    defects = models.JSONField(default=list, blank=True)
    is_auto = models.BooleanField(default=False)  # auto-reply, bounce, bulk
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_messages",
    )
    triage = models.JSONField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["conversation", "received_at", "id"], name="msg_thread"),
            # Search turns the index's message ids into conversations: read from this small
            # index alone instead of a look-up in the wide message rows per match (tens of
            # thousands for a common word at a million messages).
            models.Index(fields=["id", "conversation"], name="msg_conversation_of"),
        ]

    def __str__(self) -> str:
        return f"{self.message_id or self.pk} {self.subject}"

    @property
    def over_parse_budget(self) -> bool:
        """Stored raw: parsing it took more time or memory than one mail may (issue 16)."""
        return any(str(defect).startswith(OVER_BUDGET_DEFECT) for defect in self.defects or ())

    @property
    def left_on_server(self) -> dict[str, Any] | None:
        """Over the size cap: only the header was fetched. {"size": bytes, "folder", "uid"}."""
        for defect in self.defects or ():
            found = LEFT_ON_SERVER.fullmatch(str(defect))
            if found:
                return {
                    "size": int(found["size"]),
                    "folder": found["folder"] or "",
                    "uid": found["uid"] or "",
                }
        return None


class Attachment(models.Model):
    """Metadata in the database; the bytes live on disk, named by their sha256 (deduplicated)."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(max_length=500)
    content_type = models.CharField(max_length=200)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    content_id = models.CharField(max_length=500, blank=True)
    inline = models.BooleanField(default=False)

    def __str__(self) -> str:
        return self.filename
