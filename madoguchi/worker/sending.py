"""Claim → send → record: one round of the outbox, read top to bottom.

transport/outbox.py keeps the rows' leases, transport/smtp.py and imap.py speak the
protocols, actions/outbox.py records what happened to the conversation. Each item is
handled on its own: whatever one item raises (a header that cannot be built, a database
hiccup on its row) fails that item with the reason, and the rest of the round goes out.

Exactly once: a row found in `sending` with an expired lease belongs to a worker that died
somewhere between claiming and recording. It may have sent the mail. Before anything is
sent again, the mailbox's Sent folder and INBOX are searched for the Message-ID: the INBOX
holds the copy the SMTP server itself delivered to the mailbox (every reply carries the
mailbox's own address as an extra envelope recipient, invisible in the headers), so the
server's acceptance and that record are one event. Found: recorded as sent. Not found:
sent. The search failed: nothing is sent, the check is tried again later.

SMTP never waits on IMAP: the Sent copy is filed and the search made by the mailbox's IMAP
lane (worker/imap_lanes.py), beside the send thread. The search is waited for a few seconds
at most; no answer is a failed search (the reply is held and says so).
"""

from __future__ import annotations

import logging
import smtplib
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from django.conf import settings

from madoguchi.actions.base import now
from madoguchi.actions.outbox import (
    record_check_later,
    record_failed,
    record_retrying,
    record_sent,
)
from madoguchi.actions.prepare import attachment_path
from madoguchi.actions.refusals import record_delivered, record_not_delivered
from madoguchi.actions.refusals import record_retrying as record_refusal_retrying
from madoguchi.mail.compose import (
    ComposedMail,
    OutgoingAttachment,
    OutgoingMail,
    Recipient,
    compose,
)
from madoguchi.mail.headers import without_trace_fields
from madoguchi.models import Mailbox, OutboxItem, RefusedRecipient
from madoguchi.transport import smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.transport.endpoints import smtp_endpoint
from madoguchi.transport.outbox import (
    Claim,
    OutboxConfig,
    claim_copies,
    claim_due,
    claim_refusals_due,
    copy_failed,
    copy_filed,
    delivered_since,
    renew,
    retry_delay,
)
from madoguchi.worker.imap_lanes import LANE_TIMEOUT_SECONDS, ImapLanes

log = logging.getLogger(__name__)

# An SMTP session idle longer than this is checked with NOOP before it is used again.
SMTP_IDLE_CHECK_SECONDS = 5.0
# A server that refuses or cannot be found although it delivered for the mailbox this
# recently is down for a while (retried); otherwise the settings are wrong (failed at once).
RECENT_DELIVERY = timedelta(hours=1)
# Stored as a refused recipient's answer; shown in the reader's language (templatetags).
UNKNOWN_OUTCOME = "interrupted while sending to this address; it may have been delivered"
NO_COPY = "the sent copy of this reply was not kept, so it cannot be sent again as it was"
# How long the send thread waits for a mailbox's IMAP lane to answer the check of a send
# that was cut off; no answer holds the reply (checked again later), never a guess.
CHECK_WAIT_SECONDS = 5.0
# A Sent copy whose filing failed is tried again after this, doubling up to an hour.
COPY_RETRY_SECONDS = 60.0
COPY_RETRY_CAP_SECONDS = 3600.0
# On close, queued Sent copies get this long to be filed (the rest are filed next time).
CLOSE_WAIT_SECONDS = 10.0


@dataclass(frozen=True)
class SendRound:
    claimed: int
    sent: int
    retried: int
    failed: int
    recovered: int  # found already sent after an interruption
    delivered_later: int = 0  # refused recipients the server took on a later try


def outgoing_mail(item: OutboxItem) -> OutgoingMail:
    """The stored reply as values; its text is the finished body (actions/sending.py)."""
    message = item.message
    mailbox = item.conversation.mailbox

    def recipients(entries: list[dict[str, str]]) -> tuple[Recipient, ...]:
        return tuple(
            Recipient(str(entry.get("name", "")), str(entry["address"]))
            for entry in entries or []
            if isinstance(entry, dict) and entry.get("address")
        )

    attachments = tuple(
        OutgoingAttachment(attachment.filename, attachment.content_type, _file_of(attachment))
        for attachment in sorted(message.attachments.all(), key=lambda found: found.pk)
    )
    return OutgoingMail(
        # The name chosen when it was queued, for the language it is written in (a mailbox's
        # English name on English mail): what the timeline shows is what the customer sees.
        from_name=message.from_name or mailbox.name,
        from_address=mailbox.address,
        to=recipients(message.to),
        cc=recipients(message.cc),
        bcc=recipients(message.bcc),
        subject=message.subject,
        body=message.text,
        message_id=message.message_id,
        in_reply_to=message.in_reply_to,
        references=message.references,
        date=now(),
        charset=mailbox.outgoing_charset,
        attachments=attachments,
        # RFC 3834: the acknowledgement says it is automatic, so auto-responders stay quiet.
        auto_submitted="auto-replied" if message.is_auto else "",
    )


class MissingAttachment(Exception):
    """A file of the mail is gone from the attachment store: sending without it is worse."""


def _file_of(attachment: Any) -> bytes:
    path = attachment_path(Path(settings.ATTACHMENT_DIR), attachment.sha256)
    try:
        return path.read_bytes()
    except OSError as error:
        raise MissingAttachment(
            f"the attachment {attachment.filename!r} cannot be read from {path}: {error}"
        ) from None


class OutboxSender:
    """Sends due outbox items; keeps one SMTP session per mailbox between rounds, and one
    IMAP lane per mailbox (its own thread and session) for the Sent copies and checks."""

    def __init__(
        self,
        owner: str,
        config: OutboxConfig | None = None,
        *,
        imap_timeout: float = LANE_TIMEOUT_SECONDS,
        check_wait_seconds: float = CHECK_WAIT_SECONDS,
        copy_retry_seconds: float = COPY_RETRY_SECONDS,
    ) -> None:
        self.owner = owner
        self.config = config or OutboxConfig()
        self._smtp: dict[int, tuple[smtplib.SMTP, float]] = {}
        self._lanes = ImapLanes(imap_timeout)
        self.check_wait_seconds = check_wait_seconds
        self.copy_retry_seconds = copy_retry_seconds

    def close(self) -> None:
        for client, _ in self._smtp.values():
            smtp.close(client)
        self._smtp.clear()
        self._lanes.close(CLOSE_WAIT_SECONDS)
        self._collect_filed()
        self._lanes = ImapLanes(self._lanes.timeout)

    def run_once(self, stop: threading.Event | None = None) -> SendRound:
        self._collect_filed()
        self._file_pending_copies()
        claims = claim_due(self.owner, self.config)
        claimed_at = time.monotonic()
        # The round's items in two queries, not two per item (each a round trip on PostgreSQL).
        items = OutboxItem.objects.select_related("message", "conversation__mailbox")
        loaded = items.prefetch_related("message__attachments").in_bulk(
            [claim.item_id for claim in claims]
        )
        counts = {"sent": 0, "retried": 0, "failed": 0, "recovered": 0}
        for claim in claims:
            if stop is not None and stop.is_set():
                break  # the rest keep their lease and come back after it expires
            counts[self._handle_isolated(claim, loaded.get(claim.item_id), claimed_at)] += 1
        return SendRound(len(claims), **counts, delivered_later=self._retry_refused(stop))

    # one item ---------------------------------------------------------------------------

    def _handle_isolated(self, claim: Claim, item: OutboxItem | None, claimed_at: float) -> str:
        started = time.monotonic()
        try:
            if item is None:  # deleted since the claim (the conversation was)
                return "failed"
            outcome = self._handle(claim, item, claimed_at)
        except Exception as error:  # noqa: BLE001 - one bad item must not stop the round
            log.exception("outbox item %d could not be sent", claim.item_id)
            self._drop_smtp(claim.mailbox_id)
            reason = f"could not build or send this reply: {type(error).__name__}: {error}"
            try:
                record_failed(claim.item_id, self.owner, reason)
            except Exception:  # noqa: BLE001 - the database itself failed: the lease expires
                log.exception("outbox item %d: could not record the failure", claim.item_id)
            outcome = "failed"
        log.info(
            "outbox item %d: %s (%.0f ms)",
            claim.item_id,
            outcome,
            (time.monotonic() - started) * 1000,
        )
        return outcome

    def _handle(self, claim: Claim, item: OutboxItem, claimed_at: float) -> str:
        mailbox = item.conversation.mailbox
        message_id = item.message.message_id
        if claim.interrupted:
            found, problem = self._find_copy(mailbox, message_id)
            if problem and not mailbox.imap_host:
                record_failed(
                    claim.item_id,
                    self.owner,
                    "the worker stopped while sending this reply and "
                    "there is no IMAP folder to check whether it went out; check before resending",
                )
                return "failed"
            if problem:
                record_check_later(claim.item_id, self.owner, problem, self.config)
                return "retried"
            if found:
                folder, copy = found
                if copy is None:
                    # It went out (the server holds it) but is over the size cap, or was
                    # moved since the search: sent, with no copy kept or filed.
                    note = f"recovered from {folder}; its copy is over the size cap: not kept"
                    record_sent(item, self.owner, None, note, recovered=True)
                    return "recovered"
                # The bytes the server accepted, not a new composition: composing again
                # gave the Sent copy and the conversation a new Date (and MIME boundary)
                # the customer's mail never had, and the conversation kept no raw copy.
                data = without_trace_fields(copy)
                pending = folder != mailbox.sent_folder and self._files_copies(mailbox)
                recorded = record_sent(
                    item, self.owner, data or None, "", True, copy_pending=pending
                )
                if pending and recorded:  # not when another worker holds the row now
                    self._lanes.file_sent(mailbox, item.pk, data, _date_of(data) or now())
                return "recovered"
        composed = compose(outgoing_mail(item))
        # The lease only needs renewing when much of it has passed (a slow round): another
        # worker can take an item over only after the lease has expired.
        late = time.monotonic() - claimed_at > self.config.lease_seconds / 2
        if late and not renew(claim.item_id, self.owner, self.config):
            return "retried"  # another worker took it over; it is theirs now
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
            if error.uncertain:
                return self._check_before_resending(claim, mailbox, str(error))
            final = error.final
            if error.unreachable and delivered_since(mailbox.pk, now() - RECENT_DELIVERY):
                final = error.permanent  # it delivered a moment ago: an outage, not a typo
            log.warning(
                "outbox item %d to %s: %s (attempt %d, %s)",
                claim.item_id,
                ", ".join(composed.recipients),
                error,
                item.attempts,
                "final" if final else "will retry",
            )
            if final:
                record_failed(claim.item_id, self.owner, str(error))
                return "failed"
            return record_retrying(claim.item_id, self.owner, str(error), self.config)
        notes = []
        if composed.fell_back:
            notes.append(f"sent as UTF-8: ISO-2022-JP cannot carry {composed.unencodable!r}")
        # A refused recipient is shown under the sent reply, and a 4xx one retried alone
        # (_retry_refused): the data is stored as the raw copy, the bytes it gets later.
        retry_in = retry_delay(1, self.config)
        pending = self._files_copies(mailbox)
        note = "; ".join(notes)
        recorded = record_sent(
            item, self.owner, composed.data, note, False, result.refusals, retry_in, pending
        )
        if pending and recorded:  # filed by the mailbox's IMAP lane: SMTP does not wait
            self._lanes.file_sent(mailbox, item.pk, composed.data, now())
        return "sent"

    # recipients refused while the others accepted ----------------------------------------

    def _retry_refused(self, stop: threading.Event | None) -> int:
        """Each due refused recipient sent the stored bytes alone; the number delivered.

        Nobody else is in the envelope (the others have it), nor the mailbox's own copy
        (its INBOX has the one from the first send). A try that was interrupted, or whose
        answer was lost, may have been delivered: it is not sent again but shown as not
        known, for an agent to check (nothing twice).
        """
        claims = claim_refusals_due(self.owner, self.config)
        loaded = RefusedRecipient.objects.select_related(
            "item__message__raw", "item__conversation__mailbox"
        ).in_bulk([claim.refusal_id for claim in claims])
        delivered = 0
        for claim in claims:
            refusal = loaded.get(claim.refusal_id)
            if refusal is None or (stop is not None and stop.is_set()):
                continue  # deleted with its reply, or stopping: the lease expires
            try:
                delivered += self._retry_one(refusal, claim.interrupted)
            except Exception:  # noqa: BLE001 - one bad row must not stop the round
                log.exception("refused recipient %d could not be retried", refusal.pk)
                self._drop_smtp(refusal.item.conversation.mailbox_id)
        return delivered

    def _retry_one(self, refusal: RefusedRecipient, interrupted: bool) -> int:
        mailbox = refusal.item.conversation.mailbox
        raw = refusal.item.message.raw
        if interrupted:
            record_not_delivered(refusal, self.owner, UNKNOWN_OUTCOME)
            return 0
        if raw is None:
            record_not_delivered(refusal, self.owner, f"{NO_COPY}; last: {refusal.answer}")
            return 0
        try:
            client = self._smtp_session(mailbox)
            smtp.send(client, mailbox.address, (refusal.address,), bytes(raw.data))
        except smtp.SendError as error:
            self._drop_smtp(mailbox.pk)
            answer = str(error).removeprefix(f"recipients refused: {refusal.address}: ")
            if error.uncertain:
                record_not_delivered(refusal, self.owner, f"{UNKNOWN_OUTCOME}: {answer}")
            elif error.permanent:
                record_not_delivered(refusal, self.owner, answer)
            elif refusal.attempts >= self.config.max_attempts:  # given up: shown with the count
                record_not_delivered(refusal, self.owner, answer)
            else:
                retry_in = retry_delay(refusal.attempts, self.config)
                record_refusal_retrying(refusal, self.owner, answer, retry_in)
            log.warning("reply to %s: %s (attempt %d)", refusal.address, answer, refusal.attempts)
            return 0
        return int(record_delivered(refusal, self.owner))

    def _check_before_resending(self, claim: Claim, mailbox: Mailbox, error: str) -> str:
        """The server may have the reply already: treated as an interrupted send, so the
        next round searches the mailbox for its Message-ID before anything goes again. A
        plain retry here delivered the customer a second copy whenever the server had
        accepted the mail but the connection dropped before its "250" arrived."""
        log.warning("outbox item %d: %s", claim.item_id, error)
        if not mailbox.imap_host:
            record_failed(
                claim.item_id,
                self.owner,
                f"{error}; there is no IMAP folder to check whether it went out: "
                "check before resending",
            )
            return "failed"
        record_check_later(claim.item_id, self.owner, error, self.config)
        return "retried"

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
            raise smtp.SendError(str(error), permanent=False, config=True) from None
        client = smtp.connect(endpoint)
        self._smtp[mailbox.pk] = (client, time.monotonic())
        return client

    def _drop_smtp(self, mailbox_id: int) -> None:
        cached = self._smtp.pop(mailbox_id, None)
        if cached is not None:
            smtp.close(cached[0])

    # the Sent folder, through the mailbox's IMAP lane ----------------------------------

    @staticmethod
    def _files_copies(mailbox: Mailbox) -> bool:
        return bool(mailbox.imap_host and mailbox.sent_folder)

    def _find_copy(
        self, mailbox: Mailbox, message_id: str
    ) -> tuple[tuple[str, bytes | None] | None, str]:
        """((folder, bytes of the copy with the Message-ID, None when over the size cap) or
        None, problem): problem set = do not know. The search reads nothing of the mail; the
        copy is read (at most the cap) only once it is found. Asked of the mailbox's lane,
        waited for `check_wait_seconds` at most."""
        if not mailbox.imap_host:
            return None, "the mailbox has no IMAP server to check its Sent folder"
        return self._lanes.find_copy(
            mailbox, message_id, settings.MAX_MESSAGE_BYTES, self.check_wait_seconds
        )

    def _collect_filed(self) -> None:
        """Records the lanes' finished filings: filed ones are done, failed ones retried
        later (the time is kept on the row, and shown on the conversation)."""
        done = self._lanes.collect()
        filed = [item_id for item_id, problem in done if not problem]
        if filed:
            copy_filed(filed)
        for item_id, problem in done:
            if problem:
                copy_failed(item_id, problem, self.copy_retry_seconds, COPY_RETRY_CAP_SECONDS)

    def _file_pending_copies(self) -> None:
        """Hands the lanes the Sent copies due to be filed: left by a failure, or by a
        worker that stopped first. A lane stuck on a silent server gets nothing more
        meanwhile."""
        busy = self._lanes.busy_mailboxes(self.check_wait_seconds)
        claimed = claim_copies(self.config.batch * 4, self._lanes.filing, busy)
        wanted = [item_id for item_id, _ in claimed]
        if not wanted:
            return
        items = OutboxItem.objects.select_related("message__raw", "conversation__mailbox")
        for item in items.filter(pk__in=wanted).order_by("pk"):
            mailbox = item.conversation.mailbox
            raw = item.message.raw
            if raw is None or not self._files_copies(mailbox):
                copy_filed([item.pk])  # nothing to file, or nowhere to file it
                continue
            data = bytes(raw.data)
            # Tried before (or by a worker that stopped): it may be in Sent already.
            message_id = item.message.message_id
            self._lanes.file_sent(mailbox, item.pk, data, _date_of(data) or now(), message_id)


def _date_of(data: bytes) -> datetime | None:
    """The Date the mail carries, for the Sent copy's arrival time (None: unreadable)."""
    value = BytesHeaderParser(policy=compat32).parsebytes(data).get("date")
    try:
        return parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError):
        return None


def _smtp_alive(client: smtplib.SMTP) -> bool:
    try:
        return client.noop()[0] == 250
    except (OSError, smtplib.SMTPException):
        return False
