"""When a snooze ends: the presets agents use (明日の朝, 来週月曜, until the customer replies)
and the horizon past which a snooze is refused (year 9999 would hide a conversation forever)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from madoguchi.models import Conversation

MAX_SNOOZE = timedelta(days=90)
# "Until the customer replies": a reply wakes it (ingest clears the snooze); if none comes,
# it is back after two weeks so that a silent customer is followed up, not forgotten.
REPLY_SNOOZE = timedelta(days=14)
MORNING = time(9, 0)  # 朝: the start of a working day, in the agent's time zone

PRESETS = {
    "tomorrow": _("Tomorrow morning"),  # 明日の朝
    "monday": _("Next Monday"),  # 来週月曜
    "reply": _("Until the customer replies"),  # お客様の返信まで
}


def preset_time(preset: str, at: datetime | None = None) -> datetime:
    """The wake time of a preset, from `at` (aware; now by default) in the current zone."""
    local = timezone.localtime(at or timezone.now())
    zone = local.tzinfo
    if preset == "tomorrow":
        day = local.date() + timedelta(days=1)
    elif preset == "monday":
        day = local.date() + timedelta(days=7 - local.weekday())  # Monday → the next one
    elif preset == "reply":
        return local + REPLY_SNOOZE
    else:
        raise ValueError(f"unknown snooze preset {preset!r}")
    return datetime.combine(day, MORNING, tzinfo=zone)


def hides_first_deadline(conversation: Conversation, until: datetime) -> datetime | None:
    """The first-reply deadline a snooze to `until` would hide: a customer never answered
    whose deadline passes before the conversation comes back (walk 13, F13: the snooze is
    asked about first, not warned about after). None when there is nothing to ask."""
    due = conversation.sla_due_at
    owed = conversation.sla_response_owed and conversation.first_response_seconds is None
    return due if owed and due is not None and due < until else None
