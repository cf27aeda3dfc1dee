"""Notifications (通知): the one helper every action calls where something happens that a
person should hear about — an assignment, a mention, an approval request and its result, a
failed send, an SLA warning, a 返信待ち reminder.

Called inside the action's transaction: the notification exists exactly when the change
does. The person who did the thing is never notified of it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, IntegerField, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from madoguchi.actions.base import now
from madoguchi.actions.notification_mail import queue_notification_mails
from madoguchi.models import (
    Agent,
    Conversation,
    Mention,
    Notification,
    NotificationKind,
    NotificationMail,
    Role,
)
from madoguchi.models.accounts import absent_q


def _pk(user: Any) -> int | None:
    if user is None:
        return None
    if isinstance(user, int):
        return user
    return getattr(user, "pk", None)


def notify(
    recipients: Iterable[Any],
    kind: NotificationKind,
    conversation: Conversation | None,
    actor: Any = None,
    detail: dict[str, Any] | None = None,
) -> list[Notification]:
    """One unread notification for each active recipient (users or user ids; duplicates and
    the actor left out)."""
    actor_id = _pk(actor) if getattr(actor, "is_authenticated", False) else None
    wanted = {pk for pk in (_pk(r) for r in recipients) if pk is not None and pk != actor_id}
    if not wanted:
        return []
    active = (
        get_user_model()
        .objects.filter(pk__in=wanted, is_active=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    at = now()
    rows = [
        Notification(
            recipient_id=pk,
            kind=kind,
            conversation=conversation,
            actor_id=actor_id,
            detail=detail or {},
            created_at=at,
        )
        for pk in active
    ]
    told = {row.recipient_id for row in rows}
    # 不在: an absent person's notifications go to their substitute as well (once, and not
    # to the one who did the thing).
    for absent_id, substitute_id in _substitutes(told):
        if substitute_id in told or substitute_id == actor_id:
            continue
        told.add(substitute_id)
        rows.append(
            Notification(
                recipient_id=substitute_id,
                kind=kind,
                conversation=conversation,
                actor_id=actor_id,
                on_behalf_of_id=absent_id,
                detail=detail or {},
                created_at=at,
            )
        )
    created = Notification.objects.bulk_create(rows)
    queue_notification_mails(created)  # the kinds each one also wants by e-mail (s5-notify)
    return created


def withdraw(recipient_id: int, kind: NotificationKind, conversation: Conversation) -> int:
    """Take back what `notify` told and is no longer true (a conversation assigned elsewhere):
    the recipient's unread notifications of this kind on this conversation, the copies their
    substitute got on their behalf, and the mails of both not sent yet. A read notification is
    history and stays; a sent mail cannot be recalled. Returns how many notifications went."""
    theirs = Q(recipient_id=recipient_id) | Q(on_behalf_of_id=recipient_id)
    deleted, _ = Notification.objects.filter(
        theirs, conversation=conversation, kind=kind, read_at__isnull=True
    ).delete()
    NotificationMail.objects.filter(
        theirs, conversation=conversation, kind=kind, sent_at__isnull=True
    ).delete()
    return deleted


def _substitutes(user_ids: set[int]) -> list[tuple[int, int]]:
    if not user_ids:
        return []
    return list(
        Agent.objects.filter(
            absent_q(), user_id__in=user_ids, substitute__isnull=False, substitute__is_active=True
        )
        .order_by("user_id")
        .values_list("user_id", "substitute_id")
    )


def leads_of(conversation: Conversation) -> list[int]:
    """The leads of the teams that work in the conversation's mailbox."""
    return list(
        get_user_model()
        .objects.filter(agent__role=Role.LEAD, agent__teams__mailboxes=conversation.mailbox_id)
        .values_list("pk", flat=True)
        .distinct()
    )


def approvers_of(conversation: Conversation, policy_ids: Iterable[int]) -> list[int]:
    """Who may decide a held reply: the mailbox's leads, the admins, and the approvers
    named by the policies that held it."""
    return list(
        get_user_model()
        .objects.filter(
            Q(agent__role=Role.LEAD, agent__teams__mailboxes=conversation.mailbox_id)
            | Q(agent__role=Role.ADMIN)
            | Q(is_superuser=True)
            | Q(pk__in=_policy_approvers(policy_ids))
        )
        .values_list("pk", flat=True)
        .distinct()
    )


def _policy_approvers(policy_ids: Iterable[int]) -> list[int]:
    from madoguchi.models import ApprovalPolicy

    ids = list(policy_ids)
    if not ids:
        return []
    return list(
        ApprovalPolicy.approvers.through.objects.filter(approvalpolicy_id__in=ids).values_list(
            "user_id", flat=True
        )
    )


# reading --------------------------------------------------------------------------------


def unread_count(user: Any) -> int:
    """The badge: one query over the partial index of unread rows."""
    return Notification.objects.filter(recipient_id=_pk(user) or 0, read_at__isnull=True).count()


@dataclass(frozen=True)
class Unread:
    notifications: int
    mentions: int


def _count_of(queryset: QuerySet[Any], column: str) -> Coalesce:
    counted = queryset.values(column).annotate(total=Count("*")).values("total")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def unread_badges(user: Any) -> Unread:
    """Both badges of every page (通知 and @) in one query: two counts over the unread
    rows of one user, read from the database so every web process shows the same."""
    pk = _pk(user) or 0
    found = (
        get_user_model()
        .objects.filter(pk=pk)
        .values(
            unread_notifications=_count_of(
                Notification.objects.filter(recipient_id=pk, read_at__isnull=True),
                "recipient_id",
            ),
            unread_mentions=_count_of(
                Mention.objects.filter(user_id=pk, read_at__isnull=True), "user_id"
            ),
        )
        .first()
    )
    if found is None:
        return Unread(0, 0)
    return Unread(found["unread_notifications"], found["unread_mentions"])


def mark_read(user: Any, notification_id: int) -> bool:
    """False when there is no such unread notification of this user."""
    return bool(
        Notification.objects.filter(
            pk=notification_id, recipient_id=_pk(user) or 0, read_at__isnull=True
        ).update(read_at=now())
    )


def close_approval_requests(request_ids: Collection[int]) -> int:
    """The approvers' "approval requested" notifications of requests nobody has to decide
    any more (withdrawn): read, so no badge asks for something that is gone."""
    if not request_ids:
        return 0
    return Notification.objects.filter(
        kind=NotificationKind.APPROVAL_REQUESTED,
        detail__request__in=list(request_ids),
        read_at__isnull=True,
    ).update(read_at=now())


def mark_all_read(user: Any) -> int:
    return Notification.objects.filter(recipient_id=_pk(user) or 0, read_at__isnull=True).update(
        read_at=now()
    )


def mark_conversation_read(user: Any, conversation: Conversation) -> int:
    """Opening the conversation is reading what it was notified for."""
    return Notification.objects.filter(
        recipient_id=_pk(user) or 0, conversation=conversation, read_at__isnull=True
    ).update(read_at=now())
