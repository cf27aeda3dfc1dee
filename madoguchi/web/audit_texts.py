"""The audit log's details as a reader reads them, in their language (s8 walk: the page
showed the stored keys: "display_name", "teams: [3, 4]", "first_password: invitation link").

The stored Event keeps its keys and values as recorded (the CSV's "details" column still
gives them as JSON, for scripts); this module only names them: a field's label, a team's
or person's name for its id, a role's name for "lead", yes/no for true/false.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from madoguchi.models import Agent, Mailbox, Role, Team

FIELD_NAMES: dict[str, Any] = {
    "username": gettext_lazy("User name"),
    "user": gettext_lazy("Person"),
    "address": gettext_lazy("Address"),
    "reason": gettext_lazy("Reason"),
    "display_name": gettext_lazy("Display name"),
    "name_en": gettext_lazy("Name in Latin letters"),
    "signature": gettext_lazy("Signature (Japanese)"),
    "signature_en": gettext_lazy("Signature (English)"),
    "role": gettext_lazy("Role"),
    "teams": gettext_lazy("Teams"),
    "team": gettext_lazy("Team"),
    "first_password": gettext_lazy("First sign-in"),
    "name": gettext_lazy("Name"),
    "label": gettext_lazy("Label"),
    "auto_label": gettext_lazy("Automatic name"),
    "color": gettext_lazy("Colour"),
    "id": gettext_lazy("Number"),
    "conversations": gettext_lazy("Conversations"),
    "messages": gettext_lazy("Messages"),
    "from": gettext_lazy("From conversation"),
    "into": gettext_lazy("Into conversation"),
    "mailbox": gettext_lazy("Mailbox"),
    "secrets_changed": gettext_lazy("Passwords changed"),
    "ok": gettext_lazy("Connection works"),
    "failed": gettext_lazy("Failed at"),
    "what": gettext_lazy("Data exported"),
    "query": gettext_lazy("Filters"),
    "sessions": gettext_lazy("Sessions ended"),
    "session": gettext_lazy("Session"),
    "template": gettext_lazy("Template"),
    "faq": gettext_lazy("FAQ entry"),
    "title": gettext_lazy("Title"),
    "action": gettext_lazy("Action"),
    "model": gettext_lazy("Kind of record"),
    "object": gettext_lazy("Record"),
    "change": gettext_lazy("Change"),
    "blocked": gettext_lazy("Blocked address or domain"),
    "time_zone": gettext_lazy("Time zone"),
    "language": gettext_lazy("Language"),
    "enabled": gettext_lazy("Switched on"),
    "subject": gettext_lazy("Subject"),
    "text": gettext_lazy("Text"),
    "body": gettext_lazy("Text"),
    "rule": gettext_lazy("Sorting rule"),
    "active": gettext_lazy("In use"),
    "position": gettext_lazy("Order"),
    "conditions": gettext_lazy("Conditions"),
    "actions": gettext_lazy("Actions"),
    "stop": gettext_lazy("Stop after this rule"),
    "calendar": gettext_lazy("Business calendar"),
    "days": gettext_lazy("Company holidays and special days"),
    "hours": gettext_lazy("Business hours, Monday to Sunday"),
    "policy": gettext_lazy("Policy"),
    "first_response_minutes": gettext_lazy("First response (business minutes)"),
    "next_response_minutes": gettext_lazy("Next response (business minutes)"),
    "resolution_minutes": gettext_lazy("Resolution (business minutes)"),
    "personal": gettext_lazy("Personal"),
    "away_from": gettext_lazy("Away from"),
    "away_until": gettext_lazy("Away until"),
    "substitute": gettext_lazy("Substitute"),
    "handed_over": gettext_lazy("Conversations handed over"),
    "customer": gettext_lazy("Customer"),
    "organization": gettext_lazy("Organisation"),
    "notes": gettext_lazy("Memo"),
    "vip": "VIP",
    "field": gettext_lazy("Field"),
    "for": gettext_lazy("For"),
    "kinds": gettext_lazy("Notifications by mail"),
    "unblocked": gettext_lazy("Taken off the block list"),
    "status": gettext_lazy("Status"),
}

VALUE_NAMES: dict[str, Any] = {
    "password": gettext_lazy("wrong password"),
    "code": gettext_lazy("wrong two-factor code"),
    "set": gettext_lazy("password given by an admin"),
    "invitation link": gettext_lazy("one-time link"),
    "added": gettext_lazy("added"),
    "changed": gettext_lazy("changed"),
    "deleted": gettext_lazy("deleted"),
    "audit": gettext_lazy("audit log"),
    "trends": gettext_lazy("trends"),
}

_TEAM_KEYS = ("team", "teams")
_MAILBOX_KEYS = ("mailbox",)
_PERSON_KEYS = ("user", "substitute")


class Names:
    """Teams and people named by id in a page of events: two queries for the page."""

    def __init__(self, details: Iterable[dict[str, Any]]) -> None:
        team_ids: set[int] = set()
        person_ids: set[int] = set()
        mailbox_ids: set[int] = set()
        for detail in details:
            for key, value in detail.items():
                ids = _ids(value)
                if key in _TEAM_KEYS:
                    team_ids |= ids
                elif key in _PERSON_KEYS:
                    person_ids |= ids
                elif key in _MAILBOX_KEYS:
                    mailbox_ids |= ids
        self.teams = dict(Team.objects.filter(pk__in=team_ids).values_list("pk", "name"))
        self.mailboxes = dict(Mailbox.objects.filter(pk__in=mailbox_ids).values_list("pk", "name"))
        self.people = dict(
            get_user_model().objects.filter(pk__in=person_ids).values_list("pk", "username")
        )

    def field(self, key: str) -> str:
        if key in FIELD_NAMES:
            return str(FIELD_NAMES[key])
        for model in (Mailbox, Agent):  # a mailbox's settings, a person's preferences
            try:
                return str(getattr(model._meta.get_field(key), "verbose_name", key))
            except FieldDoesNotExist:
                continue
        if key in Role.values:  # the two-factor policy: one entry per role
            return str(Role(key).label)
        return key

    def value(self, key: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if key in _TEAM_KEYS or key in _PERSON_KEYS:
            names = self.teams if key in _TEAM_KEYS else self.people
            ids = value if isinstance(value, list) else [value]
            return ", ".join(names.get(item, f"#{item}") for item in ids)
        if key in _MAILBOX_KEYS and isinstance(value, int):
            return self.mailboxes.get(value, f"#{value}")
        if key == "role" and value in Role.values:
            return str(Role(value).label)
        if isinstance(value, str):
            text = str(VALUE_NAMES.get(value, value))
        else:
            text = json.dumps(value, ensure_ascii=False, default=str)
        return text if len(text) <= 200 else text[:199] + "…"


def _ids(value: Any) -> set[int]:
    items = value if isinstance(value, list) else [value]
    return {item for item in items if isinstance(item, int) and not isinstance(item, bool)}


def readable(before: Any, after: Any, names: Names) -> tuple[str, ...]:
    """The change as people read it: one "field: before → after" a line."""
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    lines = []
    for key in sorted(set(old) | set(new)):
        label = names.field(key)
        if key in old and key in new and old[key] != new[key]:
            lines.append(f"{label}: {names.value(key, old[key])} → {names.value(key, new[key])}")
        elif key in new:
            lines.append(f"{label}: {names.value(key, new[key])}")
        elif key in old:
            lines.append(f"{label}: {names.value(key, old[key])} → —")
    return tuple(lines)
