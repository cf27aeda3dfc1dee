"""Keeping the search index free of deleted messages."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete


def _forget_message(sender: Any, instance: Any, **kwargs: Any) -> None:
    from madoguchi.search.backends import delete_messages

    delete_messages([instance.pk])


def connect() -> None:
    from madoguchi.models import Message

    post_delete.connect(_forget_message, sender=Message, dispatch_uid="madoguchi-search-forget")
