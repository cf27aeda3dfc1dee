"""The notification centre (通知): what happened that a person should know about, kept per
recipient until they read it. Written by actions/notify.py in the transaction of the change
it tells about, so a notification never names a change that was rolled back."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from madoguchi.models.conversations import Conversation


class NotificationKind(models.TextChoices):
    ASSIGNED = "assigned", _("Assigned to you")
    MENTIONED = "mentioned", _("Mentioned you")
    APPROVAL_REQUESTED = "approval_requested", _("Approval requested")
    APPROVAL_DECIDED = "approval_decided", _("Approval decided")
    SEND_FAILED = "send_failed", _("Sending failed")
    SLA_DUE_SOON = "sla_due_soon", _("Due soon")
    SLA_BREACHED = "sla_breached", _("Overdue")
    WAITING_REMINDER = "waiting_reminder", _("No answer from the customer")
    CUSTOMER_REPLIED = "customer_replied", _("The customer replied")
    RATED_BAD = "rated_bad", _("Rated: Bad")  # 評価：不満 (the satisfaction survey)


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # None: the system (a timer, the sender, a rule).
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set when the recipient stands in for an absent colleague (不在の代理): whose it was.
    on_behalf_of = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detail = models.JSONField(default=dict, blank=True)  # {"state": "returned"}, {"note": 12}
    created_at = models.DateTimeField()
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            # The badge on every page: a count over the few unread rows of one user.
            models.Index(
                fields=["recipient"],
                condition=Q(read_at__isnull=True),
                name="notification_unread",
            ),
            # The notification page, newest first, paged by (created_at, id).
            models.Index(fields=["recipient", "created_at", "id"], name="notification_list"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.kind} → {self.recipient_id}"
