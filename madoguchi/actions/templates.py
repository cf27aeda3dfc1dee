"""Canned replies (テンプレート): leads and admins manage them, everyone uses them."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.models import Role, Template


def may_manage_templates(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def _check(user: Any, name: str, body: str) -> None:
    if not may_manage_templates(user):
        raise NotAllowed("only leads manage templates")
    if not name.strip() or not body.strip():
        raise ActionError(_("a template needs a name and a body"))


@transaction.atomic
def save_template(
    user: Any,
    template: Template | None,
    *,
    name: str,
    body: str,
    language: str,
    kind: str = Template.Kind.REPLY,
) -> Template:
    _check(user, name, body)
    if kind not in Template.Kind.values:
        raise ActionError(_("unknown kind %(value)r") % {"value": kind})
    created = template is None
    if template is None:
        template = Template(created_by=user)
    template.name = name.strip()
    template.body = body
    template.language = language or "ja"
    template.kind = kind
    template.save()
    record_event(
        None,
        user,
        "template_created" if created else "template_changed",
        None,
        {"template": template.pk, "name": template.name},
    )
    return template


@transaction.atomic
def delete_template(user: Any, template: Template) -> None:
    if not may_manage_templates(user):
        raise NotAllowed("only leads manage templates")
    record_event(None, user, "template_deleted", {"template": template.pk, "name": template.name})
    template.delete()
