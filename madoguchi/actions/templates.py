"""Canned replies (テンプレート): personal ones (an agent's own, seen only by them), a
team's (its leads manage them) and global ones (admins). A template may also be a macro:
when a reply that used it is sent, the conversation's status, priority and labels are set
as the template says, through the ordinary actions, each with its Event."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from madoguchi.actions import conversations as conversation_actions
from madoguchi.actions.base import ActionError, NotAllowed, record_event, role_of
from madoguchi.actions.lint_policy import HINT, PolicyFinding, lint_draft
from madoguchi.actions.scoping import may_manage_scope, visible_scope
from madoguchi.models import Label, Priority, Role, Status, Team, Template
from madoguchi.quality.placeholders import fill_placeholders

PERSONAL = "personal"  # the scope of a template only its owner sees
GLOBAL = "global"

# What a template's variables become in a reply, for checking the template as agents send it.
_SAMPLE_VALUES = {
    "ja": {
        "customer_name": "山田 太郎",
        "customer_first_name": "山田 太郎",
        "organization": "株式会社サンプル",
        "agent_name": "佐藤",
        "tag": "#1",
        "subject": "お問い合わせ",
        "mailbox_name": "サポート窓口",
    },
    "en": {
        "customer_name": "Alex Smith",
        "customer_first_name": "Alex",
        "organization": "Example Ltd",
        "agent_name": "Sam",
        "tag": "#1",
        "subject": "Your question",
        "mailbox_name": "Support",
    },
}


def may_manage_templates(user: Any) -> bool:
    """May the user manage shared (team or global) templates? Everyone keeps personal ones."""
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def visible_templates(user: Any) -> QuerySet[Template]:
    """The user's own personal templates, their teams' and the global ones."""
    if role_of(user) is None:
        return Template.objects.none()
    shared = Q(owner__isnull=True) & visible_scope(user)
    return Template.objects.filter(shared | Q(owner_id=user.pk))


def may_manage_template(user: Any, template: Template) -> bool:
    if template.owner_id is not None:
        return bool(template.owner_id == getattr(user, "pk", None))
    return may_manage_scope(user, template.team_id)


def _may_use_scope(user: Any, scope: str | Team) -> bool:
    if scope == PERSONAL:
        return role_of(user) is not None
    if scope == GLOBAL:
        return may_manage_scope(user, None)
    return isinstance(scope, Team) and may_manage_scope(user, scope.pk)


@transaction.atomic
def labels_for_scope(user: Any, scope: str | Team) -> set[int]:
    """Labels a template of this scope may set: the global ones, and a team template its
    team's, a personal one its owner's teams' (an admin's too: only their own teams)."""
    labels = Label.objects.filter(team__isnull=True)
    if isinstance(scope, Team):
        labels = Label.objects.filter(Q(team__isnull=True) | Q(team=scope))
    elif scope == PERSONAL:
        mine = Team.objects.filter(agents__user_id=user.pk).values("id")
        labels = Label.objects.filter(Q(team__isnull=True) | Q(team__in=mine))
    return set(labels.values_list("pk", flat=True))


def settable_labels(user: Any) -> QuerySet[Label]:
    """The labels a new template's form offers: the global ones and the private labels of the
    user's own teams. Another team's private label is refused on save (labels_for_scope), so
    offering it only led to an error (s7 walk: an admin sees every label)."""
    mine = Team.objects.filter(agents__user_id=getattr(user, "pk", None) or 0).values("id")
    return Label.objects.filter(Q(team__isnull=True) | Q(team__in=mine))


def save_template(
    user: Any,
    template: Template | None,
    *,
    name: str,
    body: str,
    language: str,
    kind: str = Template.Kind.REPLY,
    scope: str | Team = GLOBAL,
    folder: str = "",
    set_status: str = "",
    set_priority: int | None = None,
    add_labels: Iterable[Label] = (),
) -> Template:
    """Create or change a template in `scope`: PERSONAL, GLOBAL or a Team."""
    if template is not None and not may_manage_template(user, template):
        raise NotAllowed("not your template")
    if not _may_use_scope(user, scope):
        raise NotAllowed("only a team's leads share templates with it; admins with everyone")
    if not name.strip() or not body.strip():
        raise ActionError(_("a template needs a name and a body"))
    if kind not in Template.Kind.values:
        raise ActionError(_("unknown kind %(value)r") % {"value": kind})
    if scope == PERSONAL and kind != Template.Kind.REPLY:
        # Clarifying questions are offered to every agent by the assistant: not personal.
        raise ActionError(_("a personal template is a reply template"))
    if set_status and set_status not in Status.values:
        raise ActionError(_("unknown status %(value)r") % {"value": set_status})
    if set_priority is not None and set_priority not in Priority.values:
        raise ActionError(_("unknown priority %(value)r") % {"value": set_priority})
    labels = list(add_labels)
    visible = set(Label.objects.filter(visible_scope(user)).values_list("pk", flat=True))
    if any(label.pk not in visible for label in labels):
        raise NotAllowed("another team's label")
    foreign = [label.name for label in labels if label.pk not in labels_for_scope(user, scope)]
    if foreign:
        # Silently skipped on send before (a team's private label stays off the other
        # teams' conversations): say so when saving instead.
        raise ActionError(
            _(
                "%(labels)s cannot be set by this template: it is another team's label. "
                "A template sets global labels and those of its own team."
            )
            % {"labels": "、".join(f"「{name}」" for name in foreign)}
        )
    created = template is None
    if template is None:
        template = Template(created_by=user)
    # What the audit log shows as "before → after" (walk 10, F23).
    before = None if created else {"name": template.name, "body": template.body}
    template.name = name.strip()
    template.body = body
    template.language = language or "ja"
    template.kind = kind
    template.owner = user if scope == PERSONAL else None
    template.team = scope if isinstance(scope, Team) else None
    template.folder = " ".join(folder.split())[:100]
    template.set_status = set_status
    template.set_priority = set_priority
    template.save()
    template.add_labels.set(labels)
    record_event(
        None,
        user,
        "template_created" if created else "template_changed",
        before,
        {
            "template": template.pk,
            "name": template.name,
            "body": template.body,
            "team": template.team_id,
            "personal": template.owner_id is not None,
        },
    )
    return template


@transaction.atomic
def template_findings(body: str, language: str) -> list[PolicyFinding]:
    """What the reply check says of a template an agent sends unchanged (walk 12, F-14: the
    team's own incident template drew two warnings every time it was used, and nobody who
    could fix it saw them). Hints and left blanks are not counted: a template's 〇〇 is
    there for the agent to fill, and sending refuses it until they do."""
    values = _SAMPLE_VALUES["en" if language == "en" else "ja"]
    return [
        found
        for found in lint_draft(fill_placeholders(body, values))
        if found.mode != HINT and found.finding.rule != "placeholder_left"
    ]


def delete_template(user: Any, template: Template) -> None:
    if not may_manage_template(user, template):
        raise NotAllowed("not your template")
    record_event(None, user, "template_deleted", {"template": template.pk, "name": template.name})
    template.delete()


PICKER_LIMIT = 50  # a picker longer than this is searched, not scrolled


def picker_templates(user: Any, query: str = "") -> list[tuple[str, list[Template]]]:
    """Reply templates the user may insert whose name or body contains every word of the
    query (Japanese has no spaces: a word is any run the agent typed), grouped by folder,
    templates without a folder first. One query."""
    rows = visible_templates(user).filter(kind=Template.Kind.REPLY)
    for word in query.split()[:5]:
        rows = rows.filter(Q(name__icontains=word) | Q(body__icontains=word) | Q(folder=word))
    groups: dict[str, list[Template]] = {}
    for template in rows.order_by("folder", "name")[:PICKER_LIMIT]:
        groups.setdefault(template.folder, []).append(template)
    return list(groups.items())


def macro_changes(template: Template) -> list[str]:
    """What sending a reply that used this template also does, in words for the agent."""
    changes = []
    if template.set_status:
        changes.append(_("status: %(value)s") % {"value": Status(template.set_status).label})
    if template.set_priority is not None:
        changes.append(_("priority: %(value)s") % {"value": Priority(template.set_priority).label})
    changes += [
        _("label: %(value)s") % {"value": label.name} for label in template.add_labels.all()
    ]
    return changes


@transaction.atomic
def apply_macro(user: Any, conversation: Any, template: Template | int) -> list[str]:
    """After a reply that used `template` was sent: set what the macro says through the
    ordinary actions (each checks permission, records its Event, bumps the version)."""
    pk = template.pk if isinstance(template, Template) else template
    found = visible_templates(user).filter(pk=pk).first()
    if found is None:
        raise NotAllowed("no such template")
    if found.set_status:
        conversation_actions.set_status(user, conversation, found.set_status)
    if found.set_priority is not None:
        conversation_actions.set_priority(user, conversation, found.set_priority)
    for label in found.add_labels.all():
        conversation_actions.add_label(user, conversation, label)
    return macro_changes(found)
