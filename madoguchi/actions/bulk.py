"""Bulk changes from the queue: the same single actions, for many conversations, all or none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction

from madoguchi.actions.base import ActionError, NotAllowed, visible_conversations
from madoguchi.actions.conversations import add_label, assign, set_priority, set_status
from madoguchi.models import Label

MAX_BULK = 200


@transaction.atomic
def bulk_update(
    user: Any,
    conversation_ids: Sequence[int],
    *,
    owner: Any | None = None,
    unassign: bool = False,
    label: Label | None = None,
    status: str = "",
    priority: int | None = None,
) -> int:
    """Apply one change to every conversation; any one the user may not see refuses all."""
    ids = sorted(set(conversation_ids))
    if not ids:
        raise ActionError("select at least one conversation")
    if len(ids) > MAX_BULK:
        raise ActionError(f"select at most {MAX_BULK} conversations")
    if visible_conversations(user).filter(pk__in=ids).count() != len(ids):
        raise NotAllowed("no such conversation")
    for pk in ids:
        if owner is not None or unassign:
            assign(user, pk, None if unassign else owner)
        if label is not None:
            add_label(user, pk, label)
        if status:
            set_status(user, pk, status)
        if priority is not None:
            set_priority(user, pk, priority)
    return len(ids)
