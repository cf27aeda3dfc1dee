"""Outbox rows left behind by merges made before they moved with their messages (walk 13,
F5/F17): each row goes to the conversation its message is in now, and a reply not yet gone
carries that conversation's number (data only; undoing it is a no-op). And the notification
kind for a satisfaction survey answered 不満 (walk 13, F19)."""

from __future__ import annotations

from typing import Any

from django.db import migrations, models
from django.db.models import F


def follow_messages(apps: Any, schema_editor: Any) -> None:
    OutboxItem = apps.get_model("madoguchi", "OutboxItem")
    stray = OutboxItem.objects.exclude(conversation_id=F("message__conversation_id"))
    for item in stray.select_related("message"):
        message = item.message
        old, new = f"[#{item.conversation_id}]", f"[#{message.conversation_id}]"
        if item.state in ("pending", "failed", "approval") and old in message.subject:
            message.subject = message.subject.replace(old, new)
            message.save(update_fields=["subject"])
        item.conversation_id = message.conversation_id
        item.save(update_fields=["conversation"])


_KINDS = [
    ("assigned", "Assigned to you"),
    ("mentioned", "Mentioned you"),
    ("approval_requested", "Approval requested"),
    ("approval_decided", "Approval decided"),
    ("send_failed", "Sending failed"),
    ("sla_due_soon", "Due soon"),
    ("sla_breached", "Overdue"),
    ("waiting_reminder", "No answer from the customer"),
    ("customer_replied", "The customer replied"),
    ("rated_bad", "Rated: Bad"),
]


class Migration(migrations.Migration):
    dependencies = [("madoguchi", "0049_s17_leadtools")]

    operations = [
        migrations.RunPython(follow_messages, migrations.RunPython.noop),
        # A notification for a survey answered 不満 (choices only: no table rebuild).
        migrations.AlterField(
            model_name="notification",
            name="kind",
            field=models.CharField(choices=_KINDS, max_length=20),
        ),
        migrations.AlterField(
            model_name="notificationmail",
            name="kind",
            field=models.CharField(choices=_KINDS, max_length=20),
        ),
        migrations.AlterField(
            model_name="notificationmailchoice",
            name="kind",
            field=models.CharField(choices=_KINDS, max_length=20),
        ),
    ]
