"""Notifications by e-mail (issue 13 item 2): which kinds each person also wants by mail,
and the mails waiting to go. One row per (recipient, kind, conversation) batch: while a row
is unsent, further notifications of the same kind on the same conversation only raise its
count, so a burst of twenty mentions becomes one mail."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from madoguchi.models.conversations import Conversation
from madoguchi.models.notifications import NotificationKind


class NotificationMailChoice(models.Model):
    """A person's own choice for one kind; no row means the default of that kind
    (actions/notification_mail.py MAILED_BY_DEFAULT)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_mail"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    is_enabled = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_mail_choice_once"),
        ]


class NotificationMail(models.Model):
    """Written with the notification it tells about (same transaction); sent by the worker
    once `due_at` has come (worker/notification_mail.py)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # The last notification folded into this mail (who did it, for whom, what).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    count = models.PositiveIntegerField(default=1)  # notifications folded into this mail
    created_at = models.DateTimeField()
    due_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [
            # The worker's round: the few unsent rows that are due.
            models.Index(
                fields=["due_at"], condition=Q(sent_at__isnull=True), name="notification_mail_due"
            ),
            # Batching: the latest row of one recipient, kind and conversation.
            models.Index(
                fields=["recipient", "kind", "conversation", "created_at"],
                name="notification_mail_batch",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id} ×{self.count}"
