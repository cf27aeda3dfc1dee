"""Bulk changes from the queue: the same single actions, for many conversations.

Each conversation is changed in its own savepoint: one that cannot take the change (an
owner who does not work in its mailbox, say) is reported with the reason and the others
still change. A conversation the user may not see at all refuses the whole batch, with
the same 404 as opening it, so a forged id learns nothing. What a bulk change did can be
undone once, right after it (undo_bulk).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, visible_conversations
from madoguchi.actions.conversations import (
    add_label,
    assign,
    assign_round_robin,
    remove_label,
    set_priority,
    set_status,
    snooze,
    unsnooze,
)
from madoguchi.actions.snoozing import hides_first_deadline
from madoguchi.models import Conversation, Label, Team

MAX_BULK = 200


@dataclass(frozen=True)
class BulkFailure:
    conversation_id: int
    subject: str
    reason: str  # already translated: it is shown as it is
    # A snooze skipped because it would hide a first-reply deadline: the agent may confirm it.
    confirmable: bool = False


@dataclass(frozen=True)
class BulkResult:
    changed: list[int] = field(default_factory=list)
    failed: list[BulkFailure] = field(default_factory=list)
    # What undo_bulk needs: per changed conversation, its state before and after (_state).
    undo: list[tuple[int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)


def bulk_update(
    user: Any,
    conversation_ids: Sequence[int],
    *,
    owner: Any | None = None,
    unassign: bool = False,
    team: Team | None = None,
    label: Label | None = None,
    status: str = "",
    priority: int | None = None,
    snooze_until: datetime | None = None,
    snooze_until_reply: bool = False,
    snooze_confirmed: bool = False,
) -> BulkResult:
    """Apply one change to every conversation it fits; report the others and why."""
    ids = sorted(set(conversation_ids))
    if not ids:
        raise ActionError(_("Select at least one conversation."))
    if len(ids) > MAX_BULK:
        raise ActionError(_("Select at most %(count)d conversations.") % {"count": MAX_BULK})
    fields = ("pk", "subject", "sla_due_at", "sla_response_owed", "first_response_seconds")
    found = list(visible_conversations(user).filter(pk__in=ids).only(*fields))
    subjects = {row.pk: row.subject for row in found}
    if len(subjects) != len(ids):
        raise NotAllowed("no such conversation")
    hidden = {}
    if snooze_until is not None and not snooze_confirmed:
        hidden = _hidden_deadlines(found, snooze_until)
    result = BulkResult()
    label_id = label.pk if label is not None else None
    for pk in ids:
        if pk in hidden:
            # Asked first, as a single snooze does (actions/snoozing.hides_first_deadline):
            # a never-answered customer's deadline is not hidden by a bulk snooze either.
            reason = _(
                "Not snoozed: this customer has had no answer yet and their first-reply "
                "deadline (%(due)s) passes before it would come back."
            ) % {"due": date_format(timezone.localtime(hidden[pk]), "DATETIME_FORMAT")}
            result.failed.append(BulkFailure(pk, subjects[pk], reason, confirmable=True))
            continue
        try:
            with transaction.atomic():
                before = _state(pk, label_id)
                if owner is not None or unassign:
                    assign(user, pk, None if unassign else owner)
                if team is not None:
                    _assign_next_in(user, pk, team)
                if label is not None:
                    add_label(user, pk, label)
                if status:
                    set_status(user, pk, status)
                if priority is not None:
                    set_priority(user, pk, priority)
                if snooze_until is not None:
                    snooze(user, pk, snooze_until, until_reply=snooze_until_reply)
        except ActionError as error:
            result.failed.append(BulkFailure(pk, subjects[pk], str(error)))
        else:
            result.changed.append(pk)
            result.undo.append((pk, before, _state(pk, label_id)))
    return result


def _state(pk: int, label_id: int | None) -> dict[str, Any]:
    """What a bulk change may change, as undo compares and restores it (JSON-ready: the
    undo waits in the session)."""
    row = Conversation.objects.values("owner_id", "status", "priority", "snoozed_until").get(pk=pk)
    until = row["snoozed_until"]
    state = {**row, "snoozed_until": until.isoformat() if until else None}
    if label_id is not None:
        state["label"] = Conversation.labels.through.objects.filter(
            conversation_id=pk, label_id=label_id
        ).exists()
    return state


@dataclass(frozen=True)
class UndoResult:
    restored: list[int] = field(default_factory=list)
    changed_since: list[int] = field(default_factory=list)  # left as they are
    failed: list[BulkFailure] = field(default_factory=list)


def undo_bulk(
    user: Any, entries: Sequence[Sequence[Any]], label_id: int | None = None
) -> UndoResult:
    """Put back what one bulk change did (walk 20 G7: a bulk change had no undo), through the
    same single actions, so the timeline says it. A conversation someone changed since (its
    state is no longer what the bulk change left) is left as it is and reported."""
    ids = [int(entry[0]) for entry in entries]
    subjects = dict(visible_conversations(user).filter(pk__in=ids).values_list("pk", "subject"))
    if len(subjects) != len(set(ids)):
        raise NotAllowed("no such conversation")
    label = Label.objects.filter(pk=label_id).first() if label_id is not None else None
    result = UndoResult()
    for pk, before, after in entries:
        if _state(pk, label_id) != after:
            result.changed_since.append(pk)
            continue
        try:
            with transaction.atomic():
                _restore(user, pk, before, after, label)
        except ActionError as error:
            result.failed.append(BulkFailure(pk, subjects[pk], str(error)))
        else:
            result.restored.append(pk)
    return result


def _restore(
    user: Any, pk: int, before: dict[str, Any], after: dict[str, Any], label: Label | None
) -> None:
    if before["owner_id"] != after["owner_id"]:
        owner = get_user_model().objects.filter(pk=before["owner_id"]).first()
        assign(user, pk, owner)
    if label is not None and after.get("label") and not before.get("label"):
        remove_label(user, pk, label)
    if before["status"] != after["status"]:
        set_status(user, pk, before["status"])
    if before["priority"] != after["priority"]:
        set_priority(user, pk, before["priority"])
    if before["snoozed_until"] != after["snoozed_until"]:
        until = before["snoozed_until"]
        if until is None or datetime.fromisoformat(until) <= timezone.now():
            if Conversation.objects.filter(pk=pk, snoozed_until__isnull=False).exists():
                unsnooze(user, pk)
        else:
            snooze(user, pk, datetime.fromisoformat(until))


def _hidden_deadlines(conversations: list[Conversation], until: datetime) -> dict[int, datetime]:
    """The first-reply deadlines a snooze to `until` would hide, by conversation (from the
    rows the subjects are read from: no query of its own)."""
    hidden = {}
    for row in conversations:
        due = hides_first_deadline(row, until)
        if due is not None:
            hidden[row.pk] = due
    return hidden


def _assign_next_in(user: Any, conversation_id: int, team: Team) -> None:
    """Round-robin, one conversation after the other, as on a single conversation (walk 12:
    spreading sixteen unassigned mails fairly meant picking names by hand)."""
    mailbox_id = Conversation.objects.values_list("mailbox_id", flat=True).get(pk=conversation_id)
    if not team.mailboxes.filter(pk=mailbox_id).exists():
        raise ActionError(_("That team does not work in this mailbox."))
    assign_round_robin(user, conversation_id, team)
