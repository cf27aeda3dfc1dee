"""Loading the demo into the database through the real pipeline and the real actions.

Mails go through `prepare_mail` + `ingest_batch` (parser, threading, customers and
organisations, triage, search index) exactly as fetched mail does; then the team works
them through `actions/` (assign, labels, priority, notes with @mentions, status, snooze,
drafts). Only what no action can set is written directly: who wrote our historical
replies, organisation display names, and timestamps moved back so that the history does
not all read "just now".
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from unittest import mock

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import Q

from madoguchi.actions import conversations as conversation_actions
from madoguchi.actions import sla
from madoguchi.actions.base import now as current_time
from madoguchi.actions.ingest import IncomingMail, IngestReport, IngestSession, ingest_batch
from madoguchi.actions.notes import add_note
from madoguchi.actions.prepare import prepare_mail
from madoguchi.actions.replies import save_draft
from madoguchi.demo import (
    threads_account,
    threads_billing,
    threads_csv,
    threads_en,
    threads_en_billing,
    threads_howto,
    threads_sales,
)
from madoguchi.demo.knowledge import FAQ, LABELS, TEMPLATES
from madoguchi.demo.people import (
    AGENTS,
    DEMO_PASSWORD,
    MAILBOX_NAMES_EN,
    MAILBOX_SIGNATURES_EN,
    MAILBOXES,
    ORGANIZATIONS,
    SLA_POLICY,
    TEAMS,
    english_signature,
)
from madoguchi.demo.render import RenderedMail, render_all
from madoguchi.demo.spec import Thread
from madoguchi.models import (
    Agent,
    Conversation,
    Event,
    FaqEntry,
    Label,
    Mailbox,
    Message,
    Note,
    Organization,
    RawMessage,
    SlaPolicy,
    Status,
    Team,
    Template,
)

THREADS: tuple[Thread, ...] = (
    *threads_csv.THREADS,
    *threads_account.THREADS,
    *threads_billing.THREADS,
    *threads_howto.THREADS,
    *threads_sales.THREADS,
    *threads_en.THREADS,
    *threads_en_billing.THREADS,
)
SOURCE_PREFIX = "demo:"  # RawMessage.source of every demo mail: how a second run knows


@dataclass(frozen=True)
class DemoResult:
    loaded_mail: bool  # False: the demo mail was already there and nothing was added
    conversations: int
    messages: int
    seconds: float
    failed: tuple[str, ...] = ()


def demo_mail_loaded() -> bool:
    return RawMessage.objects.filter(source__startswith=SOURCE_PREFIX).exists()


def ensure_accounts() -> dict[str, Any]:
    """Teams, users with agent profiles, mailboxes, labels, templates and FAQ (idempotent).

    The demo password is set again on every run, so the printed login always works.
    """
    User = get_user_model()
    teams = {name: Team.objects.get_or_create(name=name)[0] for name in TEAMS}
    # One hash for the shared demo password: hashing is deliberately slow (~0.4 s each).
    password = make_password(DEMO_PASSWORD)
    users: dict[str, Any] = {}
    for spec in AGENTS.values():
        user, _ = User.objects.get_or_create(
            username=spec.username, defaults={"email": f"{spec.username}@example.com"}
        )
        user.first_name, user.last_name = spec.name.split(" ")[1], spec.name.split(" ")[0]
        user.is_staff = user.is_superuser = spec.role == "admin"
        user.password = password
        user.save()
        agent, _ = Agent.objects.update_or_create(
            user=user,
            defaults={
                "display_name": spec.name,
                "name_en": spec.english_name,
                "role": spec.role,
                "signature": spec.signature,
                "signature_en": english_signature(spec.english_name),
            },
        )
        agent.teams.set([teams[name] for name in spec.teams])
        users[spec.username] = user
    for key, (name, address, team_names, signature) in MAILBOXES.items():
        mailbox, _ = Mailbox.objects.update_or_create(
            address=address,
            defaults={
                "name": name,
                "signature": signature,
                "signature_en": MAILBOX_SIGNATURES_EN[key],
                "name_en": MAILBOX_NAMES_EN[key],
            },
        )
        mailbox.teams.set([teams[team] for team in team_names])
    SlaPolicy.objects.update_or_create(
        name=SLA_POLICY["name"], mailbox=None, label=None, priority=None, defaults=SLA_POLICY
    )
    sla.forget_setup()  # the ingest that follows reads the policy
    for name, color in LABELS.items():
        Label.objects.get_or_create(name=name, defaults={"color": color})
    for name, language, kind, body in TEMPLATES:
        Template.objects.update_or_create(
            name=name,
            defaults={
                "language": language,
                "kind": kind,
                "body": body,
                "created_by": users["sato"],
            },
        )
    for title, language, body in FAQ:
        FaqEntry.objects.update_or_create(
            title=title, defaults={"language": language, "body": body}
        )
    return users


def _ingest(mails: list[RenderedMail]) -> IngestReport:
    report = IngestReport()
    by_mailbox: dict[str, list[RenderedMail]] = defaultdict(list)
    for mail in mails:
        by_mailbox[mail.mailbox].append(mail)
    for key, items in by_mailbox.items():
        mailbox = Mailbox.objects.get(address=MAILBOXES[key][1])
        session = IngestSession(mailbox, trust_own_address=True)
        batch = [
            (
                IncomingMail(raw=mail.raw, source=f"{SOURCE_PREFIX}{mail.thread}/{mail.index}"),
                prepare_mail(mail.raw, settings.ATTACHMENT_DIR),
            )
            for mail in items
        ]
        report.add(ingest_batch(session, batch))
    return report


def _conversation_of(mail: RenderedMail) -> Conversation | None:
    """The conversation the ingest put the thread's first mail in (None: not stored)."""
    message = (
        Message.objects.select_related("conversation")
        .filter(
            message_id=mail.message_id,
            conversation__mailbox__address=MAILBOXES[mail.mailbox][1],
        )
        .first()
    )
    return message.conversation if message else None


def _backdate(conversation: Conversation, since: datetime, at: datetime) -> None:
    """Move what the demo's actions did "now" back to just after the last mail."""
    at = min(at, current_time() - timedelta(minutes=2))
    Event.objects.filter(conversation=conversation, created_at__gte=since).update(created_at=at)
    updates: dict[str, Any] = {"updated_at": at}
    if conversation.resolved_at is not None:
        updates["resolved_at"] = at
    Conversation.objects.filter(pk=conversation.pk).update(**updates)


@contextmanager
def _as_of(at: datetime) -> Iterator[None]:
    """Run one action as if at `at` (the demo's history only: one process, no requests)."""
    at = min(at, current_time() - timedelta(minutes=2))
    with mock.patch("django.utils.timezone.now", return_value=at):
        yield


def _work(thread: Thread, conversation: Conversation, users: dict[str, Any]) -> None:
    """What the team did with the conversation, through the same actions the UI calls."""
    lead = users["sato"]
    actor = users[thread.owner] if thread.owner else lead
    since = current_time()
    last = conversation.last_message_at or since
    for name in thread.labels:
        conversation_actions.add_label(actor, conversation, Label.objects.get(name=name))
    if thread.priority is not None:
        conversation_actions.set_priority(actor, conversation, thread.priority)
    if thread.owner and conversation.owner_id != users[thread.owner].pk:
        conversation_actions.assign(lead, conversation, users[thread.owner])
    for offset, note in enumerate(thread.notes, start=1):
        created = add_note(users[note.author], conversation, note.text)
        Note.objects.filter(pk=created.pk).update(
            created_at=min(last + timedelta(minutes=25 * offset), since - timedelta(minutes=1))
        )
    if thread.status:
        closing = thread.status in (Status.RESOLVED, Status.NO_ACTION)
        # Resolved back then, not all today: the reports' resolutions per day and the
        # resolution times read as a week of work (s8 walk: every one landed on today).
        with _as_of(last + timedelta(minutes=15)) if closing else nullcontext():
            conversation_actions.set_status(actor, conversation, thread.status)
    if thread.snooze_hours:
        until = current_time() + timedelta(hours=thread.snooze_hours)
        conversation_actions.snooze(actor, conversation, until)
    if thread.draft:
        conversation.refresh_from_db()
        save_draft(actor, conversation, thread.draft)
    conversation.refresh_from_db()
    _backdate(conversation, since, last + timedelta(minutes=15))


def _take_ownership(first_mail: dict[str, RenderedMail], users: dict[str, Any]) -> None:
    """The lead gives each owned thread to its owner just after its first mail came in."""
    lead = users["sato"]
    for thread in THREADS:
        if not thread.owner:
            continue
        conversation = _conversation_of(first_mail[thread.key])
        if conversation is None:
            continue
        since = current_time()
        first = conversation.last_message_at or since
        # As of then, not today: the SLA reads the hand-over's time (a deadline "passed"
        # today would be recorded as missed while nobody held it).
        with _as_of(first + timedelta(minutes=10)):
            conversation_actions.assign(lead, conversation, users[thread.owner])
        _backdate(conversation, since, first + timedelta(minutes=10))


def _finish_history(mails: list[RenderedMail], users: dict[str, Any]) -> None:
    """Who wrote each historical reply (imported sent mail carries no author), and the
    organisations' names (the ingest names an organisation after its domain)."""
    for mail in mails:
        if mail.agent:
            Message.objects.filter(message_id=mail.message_id).update(author=users[mail.agent])
    for domain, name in ORGANIZATIONS.items():
        Organization.objects.filter(domain=domain).update(name=name)


def load_demo() -> DemoResult:
    """Load the demo; a second run adds no mail (and says so), but refreshes accounts."""
    started = time.monotonic()
    with transaction.atomic():
        users = ensure_accounts()
    if demo_mail_loaded():
        return DemoResult(
            loaded_mail=False,
            conversations=Conversation.objects.count(),
            messages=Message.objects.count(),
            seconds=time.monotonic() - started,
        )
    mails = render_all(THREADS, current_time())
    first_mail: dict[str, RenderedMail] = {}
    for mail in mails:
        first_mail.setdefault(mail.thread, mail)
    # Each thread's first mail, then its owner, then the rest of the thread: the team's
    # replies, first responses and resolutions count for the agent who owns it in the
    # reports by agent, as they would have live (read in all at once, every reply counted
    # for （担当なし）).
    report = _ingest(list(first_mail.values()))
    with transaction.atomic():
        _take_ownership(first_mail, users)
    report.add(_ingest([mail for mail in mails if first_mail[mail.thread] is not mail]))
    with transaction.atomic():
        _finish_history(mails, users)
        for thread in THREADS:
            conversation = _conversation_of(first_mail[thread.key])
            if conversation is not None:  # a mail the ingest refused is in report.failed
                _work(thread, conversation, users)
    demo_conversations = Conversation.objects.filter(
        Q(mailbox__address__in=[box[1] for box in MAILBOXES.values()])
    )
    return DemoResult(
        loaded_mail=True,
        conversations=demo_conversations.count(),
        messages=Message.objects.filter(conversation__in=demo_conversations).count(),
        seconds=time.monotonic() - started,
        failed=tuple(f"{source}: {reason}" for source, reason in report.failed),
    )
