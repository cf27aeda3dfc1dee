"""What every signed-in page shows around its content: folders with live counts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from madoguchi.models import Mention, Status
from madoguchi.web.queries import counts_for, sidebar_labels, sidebar_mailboxes


def sidebar(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if (
        user is None
        or not user.is_authenticated
        or request.headers.get("HX-Request")
        and not (request.headers.get("HX-Boosted"))
    ):
        return {}
    counts = counts_for(user)
    labels = [(label, counts.by_label.get(label.pk, 0)) for label in sidebar_labels(user)]
    mailboxes = [(m, counts.by_mailbox.get(m.pk, 0)) for m in sidebar_mailboxes(user)]
    statuses = [(value, label, counts.by_folder.get(value, 0)) for value, label in Status.choices]
    return {
        "sidebar_counts": counts.by_folder,
        "sidebar_statuses": statuses,
        "sidebar_labels": labels,
        "sidebar_mailboxes": mailboxes,
        "unread_mentions": Mention.objects.filter(user=user, read_at__isnull=True).count(),
        "is_lead": _is_lead(user),
    }


def _is_lead(user: Any) -> bool:
    from madoguchi.actions.templates import may_manage_templates

    return may_manage_templates(user)
