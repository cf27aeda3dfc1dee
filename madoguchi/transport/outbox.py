"""The outbox state machine: pending → sending (under a lease) → sent | failed.

Claims: on PostgreSQL several workers claim rows with SELECT … FOR UPDATE SKIP LOCKED; on
SQLite a single worker runs (worker.py enforces it). Every later step is a conditional
UPDATE on (id, state=sending, lease_owner=me), so a worker whose lease was taken over after
a long stall can never overwrite the new owner's result (healthchecks' sendalerts pattern).

Exactly once: a row found in `sending` with an expired lease belongs to a worker that died
somewhere between claiming and recording. It may have sent the mail. Before anything is
sent again, the mailbox's Sent folder and INBOX are searched for the Message-ID: the INBOX
holds the copy the SMTP server itself delivered to the mailbox (every reply carries the
mailbox's own address as an extra envelope recipient, invisible in the headers), so the
server's acceptance and that record are one event. Found: recorded as sent. Not found:
sent. The search failed: nothing is sent, the check is tried again later.
"""

from __future__ import annotations

import logging
import random
import smtplib
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from madoguchi.actions.base import now, record_event
from madoguchi.mail.compose import ComposedMail, OutgoingMail, Recipient, compose
from madoguchi.mail.ids import content_hash
from madoguchi.mail.outbound import OutgoingAttachment
from madoguchi.models import Agent, Mailbox, Message, OutboxItem, OutboxState, RawMessage
from madoguchi.transport import imap, smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.transport.endpoints import imap_endpoint, smtp_endpoint

log = logging.getLogger(__name__)

# An SMTP session idle longer than this is checked with NOOP before it is used again.
SMTP_IDLE_CHECK_SECONDS = 5.0


@dataclass(frozen=True)
class OutboxConfig:
    lease_seconds: float = 120.0
    retry_base_seconds: float = 30.0
    retry_cap_seconds: float = 3600.0
    max_attempts: int = 12
    batch: int = 20


@dataclass(frozen=True)
class Claim:
    item_id: int
    mailbox_id: int
    interrupted: bool  # a previous worker held it and died: check before sending


@dataclass(frozen=True)
class SendRound:
    claimed: int
    sent: int
    retried: int
    failed: int
    recovered: int  # found already sent after an interruption


def retry_delay(attempts: int, config: OutboxConfig) -> float:
    """Exponential backoff with ±20% jitter, so retries of many replies do not stampede."""
    delay = min(config.retry_base_seconds * 2 ** max(attempts - 1, 0), config.retry_cap_seconds)
    return delay * random.uniform(0.8, 1.2)


def claim_due(owner: str, config: OutboxConfig, limit: int | None = None) -> list[Claim]:
    current = now()
    due = Q(state=OutboxState.PENDING, next_attempt_at__lte=current) | Q(
        state=OutboxState.SENDING, lease_until__lt=current
    )
    with transaction.atomic():
        query = OutboxItem.objects.filter(due).order_by("next_attempt_at", "id")
        if connection.features.has_select_for_update_skip_locked:
            query = query.select_for_update(skip_locked=True, of=("self",))
        rows = list(
            query.values_list("id", "state", "conversation__mailbox_id")[: limit or config.batch]
        )
        for item_id, _, _ in rows:
            OutboxItem.objects.filter(pk=item_id).update(
                state=OutboxState.SENDING,
                lease_owner=owner,
                lease_until=current + timedelta(seconds=config.lease_seconds),
                attempts=F("attempts") + 1,
            )
    return [
        Claim(item_id, mailbox_id, state == OutboxState.SENDING)
        for item_id, state, mailbox_id in rows
    ]


def _mine(item_id: int, owner: str) -> Q:
    return Q(pk=item_id, state=OutboxState.SENDING, lease_owner=owner)


def renew(item_id: int, owner: str, config: OutboxConfig) -> bool:
    """Extend the lease right before sending; False when another worker has taken it."""
    until = now() + timedelta(seconds=config.lease_seconds)
    return OutboxItem.objects.filter(_mine(item_id, owner)).update(lease_until=until) == 1


def mark_sent(
    item_id: int, owner: str, data: bytes | None, note: str = "", recovered: bool = False
) -> bool:
    with transaction.atomic():
        updated = OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.SENT, sent_at=now(), lease_owner="", lease_until=None, last_error=note
        )
        if updated != 1:
            return False
        item = OutboxItem.objects.select_related("message", "conversation").get(pk=item_id)
        message = item.message
        if data is not None and message.raw_id is None:
            raw, _ = RawMessage.objects.get_or_create(
                mailbox_id=item.conversation.mailbox_id,
                content_hash=content_hash(data, message.message_id),
                defaults={
                    "message_id": message.message_id[:998],
                    "data": data,
                    "size": len(data),
                    "source": "sent",
                    "received_at": now(),
                    "state": RawMessage.State.PROCESSED,
                },
            )
            Message.objects.filter(pk=message.pk, raw__isnull=True).update(raw=raw)
        after = {"message": message.pk, **({"recovered": True} if recovered else {})}
        record_event(item.conversation, None, "reply_sent", None, after)
    return True


def retry_later(item_id: int, owner: str, error: str, config: OutboxConfig) -> bool:
    """A temporary failure: back to pending with backoff, or failed after too many tries."""
    attempts = OutboxItem.objects.filter(pk=item_id).values_list("attempts", flat=True).first()
    if attempts is None:
        return False
    if attempts >= config.max_attempts:
        return fail(item_id, owner, f"gave up after {attempts} attempts; last: {error}")
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.PENDING,
            next_attempt_at=now() + timedelta(seconds=retry_delay(attempts, config)),
            lease_owner="",
            lease_until=None,
            last_error=error[:4000],
        )
        == 1
    )


def check_later(item_id: int, owner: str, error: str, config: OutboxConfig) -> bool:
    """An interrupted send whose outcome could not be checked: stays `sending`, unclaimed,
    and is checked again after a delay. It is never sent blindly."""
    attempts = OutboxItem.objects.filter(pk=item_id).values_list("attempts", flat=True).first()
    delay = retry_delay(attempts or 1, config)
    return (
        OutboxItem.objects.filter(_mine(item_id, owner)).update(
            lease_owner="",
            lease_until=now() + timedelta(seconds=delay),
            last_error=f"interrupted while sending; could not check whether it went out: {error}"[
                :4000
            ],
        )
        == 1
    )


def fail(item_id: int, owner: str, error: str) -> bool:
    with transaction.atomic():
        updated = OutboxItem.objects.filter(_mine(item_id, owner)).update(
            state=OutboxState.FAILED, lease_owner="", lease_until=None, last_error=error[:4000]
        )
        if updated == 1:
            item = OutboxItem.objects.select_related("conversation").get(pk=item_id)
            record_event(
                item.conversation,
                None,
                "reply_failed",
                None,
                {"message": item.message_id, "error": error[:500]},
            )
    return updated == 1


def outgoing_mail(item: OutboxItem) -> OutgoingMail:
    message = item.message
    mailbox = item.conversation.mailbox
    agent = Agent.objects.filter(user_id=message.author_id).first() if message.author_id else None
    signatures = [agent.signature if agent else "", mailbox.signature]

    def recipients(entries: list[dict[str, str]]) -> tuple[Recipient, ...]:
        return tuple(
            Recipient(str(entry.get("name", "")), str(entry["address"]))
            for entry in entries or []
            if isinstance(entry, dict) and entry.get("address")
        )

    return OutgoingMail(
        from_name=mailbox.name,
        from_address=mailbox.address,
        to=recipients(message.to),
        cc=recipients(message.cc),
        bcc=recipients(message.bcc),
        subject=message.subject,
        body=message.text,
        signature="\n\n".join(s.strip("\n") for s in signatures if s.strip()),
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
        references=message.references,
        date=now(),
        charset=mailbox.outgoing_charset,
        attachments=outgoing_attachments(message),  # wip-approval
        auto_submitted="auto-replied" if message.is_auto else "",
    )


class MissingAttachment(Exception):
    """A file of the mail is gone from the attachment store: sending it without is worse."""


def outgoing_attachments(message: Message) -> tuple[OutgoingAttachment, ...]:
    """The files of an outgoing message, read from the content-addressed store."""
    root = Path(settings.ATTACHMENT_DIR)
    files = []
    for attachment in message.attachments.order_by("id"):
        path = root / attachment.sha256[:2] / attachment.sha256[2:4] / attachment.sha256
        try:
            data = path.read_bytes()
        except OSError as error:
            raise MissingAttachment(
                f"the attachment {attachment.filename!r} cannot be read from {path}: {error}"
            ) from None
        files.append(OutgoingAttachment(attachment.filename, attachment.content_type, data))
    return tuple(files)


class OutboxSender:
    """Sends due outbox items; keeps one SMTP and one IMAP session per mailbox between rounds."""

    def __init__(self, owner: str, config: OutboxConfig | None = None) -> None:
        self.owner = owner
        self.config = config or OutboxConfig()
        self._smtp: dict[int, tuple[smtplib.SMTP, float]] = {}
        self._imap: dict[int, IMAPClient] = {}

    def close(self) -> None:
        for client, _ in self._smtp.values():
            smtp.close(client)
        for imap_client in self._imap.values():
            imap.logout(imap_client)
        self._smtp.clear()
        self._imap.clear()

    def run_once(self, stop: threading.Event | None = None) -> SendRound:
        claims = claim_due(self.owner, self.config)
        counts = {"sent": 0, "retried": 0, "failed": 0, "recovered": 0}
        for claim in claims:
            if stop is not None and stop.is_set():
                break  # the rest keep their lease and come back after it expires
            counts[self._handle(claim)] += 1
        return SendRound(len(claims), **counts)

    # one item ---------------------------------------------------------------------------

    def _handle(self, claim: Claim) -> str:
        item = OutboxItem.objects.select_related("message", "conversation__mailbox").get(
            pk=claim.item_id
        )
        mailbox = item.conversation.mailbox
        message_id = item.message.message_id
        if claim.interrupted:
            found, problem = self._find_copy(mailbox, message_id)
            if problem and not mailbox.imap_host:
                fail(
                    claim.item_id,
                    self.owner,
                    "the worker stopped while sending this reply and "
                    "there is no IMAP folder to check whether it went out; check before resending",
                )
                return "failed"
            if problem:
                check_later(claim.item_id, self.owner, problem, self.config)
                return "retried"
            if found:
                if found != mailbox.sent_folder:
                    self._append_sent(mailbox, compose(outgoing_mail(item)).data)
                mark_sent(claim.item_id, self.owner, None, "", recovered=True)
                return "recovered"
        if not renew(claim.item_id, self.owner, self.config):
            return "retried"  # another worker took it over; it is theirs now
        try:
            composed = compose(outgoing_mail(item))
        except MissingAttachment as error:  # wip-approval: fail visibly, never loop on it
            fail(claim.item_id, self.owner, str(error))
            return "failed"
        try:
            client = self._smtp_session(mailbox)
            result = smtp.send(
                client,
                mailbox.address,
                composed.recipients,
                composed.data,
                own_copy=self._own_copy(mailbox, composed),
            )
        except smtp.SendError as error:
            self._drop_smtp(mailbox.pk)
            if error.permanent:
                fail(claim.item_id, self.owner, str(error))
                return "failed"
            retry_later(claim.item_id, self.owner, str(error), self.config)
            return "retried"
        notes = []
        if result.refused:
            notes.append("not accepted for: " + ", ".join(result.refused))
        if composed.fell_back:
            notes.append(f"sent as UTF-8: ISO-2022-JP cannot carry {composed.unencodable!r}")
        problem = self._append_sent(mailbox, composed.data)
        if problem:
            notes.append(f"sent, but the copy to {mailbox.sent_folder} failed: {problem}")
        mark_sent(claim.item_id, self.owner, composed.data, "; ".join(notes))
        return "sent"

    def _own_copy(self, mailbox: Mailbox, composed: ComposedMail) -> str:
        if not mailbox.imap_host:
            return ""
        if mailbox.address.lower() in (address.lower() for address in composed.recipients):
            return ""
        return mailbox.address  # the server's own record of delivery; see the module doc

    # sessions ---------------------------------------------------------------------------

    def _smtp_session(self, mailbox: Mailbox) -> smtplib.SMTP:
        cached = self._smtp.get(mailbox.pk)
        if cached is not None:
            client, last_used = cached
            fresh = time.monotonic() - last_used < SMTP_IDLE_CHECK_SECONDS
            if fresh or _smtp_alive(client):
                self._smtp[mailbox.pk] = (client, time.monotonic())
                return client
            self._drop_smtp(mailbox.pk)
        try:
            endpoint = smtp_endpoint(mailbox)
        except CredentialError as error:
            raise smtp.SendError(str(error), permanent=False) from None
        client = smtp.connect(endpoint)
        self._smtp[mailbox.pk] = (client, time.monotonic())
        return client

    def _drop_smtp(self, mailbox_id: int) -> None:
        cached = self._smtp.pop(mailbox_id, None)
        if cached is not None:
            smtp.close(cached[0])

    def _imap_session(self, mailbox: Mailbox) -> IMAPClient:
        client = self._imap.get(mailbox.pk)
        if client is not None:
            try:
                client.noop()
                return client
            except (OSError, IMAPClientError):
                imap.logout(client)
        client = imap.connect(imap_endpoint(mailbox))
        self._imap[mailbox.pk] = client
        return client

    def _find_copy(self, mailbox: Mailbox, message_id: str) -> tuple[str | None, str]:
        """(folder holding the Message-ID or None, problem): problem set = do not know."""
        if not mailbox.imap_host:
            return None, "the mailbox has no IMAP server to check its Sent folder"
        try:
            client = self._imap_session(mailbox)
            folders = [mailbox.sent_folder, mailbox.imap_folder]
            return imap.find_message_id(client, folders, message_id), ""
        except (OSError, IMAPClientError, CredentialError) as error:
            self._imap.pop(mailbox.pk, None)
            return None, f"IMAP: {type(error).__name__}: {error}"

    def _append_sent(self, mailbox: Mailbox, data: bytes) -> str:
        if not mailbox.imap_host or not mailbox.sent_folder:
            return ""
        try:
            imap.append_sent(self._imap_session(mailbox), mailbox.sent_folder, data, now())
            return ""
        except (OSError, IMAPClientError, CredentialError) as error:
            self._imap.pop(mailbox.pk, None)
            log.warning("%s: copy to %s failed: %s", mailbox.address, mailbox.sent_folder, error)
            return f"{type(error).__name__}: {error}"


def _smtp_alive(client: smtplib.SMTP) -> bool:
    try:
        return client.noop()[0] == 250
    except (OSError, smtplib.SMTPException):
        return False
