from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.conversations import Conversation
from madoguchi.models.messages import Message


class OutboxState(models.TextChoices):
    AWAITING_APPROVAL = "approval", _("Waiting for approval")  # 回し読み
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Sending")  # held under a lease by one worker
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")  # undo send: taken back before it went out


class OutboxItem(models.Model):
    """A reply to send, written in the same transaction as the conversation's change.

    pending → sending (lease) → sent | failed. An expired lease is only re-sent after
    checking that the message did not in fact go out (Sent folder, SMTP sink record).
    """

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="outbox")
    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="outbox")
    state = models.CharField(
        max_length=10, choices=OutboxState.choices, default=OutboxState.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    lease_owner = models.CharField(max_length=100, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # The agent's own words (the message's text adds signature and quote): what a retry
    # edits and what the reply checker reads.
    own_text = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # Sent, and its copy not yet filed in the mailbox's Sent folder: the worker's IMAP lane
    # files it beside the sending (a silent IMAP server must not hold up SMTP) and retries.
    sent_copy_pending = models.BooleanField(default=False)
    # The filing's own retry, kept on the row so a restarted worker honours it: failures so
    # far, the last one's reason, and when it may be tried next (also the lease of a worker
    # whose lane is filing it now: nobody else files it before then).
    copy_failures = models.PositiveIntegerField(default=0)
    copy_error = models.TextField(blank=True)
    copy_next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="outbox_due"),
            models.Index(
                fields=["id"],
                condition=models.Q(sent_copy_pending=True),
                name="outbox_copy_pending",
            ),
        ]


class RefusalState(models.TextChoices):
    RETRYING = "retrying", _("Retrying")  # a 4xx: sent to this address alone later
    SENDING = "sending", _("Sending")  # held under a lease by one worker
    DELIVERED = "delivered", _("Delivered")  # accepted on a later attempt
    FAILED = "failed", _("Not delivered")  # a 5xx, or given up, or an unknown outcome


class RefusedRecipient(models.Model):
    """One recipient the server refused while it accepted the others (RFC 5321 4.2.1).

    The reply itself is sent (its row stays `sent`): only this address is retried, alone,
    with the very bytes the others got (same Message-ID), so nobody gets a second copy.
    """

    item = models.ForeignKey(OutboxItem, on_delete=models.CASCADE, related_name="refusals")
    address = models.CharField(max_length=320)
    state = models.CharField(max_length=10, choices=RefusalState.choices)
    answer = models.TextField()  # the server's last words about it: "451 4.7.1 try later"
    attempts = models.PositiveIntegerField(default=1)  # the reply's own send was the first
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    lease_owner = models.CharField(max_length=100, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="refusal_due")]
        constraints = [
            models.UniqueConstraint(fields=["item", "address"], name="refusal_one_per_address")
        ]


class Draft(models.Model):
    """A reply being written, saved as the agent types (one per agent and conversation)."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="drafts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    body = models.TextField(blank=True)
    # The To the agent had when the reply came back (sent back, taken back) or was saved:
    # "" means reply-all. A /new/ mail to three people came back to the first only.
    to = models.CharField(max_length=2000, blank=True)
    cc = models.CharField(max_length=2000, blank=True)
    bcc = models.CharField(max_length=2000, blank=True)
    # The conversation version the author last saw: sending checks it (Traffic Cop).
    seen_version = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "author"], name="draft_one_per_author")
        ]
