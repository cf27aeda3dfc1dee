"""The background worker: one fetcher thread per mailbox (IDLE, or polling), one outbox
thread (sending, plus the timers), and a supervisor that follows the mailbox list.

Each thread survives any failure of a server or the database: it records the error,
waits with exponential backoff, reconnects and carries on from its checkpoint.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import close_old_connections, connection
from imapclient import IMAPClient

from madoguchi.actions.conversations import wake_snoozed
from madoguchi.actions.ingest import IngestSession
from madoguchi.models import Mailbox
from madoguchi.transport import imap
from madoguchi.transport.endpoints import imap_endpoint
from madoguchi.transport.outbox import OutboxConfig, OutboxSender

log = logging.getLogger(__name__)

_ADVISORY_BASE = 0x6D61646F << 20  # "mado": keeps our lock keys apart from other apps'


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


class WorkerAlreadyRunning(Exception):
    pass


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@contextmanager
def single_worker_lock() -> Iterator[None]:
    """SQLite has one writer: one worker per database file."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or "memory" in name:
        yield
        return
    with file_lock(Path(name + ".worker-lock"), name):
        yield


@contextmanager
def file_lock(path: Path, database: str) -> Iterator[None]:
    """An flock on `path`: the kernel releases it even when the process is SIGKILLed."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise WorkerAlreadyRunning(
            f"another worker is already running on {database}; SQLite allows one "
            "(use PostgreSQL to run several)"
        ) from None
    try:
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode())
        yield
    finally:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)


@contextmanager
def mailbox_lock(mailbox_id: int) -> Iterator[bool]:
    """On PostgreSQL, one worker at a time fetches a mailbox (a session advisory lock);
    the others skip it. SQLite runs one worker, so the lock is always held."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = _ADVISORY_BASE + mailbox_id
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        held = bool(cursor.fetchone()[0])
    try:
        yield held
    finally:
        if held:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
            except Exception:  # noqa: BLE001 - a lost connection has released it already
                pass


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
                    self.cycle(mailbox)
                    failures = 0
                    # IDLE inside the try: a server going away shows up here first.
                    waited = self.client is not None and imap.wait_for_mail(
                        self.client, mailbox.imap_folder, self.config.idle_seconds, self.stop
                    )
                except Exception as error:  # noqa: BLE001 - any failure: record, back off, retry
                    failures += 1
                    self._failed(mailbox, error, failures)
                    continue
                if not waited:
                    self.stop.wait(self.config.poll_seconds)
        finally:
            imap.logout(self.client)
            if self.session is not None:
                self.session.close()  # its parse processes
            connection.close()

    def cycle(self, mailbox: Mailbox) -> None:
        if self.client is None:
            self.client = imap.connect(imap_endpoint(mailbox))
            if self.session is not None:
                self.session.close()
            self.session = IngestSession(mailbox)
        assert self.session is not None
        self.session.mailbox = mailbox
        with mailbox_lock(mailbox.pk) as held:
            if not held:
                return  # another worker fetches this mailbox now
            imap.fetch_new(
                self.client,
                mailbox,
                batch_size=self.config.batch_size,
                process=self.config.process,
                stop=self.stop,
                session=self.session,
            )
            if self.config.process:
                imap.process_all_pending(self.session)  # left pending by an interrupted run
            if time.monotonic() - self.last_reconcile >= self.config.reconcile_seconds:
                imap.reconcile(self.client, mailbox, batch_size=self.config.batch_size)
                self.last_reconcile = time.monotonic()

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


def _outbox_loop(stop: threading.Event, owner: str, config: WorkerConfig) -> None:
    sender = OutboxSender(owner, config.outbox)
    last_timers = 0.0
    failures = 0
    try:
        while not stop.is_set():
            try:
                close_old_connections()
                sent = sender.run_once(stop)
                if time.monotonic() - last_timers >= config.timers_seconds:
                    wake_snoozed()
                    last_timers = time.monotonic()
                failures = 0
            except Exception:  # noqa: BLE001 - keep the worker alive; leases protect the rows
                failures += 1
                log.exception("outbox round failed (attempt %d)", failures)
                sender.close()
                stop.wait(min(2.0**failures, config.reconnect_cap_seconds))
                continue
            if sent.claimed < config.outbox.batch:
                stop.wait(config.outbox_poll_seconds)
    finally:
        sender.close()
        connection.close()


def _fetchable_mailboxes() -> list[int]:
    return list(
        Mailbox.objects.filter(is_active=True).exclude(imap_host="").values_list("pk", flat=True)
    )


def run_worker(stop: threading.Event, config: WorkerConfig | None = None) -> None:
    """Fetch, send and run timers until `stop` is set."""
    config = config or WorkerConfig()
    owner = worker_id()
    with single_worker_lock():
        log.info("worker %s started", owner)
        outbox = threading.Thread(
            target=_outbox_loop, args=(stop, owner, config), name="outbox", daemon=True
        )
        outbox.start()
        fetchers: dict[int, MailboxFetcher] = {}
        try:
            while not stop.is_set():
                try:
                    close_old_connections()
                    wanted = _fetchable_mailboxes()
                except Exception:  # noqa: BLE001 - database away: try again shortly
                    log.exception("could not read the mailbox list")
                    wanted = []
                for mailbox_id in wanted:
                    fetcher = fetchers.get(mailbox_id)
                    if fetcher is None or not fetcher.thread.is_alive():
                        fetchers[mailbox_id] = MailboxFetcher(mailbox_id, stop, config)
                        fetchers[mailbox_id].thread.start()
                stop.wait(config.mailbox_refresh_seconds)
        finally:
            stop.set()
            for fetcher in fetchers.values():
                fetcher.thread.join(timeout=10)
            outbox.join(timeout=10)
            connection.close()
            log.info("worker %s stopped", owner)


def run_once(config: WorkerConfig | None = None) -> None:
    """One pass: fetch every mailbox once and send what is due (for cron and tests)."""
    config = config or WorkerConfig()
    stop = threading.Event()
    with single_worker_lock():
        for mailbox_id in _fetchable_mailboxes():
            mailbox = Mailbox.objects.get(pk=mailbox_id)
            fetcher = MailboxFetcher(mailbox_id, stop, config)
            try:
                fetcher.cycle(mailbox)
            finally:
                imap.logout(fetcher.client)
                if fetcher.session is not None:
                    fetcher.session.close()
        sender = OutboxSender(worker_id(), config.outbox)
        try:
            while sender.run_once().claimed:
                pass
        finally:
            sender.close()
        wake_snoozed()
