"""What happens when a mail arrives, read from the top down.

1. A fetcher thread per mailbox (`MailboxFetcher`) connects over IMAP and waits (IDLE or
   polling) for new mail.
2. `fetch_mailbox`: transport/imap.py fetches every message above the folder's UID
   checkpoint, batch by batch; transport/store.py commits each batch's raw bytes (state
   pending, duplicates dropped by content hash) before the checkpoint moves past it.
3. After each batch, `process_all_pending`: actions/ingest.process_pending parses the pending
   raw mails in child processes within the parse budget (actions/budget.py: a mail over it is
   stored raw with a defect), then threads them and writes message, conversation, customer,
   attachments, events, rules and search index in one transaction per batch
   (actions/batch.py).
4. Now and then, reconciliation looks for UIDs below the checkpoint that were never stored.
Any failure is recorded on the checkpoint (the password redacted), then the thread backs
off and reconnects; it carries on from the checkpoint, so nothing is lost or stored twice.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from django.db import close_old_connections, connection
from imapclient import IMAPClient

from madoguchi.actions.ingest import IngestSession, process_pending
from madoguchi.actions.replies import message_id_secret
from madoguchi.models import Mailbox
from madoguchi.transport import imap
from madoguchi.transport.endpoints import imap_endpoint
from madoguchi.transport.outbox import OutboxConfig
from madoguchi.worker.locks import mailbox_lock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerConfig:
    idle_seconds: float = 300.0  # re-issue IDLE this often (RFC 2177: under 29 minutes)
    poll_seconds: float = 60.0  # servers without IDLE
    outbox_poll_seconds: float = 1.0
    reconcile_seconds: float = 3600.0
    timers_seconds: float = 30.0
    reconnect_cap_seconds: float = 60.0
    mailbox_refresh_seconds: float = 15.0
    batch_size: int = imap.BATCH_SIZE
    process: bool = True  # parse/thread/triage after storing (off only for benchmarks)
    outbox: OutboxConfig = field(default_factory=OutboxConfig)


def fetch_mailbox(
    client: IMAPClient,
    mailbox: Mailbox,
    session: IngestSession,
    *,
    batch_size: int = imap.BATCH_SIZE,
    process: bool = True,
    stop: threading.Event | None = None,
) -> imap.FetchResult:
    """Fetch and store the new mail of the mailbox's folder; process it batch by batch."""
    result = imap.fetch_new(
        client,
        mailbox,
        secret=message_id_secret(),
        batch_size=batch_size,
        stop=stop,
        after_batch=(lambda: process_all_pending(session)) if process else None,
    )
    if process:
        process_all_pending(session)  # left pending by an interrupted run
    return result


def process_all_pending(session: IngestSession, limit: int = 200) -> int:
    """Parse, thread and triage every raw message still pending for the session's mailbox."""
    processed = 0
    while True:
        report = process_pending(session, limit=limit)
        done = report.stored + len(report.failed)
        processed += done
        if done < limit:
            return processed


def reconcile_mailbox(client: IMAPClient, mailbox: Mailbox, batch_size: int) -> None:
    imap.reconcile(client, mailbox, secret=message_id_secret(), batch_size=batch_size)


class MailboxFetcher:
    def __init__(self, mailbox_id: int, stop: threading.Event, config: WorkerConfig) -> None:
        self.mailbox_id = mailbox_id
        self.stop = stop
        self.config = config
        self.client: IMAPClient | None = None
        self.session: IngestSession | None = None
        self.last_reconcile = float("-inf")
        self.thread = threading.Thread(target=self.run, name=f"fetch-{mailbox_id}", daemon=True)

    def run(self) -> None:
        failures = 0
        try:
            while not self.stop.is_set():
                close_old_connections()
                mailbox = Mailbox.objects.filter(pk=self.mailbox_id, is_active=True).first()
                if mailbox is None or not mailbox.imap_host:
                    return
                try:
                    fetched = self.cycle(mailbox)
                    failures = 0
                    # IDLE inside the try: a server going away shows up here first.
                    waited = self.client is not None and imap.wait_for_mail(
                        self.client,
                        mailbox.imap_folder,
                        self.config.idle_seconds,
                        self.stop,
                        seen_uid=fetched.last_uid if fetched is not None else None,
                    )
                except Exception as error:  # noqa: BLE001 - any failure: record, back off, retry
                    failures += 1
                    self._failed(mailbox, error, failures)
                    continue
                if not waited:
                    self.stop.wait(self.config.poll_seconds)
        finally:
            self.close()
            connection.close()

    def cycle(self, mailbox: Mailbox) -> imap.FetchResult | None:
        """Fetch the mailbox if no other worker is fetching it; None when one is."""
        if self.client is None:
            self.client = imap.connect(imap_endpoint(mailbox))
            if self.session is not None:
                self.session.close()
            self.session = IngestSession(mailbox)
        assert self.session is not None
        self.session.mailbox = mailbox
        with mailbox_lock(mailbox.pk) as held:
            if not held:
                return None  # another worker fetches this mailbox now
            result = fetch_mailbox(
                self.client,
                mailbox,
                self.session,
                batch_size=self.config.batch_size,
                process=self.config.process,
                stop=self.stop,
            )
            if time.monotonic() - self.last_reconcile >= self.config.reconcile_seconds:
                reconcile_mailbox(self.client, mailbox, self.config.batch_size)
                self.last_reconcile = time.monotonic()
            return result

    def close(self) -> None:
        imap.logout(self.client)
        self.client = None
        if self.session is not None:
            self.session.close()  # its parse processes
            self.session = None

    def _failed(self, mailbox: Mailbox, error: Exception, failures: int) -> None:
        text = f"{type(error).__name__}: {error}"
        log.warning("fetch %s: %s (attempt %d)", mailbox.address, text, failures)
        imap.logout(self.client)
        self.client = None
        try:
            imap.record_error(mailbox, mailbox.imap_folder, text)
        except Exception:  # noqa: BLE001 - the database may be what failed
            log.exception("could not record the fetch error")
        self.stop.wait(min(2.0**failures, self.config.reconnect_cap_seconds))
