"""Label management by leads and admins: create, rename, recolour, merge, delete.

A lead manages the labels of their own teams; global labels (no team) are an admin's and
read-only to leads. Merging and deleting touch every conversation that carries the label
in a fixed number of statements, however many conversations that is: the label rows are
moved with INSERT … SELECT, the versions bumped with one UPDATE, and each conversation's
timeline gets its own Event written by one INSERT … SELECT (an agent reading a
conversation should see why its label changed; a single summary Event would only be in
the audit log). One more Event without a conversation summarises the whole change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from madoguchi.actions import sla
from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    client_address,
    now,
    record_event,
)
from madoguchi.actions.scoping import may_manage_scope, visible_scope
from madoguchi.models import ApprovalPolicy, Conversation, Event, Label, SlaPolicy, Team

COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
Through = Conversation.labels.through


def visible_labels(user: Any) -> Any:
    """Labels the user may see and pick: their teams' and the global ones."""
    return Label.objects.filter(visible_scope(user))


@dataclass(frozen=True)
class HiddenLabels:
    """The labels a user may not see (other teams' private ones), to leave the timeline events
    about them out of a shared mailbox's conversation page. Events since s8 carry the label's
    id (`label_id`), which no rename changes; older ones only its name at the time, so the
    names it had before a rename are here too (s7 walk: an event under the old name showed)."""

    ids: frozenset[int] = frozenset()
    names: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.ids or self.names)


def hidden_labels(user: Any) -> HiddenLabels:
    hidden = dict(Label.objects.exclude(visible_scope(user)).values_list("pk", "name"))
    if not hidden:
        return HiddenLabels()
    names = set(hidden.values())
    # Newest rename first: a label renamed A → B → C had C, then B, then A.
    renames = Event.objects.filter(verb="label_changed").order_by("-created_at", "-id")
    for before, after in renames.values_list("before", "after"):
        if not (isinstance(before, dict) and isinstance(after, dict)):
            continue
        known = after.get("id")
        if (known in hidden) if known is not None else (after.get("label") in names):
            names.add(str(before.get("label")))
    return HiddenLabels(frozenset(hidden), frozenset(names))


def hidden_label_names(user: Any) -> list[str]:
    """Names of the labels the user may not see (see hidden_labels, which also has ids)."""
    return sorted(hidden_labels(user).names)


def may_manage_label(user: Any, label: Label) -> bool:
    return may_manage_scope(user, label.team_id)


def _clean(name: str, color: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if not name:
        raise ActionError(_("a label needs a name"))
    if len(name) > 100:
        raise ActionError(_("a label name has at most 100 characters"))
    if not COLOUR.fullmatch(color):
        raise ActionError(_("a colour looks like #1a2b3c"))
    return name, color.lower()


def _taken(name: str, exclude: int = 0) -> bool:
    # Case-insensitive, as search's `label:` finds them.
    return Label.objects.filter(name__iexact=name).exclude(pk=exclude).exists()


@transaction.atomic
def create_label(user: Any, *, name: str, color: str, team: Team | None) -> Label:
    if not may_manage_scope(user, team.pk if team else None):
        raise NotAllowed("only leads create labels, in their own teams")
    name, color = _clean(name, color)
    if _taken(name):
        raise ActionError(_("a label called %(name)s exists already") % {"name": name})
    try:
        with transaction.atomic():
            label = Label.objects.create(name=name, color=color, team=team)
    except IntegrityError:  # a colleague made it at the same moment
        raise ActionError(_("a label called %(name)s exists already") % {"name": name}) from None
    record_event(
        None, user, "label_created", None, {"label": name, "team": team.pk if team else None}
    )
    return label


def _lock_label(user: Any, label: Label | int) -> Label:
    pk = label.pk if isinstance(label, Label) else label
    found = Label.objects.select_for_update().filter(pk=pk).first()
    if found is None or not may_manage_label(user, found):
        raise NotAllowed("no such label")
    return found


@transaction.atomic
def update_label(user: Any, label: Label | int, *, name: str, color: str) -> Label:
    """Rename and/or recolour; conversations keep the label (it is the same row)."""
    label = _lock_label(user, label)
    name, color = _clean(name, color)
    before = {"label": label.name, "color": label.color, "id": label.pk}
    if name == label.name and color == label.color:
        return label
    if name.lower() != label.name.lower() and _taken(name, exclude=label.pk):
        raise ActionError(_("a label called %(name)s exists already") % {"name": name})
    label.name, label.color = name, color
    label.save(update_fields=["name", "color"])
    record_event(
        None, user, "label_changed", before, {"label": name, "color": color, "id": label.pk}
    )
    return label


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _insert_events_for(label: Label, user: Any, verb: str, before: Any, after: Any) -> None:
    """One Event per conversation carrying `label`, in one statement."""
    json_param = "CAST(%s AS jsonb)" if connection.vendor == "postgresql" else "%s"
    address_param = "CAST(%s AS inet)" if connection.vendor == "postgresql" else "%s"
    at = connection.ops.adapt_datetimefield_value(now())
    event = connection.ops.quote_name(Event._meta.db_table)
    through = connection.ops.quote_name(Through._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {event} (conversation_id, actor_id, verb, before, after,"  # noqa: S608
            f" created_at, address) SELECT conversation_id, %s, %s, {json_param},"
            f" {json_param}, %s, {address_param} FROM {through} WHERE label_id = %s",
            [
                user.pk if getattr(user, "is_authenticated", False) else None,
                verb,
                _json(before),
                _json(after),
                at,
                client_address(),
                label.pk,
            ],
        )


def _bump_conversations_of(label: Label) -> int:
    carrying = Through.objects.filter(label_id=label.pk).values("conversation_id")
    return Conversation.objects.filter(pk__in=carrying).update(
        version=F("version") + 1, updated_at=now()
    )


@transaction.atomic
def merge_labels(user: Any, label: Label | int, into: Label | int) -> int:
    """Move every conversation's `label` to `into`, then delete `label`. Returns how many
    conversations carried it. `into` may be a global label the lead can only read: it is
    not changed, only given to more conversations."""
    source = _lock_label(user, label)
    target_pk = into.pk if isinstance(into, Label) else into
    found = visible_labels(user).filter(pk=target_pk).first()
    if found is None:
        raise NotAllowed("no such label")
    return _merge(user, source, found)


def _merge(user: Any, source: Label, target: Label) -> int:
    if target.pk == source.pk:
        raise ActionError(_("choose another label to merge into"))
    _insert_events_for(
        source,
        user,
        "label_merged",
        {"label": source.name, "label_id": source.pk},
        {"label": target.name, "label_id": target.pk},
    )
    moved = _bump_conversations_of(source)
    through = connection.ops.quote_name(Through._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {through} (conversation_id, label_id)"  # noqa: S608
            f" SELECT conversation_id, %s FROM {through} AS s WHERE s.label_id = %s"
            f" AND NOT EXISTS (SELECT 1 FROM {through} AS t"
            f" WHERE t.conversation_id = s.conversation_id AND t.label_id = %s)",
            [target.pk, source.pk, target.pk],
        )
    Through.objects.filter(label_id=source.pk).delete()
    # Policies that named the old label now name the one it became, so every conversation
    # keeps the SLA targets and approvals it had (no clock needs recomputing).
    SlaPolicy.objects.filter(label_id=source.pk).update(label_id=target.pk)
    _move_approval_policy_labels(source, target)
    sla.forget_setup()
    record_event(
        None,
        user,
        "labels_merged",
        {"label": source.name, "id": source.pk},
        {"label": target.name, "id": target.pk, "conversations": moved},
    )
    source.delete()
    return moved


def _move_approval_policy_labels(source: Label, target: Label) -> None:
    through = ApprovalPolicy.labels.through
    having_source = through.objects.filter(label_id=source.pk)
    already = set(
        through.objects.filter(
            label_id=target.pk,
            approvalpolicy_id__in=having_source.values("approvalpolicy_id"),
        ).values_list("approvalpolicy_id", flat=True)
    )
    having_source.exclude(approvalpolicy_id__in=already).update(label_id=target.pk)
    through.objects.filter(label_id=source.pk).delete()


@transaction.atomic
def delete_label(user: Any, label: Label | int) -> int:
    """Delete the label and take it off every conversation (each timeline says so).
    Refused while an SLA policy uses it: deleting the label would delete the policy."""
    label = _lock_label(user, label)
    policies = list(SlaPolicy.objects.filter(label_id=label.pk).values_list("name", flat=True))
    if policies:
        raise ActionError(
            _("the SLA policy %(names)s uses this label: change it first")
            % {"names": "、".join(policies)}
        )
    _insert_events_for(
        label, user, "label_removed", {"label": label.name, "label_id": label.pk}, None
    )
    removed = _bump_conversations_of(label)
    Through.objects.filter(label_id=label.pk).delete()
    record_event(
        None,
        user,
        "label_deleted",
        {"label": label.name, "id": label.pk, "conversations": removed},
        None,
    )
    label.delete()
    return removed
