"""Internal notes with @mentions."""

from __future__ import annotations

import re
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F

from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, visible_conversations
from madoguchi.models import Conversation, Mention, Note

# @taro, @taro.yamada, @山田 — a mention ends at white space or punctuation.
_MENTION = re.compile(r"(?<![\w.@])@([\w.\-]+)")


def mentioned_users(text: str, conversation: Conversation) -> list[Any]:
    """Users named in the text who can see the conversation (others are not notified)."""
    names = {name.rstrip(".") for name in _MENTION.findall(text)}
    if not names:
        return []
    User = get_user_model()
    candidates = User.objects.filter(is_active=True).select_related("agent")
    found = []
    for user in candidates.filter(username__in=names) | candidates.filter(
        agent__display_name__in=names
    ):
        if visible_conversations(user).filter(pk=conversation.pk).exists():
            found.append(user)
    return list({user.pk: user for user in found}.values())


@transaction.atomic
def add_note(user: Any, conversation: Conversation | int, text: str) -> Note:
    text = text.strip()
    if not text:
        raise ActionError("a note needs some text")
    pk = conversation.pk if isinstance(conversation, Conversation) else conversation
    try:
        conversation = visible_conversations(user).select_for_update().get(pk=pk)
    except Conversation.DoesNotExist:
        raise NotAllowed("no such conversation") from None
    note = Note.objects.create(conversation=conversation, author=user, text=text, created_at=now())
    mentioned = [m for m in mentioned_users(text, conversation) if m.pk != user.pk]
    Mention.objects.bulk_create([Mention(note=note, user=m) for m in mentioned])
    Conversation.objects.filter(pk=conversation.pk).update(
        version=F("version") + 1, updated_at=now()
    )
    record_event(
        conversation,
        user,
        "note_added",
        None,
        {"note": note.pk, "mentions": [m.get_username() for m in mentioned]},
    )
    return note


def mark_mentions_read(user: Any, conversation: Conversation) -> int:
    return Mention.objects.filter(
        user=user, note__conversation=conversation, read_at__isnull=True
    ).update(read_at=now())
