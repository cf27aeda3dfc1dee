"""Keeping the search index free of deleted messages."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete


def _forget_message(sender: Any, instance: Any, **kwargs: Any) -> None:
    from madoguchi.search.backends import backend_for, delete_messages

    delete_messages([instance.pk])
    # The conversation's document is rebuilt without it (or removed with the conversation).
    backend_for().refresh_conversations([instance.conversation_id])


def connect() -> None:
    from madoguchi.models import Message

    post_delete.connect(_forget_message, sender=Message, dispatch_uid="madoguchi-search-forget")
