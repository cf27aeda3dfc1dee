"""A mailbox whose IMAP server is down (a closed port) or refuses the login is retried on
its own: the replies of other mailboxes still go out, through a real SMTP server (aiosmtpd
on loopback). Walk 12 / session 13: a browser test missed its window while the worker was
retrying another mailbox."""

from __future__ import annotations

import threading
import time

import pytest
from django.contrib.auth.models import User

from madoguchi.models import FetchCheckpoint, Mailbox, OutboxState
from madoguchi.transport.credentials import encrypt_password
from madoguchi.worker.fetching import WorkerConfig
from madoguchi.worker.loop import run_once, run_worker
from tests.support.servers import Dovecot, SmtpSink, free_port
from tests.transport.conftest import TRANSACTIONAL, make_mailbox
from tests.transport.test_send import queue_reply

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

BROKEN = ("closed_port", "login_refused")


def _broken_mailbox(dovecot: Dovecot, sink: SmtpSink, address: str, how: str) -> Mailbox:
    if how == "closed_port":
        return make_mailbox(dovecot, address, sink, imap_port=free_port())
    # A real server that says no: the account with the wrong password.
    return make_mailbox(
        dovecot, address, sink, imap_password_encrypted=encrypt_password("wrong password")
    )


@pytest.mark.parametrize("how", BROKEN)
def test_one_pass_sends_the_other_mailboxs_reply_and_records_the_fetch_error(
    dovecot: Dovecot,
    sink: SmtpSink,
    mailbox: Mailbox,
    alice: User,
    _free_users: list[str],
    how: str,
) -> None:
    item = queue_reply(dovecot, mailbox, alice)
    broken = _broken_mailbox(dovecot, sink, _free_users.pop(0), how)

    run_once(WorkerConfig())

    item.refresh_from_db()
    assert item.state == OutboxState.SENT and len(sink.messages) == 1
    assert FetchCheckpoint.objects.filter(mailbox=broken).exclude(last_error="").exists()


@pytest.mark.parametrize("how", BROKEN)
def test_the_running_worker_sends_while_another_mailbox_fails_to_fetch(
    dovecot: Dovecot,
    sink: SmtpSink,
    mailbox: Mailbox,
    alice: User,
    _free_users: list[str],
    how: str,
) -> None:
    _broken_mailbox(dovecot, sink, _free_users.pop(0), how)
    item = queue_reply(dovecot, mailbox, alice)
    stop = threading.Event()
    worker = threading.Thread(
        target=run_worker,
        args=(stop, WorkerConfig(reconnect_cap_seconds=0.2, timers_seconds=3600)),
        daemon=True,
    )
    worker.start()
    try:
        # A bounded wait for the outcome, not a timing assertion: the machine may be slow.
        # The sink is watched, not the database: on SQLite's shared in-memory test database
        # a reader here would lock the tables the worker's threads write.
        for _ in range(600):
            if sink.messages:
                break
            time.sleep(0.1)
    finally:
        stop.set()
        worker.join(timeout=30)
    item.refresh_from_db()
    assert item.state == OutboxState.SENT and len(sink.messages) == 1
