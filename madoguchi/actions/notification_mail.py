"""Notifications by e-mail (issue 13 item 2): each person chooses which kinds of the
notification centre also come by mail; `queue_notification_mails` runs inside `notify`'s
transaction, so a mail is queued exactly when its notification exists, and the worker
(worker/notification_mail.py) sends what is due.

System mail to one of our own people, never to a customer (send path "notification_mail" in
actions/sending.py, with no customer checks, as the weekly digest): it names the kind and
the conversation's subject, quotes at most a short snippet of the customer's last mail and
links to the conversation (settings.PUBLIC_URL), in the reader's UI language.

Batching, per person (walk 8 finding 19: handing over an absent agent's five conversations
sent five mails, and the substitute got nineteen in one second): at most one mail per person
within BATCH_WINDOW. The first notification after a quiet window is mailed at the next
worker round, so a single urgent one is never held back; everything that comes for that
person while a mail of theirs is waiting, or within the window after their last mail, waits
for the same round and goes as ONE digest mail listing each (worker/notification_mail.py).
Notifications of one kind on one conversation still fold into one line with a count. So a
burst of twenty mentions, or a hand-over of five conversations, makes at most two mails; no
notification waits longer than BATCH_WINDOW after the previous mail. The centre in the app
is not batched: each notification is there at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from madoguchi.actions.base import now, record_event, visible_mailboxes
from madoguchi.models import (
    Agent,
    Direction,
    Mailbox,
    Message,
    Notification,
    NotificationKind,
    NotificationMail,
    NotificationMailChoice,
)
from madoguchi.models.accounts import absent_q

BATCH_WINDOW = timedelta(minutes=5)
SNIPPET_CHARACTERS = 80  # of the customer's words, never more: the mail leaves our system
MAX_ATTEMPTS = 5

# Mailed unless the person turns them off: the two kinds addressed to one person by another
# person, which wait for that one person (担当, @メンション). The others are off until chosen:
# an approval request goes to every approver of the mailbox, and SLA warnings, reminders and
# failed sends come from timers in numbers a busy team would learn to ignore; the centre's
# badge shows them all anyway.
MAILED_BY_DEFAULT = frozenset({NotificationKind.ASSIGNED, NotificationKind.MENTIONED})


def mailed_kinds(user: Any) -> set[str]:
    """The kinds this person gets by mail: their choices over the defaults."""
    kinds = {str(kind) for kind in MAILED_BY_DEFAULT}
    for kind, enabled in NotificationMailChoice.objects.filter(user=user).values_list(
        "kind", "is_enabled"
    ):
        (kinds.add if enabled else kinds.discard)(kind)
    return kinds


@transaction.atomic
def set_notification_mail(user: Any, kinds: Iterable[str]) -> set[str]:
    """Save a person's choice of kinds by mail (every kind gets a row, so a later change of
    the defaults does not change what someone already chose)."""
    wanted = {str(kind) for kind in kinds}
    unknown = wanted - set(NotificationKind.values)
    if unknown:
        raise ValueError(f"unknown notification kinds: {sorted(unknown)}")
    before = sorted(mailed_kinds(user))
    for kind in NotificationKind.values:
        NotificationMailChoice.objects.update_or_create(
            user=user, kind=kind, defaults={"is_enabled": kind in wanted}
        )
    record_event(None, user, "notification_mail_set", {"kinds": before}, {"kinds": sorted(wanted)})
    return wanted


def _choices_of(user_ids: set[int]) -> dict[int, dict[str, bool]]:
    choices: dict[int, dict[str, bool]] = {}
    for user_id, kind, enabled in NotificationMailChoice.objects.filter(
        user_id__in=user_ids
    ).values_list("user_id", "kind", "is_enabled"):
        choices.setdefault(user_id, {})[kind] = enabled
    return choices


def queue_notification_mails(notifications: Sequence[Notification]) -> int:
    """Queue (or fold into a waiting one) a mail for each notification its recipient wants
    by mail. An absent person's mail goes to their substitute only: the substitute's own
    notification row (on_behalf_of) carries it, under the substitute's choices."""
    if not notifications:
        return 0
    stood_in_for = {row.on_behalf_of_id for row in notifications if row.on_behalf_of_id}
    recipients = {row.recipient_id for row in notifications} - stood_in_for
    # Absent without a substitute: the centre keeps it; no mail to someone who is away.
    away = set(
        Agent.objects.filter(absent_q(), user_id__in=recipients).values_list("user_id", flat=True)
    )
    choices = _choices_of(recipients)
    queued = 0
    at = now()
    for row in notifications:
        if row.recipient_id in stood_in_for or row.recipient_id in away:
            continue
        if row.recipient_id not in recipients:
            continue
        chosen = choices.get(row.recipient_id, {})
        if not chosen.get(row.kind, row.kind in MAILED_BY_DEFAULT):
            continue
        _queue_one(row, at)
        queued += 1
    return queued


def _queue_one(row: Notification, at: Any) -> None:
    same_conversation = (
        Q(conversation__isnull=True)
        if row.conversation_id is None
        else Q(conversation_id=row.conversation_id)
    )
    batch = NotificationMail.objects.filter(
        same_conversation, recipient_id=row.recipient_id, kind=row.kind
    )
    folded = batch.filter(sent_at__isnull=True).update(
        count=F("count") + 1, actor_id=row.actor_id, on_behalf_of_id=row.on_behalf_of_id
    )
    if folded:
        return
    due = _due_for(row.recipient_id, at)
    NotificationMail.objects.create(
        recipient_id=row.recipient_id,
        kind=row.kind,
        conversation_id=row.conversation_id,
        actor_id=row.actor_id,
        on_behalf_of_id=row.on_behalf_of_id,
        created_at=at,
        due_at=due,
    )


def _due_for(recipient_id: int, at: Any) -> Any:
    """When a new mail for this person goes: with the one already waiting (one digest), else
    when the window after their last mail ends, else at the next round."""
    mails = NotificationMail.objects.filter(recipient_id=recipient_id)
    waiting = (
        mails.filter(sent_at__isnull=True, attempts=0)  # a failed one waits on its own pause
        .order_by("due_at")
        .values_list("due_at", flat=True)
        .first()
    )
    if waiting is not None:
        return waiting
    last_sent = (
        mails.filter(sent_at__isnull=False)
        .order_by("-sent_at")
        .values_list("sent_at", flat=True)
        .first()
    )
    return at if last_sent is None else max(at, last_sent + BATCH_WINDOW)


# sending (called by the worker) ---------------------------------------------------------


def due_notification_mails(limit: int = 100) -> list[NotificationMail]:
    return list(
        NotificationMail.objects.filter(
            sent_at__isnull=True, due_at__lte=now(), attempts__lt=MAX_ATTEMPTS
        )
        .select_related("recipient", "conversation", "conversation__mailbox", "actor")
        .select_related("on_behalf_of")
        .order_by("due_at", "pk")[:limit]
    )


def sender_mailbox(mail: NotificationMail) -> Mailbox | None:
    """The conversation's mailbox when it can send; else one the recipient sees."""
    conversation = mail.conversation
    if conversation is not None and conversation.mailbox.smtp_host:
        return conversation.mailbox
    return (
        visible_mailboxes(mail.recipient)
        .filter(is_active=True)
        .exclude(smtp_host="")
        .order_by("pk")
        .first()
    )


def _language(user: Any) -> str:
    agent = Agent.objects.filter(user=user).first()
    if agent is None:
        return settings.LANGUAGE_CODE
    return agent.language or agent.browser_language or settings.LANGUAGE_CODE


def _name(user: Any) -> str:
    agent = Agent.objects.filter(user=user).first()
    return str(agent.name) if agent is not None else str(user.get_username())


_SPACES = re.compile(r"\s+")


def customer_snippet(conversation_id: int) -> str:
    """The first words of the customer's last mail, on one line, cut short."""
    text = (
        Message.objects.filter(conversation_id=conversation_id, direction=Direction.INCOMING)
        .order_by("-received_at", "-pk")
        .values_list("text", flat=True)
        .first()
    )
    flat = _SPACES.sub(" ", (text or "")[: SNIPPET_CHARACTERS * 4]).strip()
    if len(flat) <= SNIPPET_CHARACTERS:
        return flat
    return flat[:SNIPPET_CHARACTERS] + "…"


def notification_mail_text(mail: NotificationMail) -> tuple[str, str]:
    """(subject, text) in the recipient's language."""
    conversation = mail.conversation
    with translation.override(_language(mail.recipient)):
        kind = str(NotificationKind(mail.kind).label)
        title = conversation.subject if conversation is not None else ""
        subject = f"[{kind}] {title}".strip() if title else f"[{kind}]"
        lines = [kind]
        if mail.actor is not None:
            lines.append(_("By: %(name)s") % {"name": _name(mail.actor)})
        if mail.on_behalf_of is not None:
            lines.append(_("(for %(name)s, who is away)") % {"name": _name(mail.on_behalf_of)})
        if mail.count > 1:
            lines.append(
                ngettext(
                    "%(count)d notification of this kind in the last few minutes.",
                    "%(count)d notifications of this kind in the last few minutes.",
                    mail.count,
                )
                % {"count": mail.count}
            )
        if conversation is not None:
            lines += ["", _("Conversation: %(subject)s") % {"subject": title or "—"}]
            snippet = customer_snippet(conversation.pk)
            if snippet:
                lines.append(_("The customer wrote: %(snippet)s") % {"snippet": snippet})
            lines += ["", f"{settings.PUBLIC_URL}/c/{conversation.pk}/"]
        lines += [
            "",
            "-- ",
            _("You get this mail because of your choices on the preferences page: %(url)s")
            % {"url": f"{settings.PUBLIC_URL}/preferences/"},
        ]
    return subject, "\n".join(str(line) for line in lines) + "\n"


def digest_mail_text(mails: Sequence[NotificationMail]) -> tuple[str, str]:
    """(subject, text) of one mail telling one person about several notifications, in their
    language: one paragraph per notification (kind, conversation, who, link)."""
    recipient = mails[0].recipient
    total = sum(mail.count for mail in mails)
    with translation.override(_language(recipient)):
        subject = ngettext(
            "[madoguchi] %(count)d notification", "[madoguchi] %(count)d notifications", total
        ) % {"count": total}
        lines = [
            ngettext(
                "%(count)d notification for you in the last few minutes:",
                "%(count)d notifications for you in the last few minutes:",
                total,
            )
            % {"count": total}
        ]
        for mail in mails:
            kind = str(NotificationKind(mail.kind).label)
            conversation = mail.conversation
            heading = f"■ {kind}"
            if mail.count > 1:
                heading += " " + _("(%(count)d times)") % {"count": mail.count}
            lines += ["", heading]
            if conversation is not None:
                lines.append(
                    _("Conversation: %(subject)s") % {"subject": conversation.subject or "—"}
                )
            if mail.actor is not None:
                lines.append(_("By: %(name)s") % {"name": _name(mail.actor)})
            if mail.on_behalf_of is not None:
                lines.append(_("(for %(name)s, who is away)") % {"name": _name(mail.on_behalf_of)})
            if conversation is not None:
                lines.append(f"{settings.PUBLIC_URL}/c/{conversation.pk}/")
        lines += [
            "",
            "-- ",
            _("You get this mail because of your choices on the preferences page: %(url)s")
            % {"url": f"{settings.PUBLIC_URL}/preferences/"},
        ]
    return str(subject), "\n".join(str(line) for line in lines) + "\n"


def record_notification_mail_sent(mail: NotificationMail) -> None:
    NotificationMail.objects.filter(pk=mail.pk).update(
        sent_at=now(), attempts=F("attempts") + 1, last_error=""
    )


def record_notification_mail_failed(mail: NotificationMail, error: str) -> None:
    """Tried again after a pause that grows with each failure, up to MAX_ATTEMPTS."""
    pause = timedelta(minutes=2 ** (mail.attempts + 1))
    NotificationMail.objects.filter(pk=mail.pk).update(
        attempts=F("attempts") + 1, last_error=error[:2000], due_at=now() + pause
    )


def drop_notification_mail(mail: NotificationMail, reason: str) -> None:
    """Nothing to send it with or to: never tried again."""
    NotificationMail.objects.filter(pk=mail.pk).update(
        attempts=MAX_ATTEMPTS, last_error=reason[:2000]
    )
