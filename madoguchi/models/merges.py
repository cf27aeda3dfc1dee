from __future__ import annotations

from django.conf import settings
from django.db import models

from madoguchi.models.conversations import Conversation


class MergeRecord(models.Model):
    """What a merge moved, so that it can be undone: which messages and notes came from
    the source, which labels the target gained, and what each looked like before."""

    source = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="merges_out")
    target = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="merges_in")
    message_ids = models.JSONField(default=list)
    note_ids = models.JSONField(default=list)
    label_ids = models.JSONField(default=list)  # only those the target did not have
    source_status = models.CharField(max_length=10)
    target_created_at = models.DateTimeField()
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    merged_at = models.DateTimeField()
    undone_at = models.DateTimeField(null=True, blank=True)
