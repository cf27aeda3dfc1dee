"""Internal notes with @mentions."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, now, record_event, visible_conversations
from madoguchi.actions.notify import notify
from madoguchi.models import Conversation, Mention, Note, NotificationKind, Role
from madoguchi.quality.mentions import Person, mentioned


def mention_candidates(conversation: Conversation) -> list[Any]:
    """Active people who may see the conversation: its mailbox's teams and the admins."""
    User = get_user_model()
    return list(
        User.objects.filter(is_active=True)
        .filter(
            Q(agent__teams__mailboxes=conversation.mailbox_id)
            | Q(agent__role=Role.ADMIN)
            | Q(is_superuser=True)
        )
        .select_related("agent")
        .distinct()
        .order_by("pk")
    )


def as_person(user: Any) -> Person:
    agent = getattr(user, "agent", None)
    return Person(
        key=user.pk,
        login=user.get_username(),
        display_name=agent.display_name if agent is not None else "",
        family_name=user.last_name,
        given_name=user.first_name,
        latin_name=agent.name_en if agent is not None else "",
    )


def mentioned_users(text: str, conversation: Conversation) -> list[Any]:
    """Users named in the text (by login, display name or family name, with or without
    さん) who can see the conversation; others are not notified."""
    if "@" not in text and "＠" not in text:  # the full-width ＠ is what a Japanese IME types
        return []
    candidates = mention_candidates(conversation)
    keys = set(mentioned(text, [as_person(user) for user in candidates]))
    return [
        user
        for user in candidates
        if user.pk in keys and visible_conversations(user).filter(pk=conversation.pk).exists()
    ]


@transaction.atomic
def add_note(user: Any, conversation: Conversation | int, text: str) -> Note:
    text = text.strip()
    if not text:
        raise ActionError(_("a note needs some text"))
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
    notify(
        mentioned, NotificationKind.MENTIONED, conversation, actor=user, detail={"note": note.pk}
    )
    return note


def mark_mentions_read(user: Any, conversation: Conversation) -> int:
    return Mention.objects.filter(
        user=user, note__conversation=conversation, read_at__isnull=True
    ).update(read_at=now())
