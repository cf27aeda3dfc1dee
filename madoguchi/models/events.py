from __future__ import annotations

from django.conf import settings
from django.db import models

from madoguchi.models.conversations import Conversation


class Event(models.Model):
    """The audit trail: every change of status, owner, label, priority, and every send."""

    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )  # None: the system (a rule, the fetcher, a timer)
    verb = models.CharField(max_length=40)  # "assigned", "status_changed", "reply_sent" …
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField()
    # The client address of the request that made the change (None: the worker, a rule).
    address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["conversation", "created_at"], name="event_timeline"),
            # The audit log pages through every event newest first.
            models.Index(fields=["created_at", "id"], name="event_audit"),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.verb}"
