"""What every signed-in page shows around its content: folders with live counts, badges."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest

from madoguchi.actions.notify import unread_badges
from madoguchi.models import Status
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
    return live_context(user)


def live_context(user: Any) -> dict[str, Any]:
    """The folder counts and the badges, read from the database (the same in every web
    process); the page draws them and the refresh (web/views/live.py) redraws them."""
    counts = counts_for(user)
    unread = unread_badges(user)
    labels = [(label, counts.by_label.get(label.pk, 0)) for label in sidebar_labels(user)]
    mailboxes = [(m, counts.by_mailbox.get(m.pk, 0)) for m in sidebar_mailboxes(user)]
    statuses = [(value, label, counts.by_folder.get(value, 0)) for value, label in Status.choices]
    return {
        "sidebar_counts": counts.by_folder,
        "sidebar_statuses": statuses,
        "sidebar_labels": labels,
        "sidebar_mailboxes": mailboxes,
        "unread_mentions": unread.mentions,
        "unread_notifications": unread.notifications,
        "is_lead": _is_lead(user),
        "refresh_seconds": settings.LIVE_REFRESH_SECONDS,
        "setup_missing": _setup_missing(user),
    }


def _setup_missing(user: Any) -> list[tuple[Any, bool, bool]]:
    """For an admin: the active mailboxes that fetch no mail or send none (walk 24 H8: on
    Monday both demo mailboxes said 「受信（IMAP）未設定」 only on /mailboxes/, and nothing
    told the admin that no customer mail was being fetched). (mailbox, no IMAP, no SMTP)."""
    from madoguchi.actions.people import is_admin
    from madoguchi.models import Mailbox

    if not is_admin(user):
        return []
    missing = Mailbox.objects.filter(Q(imap_host="") | Q(smtp_host=""), is_active=True)
    return [
        (mailbox, not mailbox.imap_host, not mailbox.smtp_host)
        for mailbox in missing.order_by("pk").only("pk", "address", "imap_host", "smtp_host")
    ]


def _is_lead(user: Any) -> bool:
    from madoguchi.actions.templates import may_manage_templates

    return may_manage_templates(user)
