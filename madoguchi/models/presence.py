from __future__ import annotations

from django.conf import settings
from django.db import models

from madoguchi.models.conversations import Conversation


class Presence(models.Model):
    """Who is looking at or writing in a conversation right now (heartbeat every few s)."""

    class Activity(models.TextChoices):
        VIEWING = "viewing"
        DRAFTING = "drafting"

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="presences"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    activity = models.CharField(max_length=10, choices=Activity.choices)
    seen_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="presence_unique")
        ]
