"""The background worker: one fetcher thread per mailbox (worker/fetching.py: what happens
when a mail arrives), one outbox thread (sending, plus the timers), and a supervisor that
follows the mailbox list.

Each thread survives any failure of a server or the database: it records the error,
waits with exponential backoff, reconnects and carries on from its checkpoint.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import time

from django.db import close_old_connections, connection

from madoguchi.actions.conversations import wake_snoozed
from madoguchi.actions.counts import compact as compact_counts
from madoguchi.actions.outbound import acknowledge_new_conversations
from madoguchi.actions.rollup import compact as compact_reports
from madoguchi.actions.satisfaction import send_satisfaction_surveys
from madoguchi.actions.sla import check_sla
from madoguchi.actions.sla_redate import SlaRedater
from madoguchi.models import Mailbox
from madoguchi.transport import imap
from madoguchi.worker.digest import send_weekly_digests
from madoguchi.worker.fetching import MailboxFetcher, WorkerConfig
from madoguchi.worker.locks import WorkerAlreadyRunning, single_worker_lock
from madoguchi.worker.notification_mail import send_notification_mails
from madoguchi.worker.sending import OutboxSender

__all__ = ["MailboxFetcher", "WorkerAlreadyRunning", "WorkerConfig", "run_once", "run_worker"]

log = logging.getLogger(__name__)


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _outbox_loop(stop: threading.Event, owner: str, config: WorkerConfig) -> None:
    sender = OutboxSender(owner, config.outbox)
    last_timers = 0.0
    failures = 0
    redater = SlaRedater()
    try:
        while not stop.is_set():
            try:
                close_old_connections()
                sent = sender.run_once(stop)
                if time.monotonic() - last_timers >= config.timers_seconds:
                    wake_snoozed()
                    acknowledge_new_conversations()  # per-mailbox 受付 mail
                    redater.round()  # a changed SLA policy re-dates open conversations
                    check_sla()  # SLA warnings at the chosen share and at breach, reminders
                    send_satisfaction_surveys()  # 満足/普通/不満 after a person resolved it
                    send_weekly_digests()  # once a week per lead who wants it
                    send_notification_mails()  # the kinds each person wants by mail
                    compact_counts()  # PostgreSQL's appended folder-count rows, folded
                    compact_reports()  # and the report rollups' rows
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
            except Exception as error:  # noqa: BLE001 - one mailbox down must not stop the rest
                # Recorded as the running worker records it, and the pass goes on: a closed
                # port or a refused login used to end it here, before anything was sent.
                log.warning("fetch %s: %s", mailbox.address, error)
                imap.record_error(mailbox, mailbox.imap_folder, f"{type(error).__name__}: {error}")
            finally:
                fetcher.close()
        acknowledge_new_conversations()
        send_satisfaction_surveys()
        sender = OutboxSender(worker_id(), config.outbox)
        try:
            while sender.run_once().claimed:
                pass
        finally:
            sender.close()
        wake_snoozed()
        check_sla()
        send_weekly_digests()
        send_notification_mails()
        compact_counts()
        compact_reports()
