"""Mail that arrives while the worker is storing earlier mail (a burst, then quiet) is
fetched at once: IDLE reports only what arrives after it starts, so before this it waited
for the next mail or the IDLE timeout (5 minutes). Found by the load test (bench/load/):
the last mails of every run were still unfetched when it ended."""

from __future__ import annotations

import threading
import time

import pytest

from madoguchi.models import Mailbox, Message
from madoguchi.worker import fetching
from madoguchi.worker.fetching import MailboxFetcher, WorkerConfig
from tests.support.servers import Dovecot, sample_mail
from tests.transport.conftest import TRANSACTIONAL

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_it_fetches_mail_that_arrived_during_the_previous_fetch(
    dovecot: Dovecot, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(1))
    process = fetching.process_all_pending
    arrivals = [sample_mail(2)]

    def process_while_mail_arrives(session: object, limit: int = 200) -> int:
        if arrivals:  # the customer writes again while the first mail is being stored
            dovecot.deliver(mailbox.address, arrivals.pop())
        return process(session, limit)  # type: ignore[arg-type]

    monkeypatch.setattr(fetching, "process_all_pending", process_while_mail_arrives)
    stop = threading.Event()
    # An IDLE longer than the test: only a fetch without waiting for more mail stores both.
    fetcher = MailboxFetcher(mailbox.pk, stop, WorkerConfig(idle_seconds=3600))
    fetcher.thread.start()
    try:
        for _ in range(120):
            if Message.objects.filter(conversation__mailbox=mailbox).count() == 2:
                break
            time.sleep(0.5)
    finally:
        stop.set()
        fetcher.thread.join(30)
    assert Message.objects.filter(conversation__mailbox=mailbox).count() == 2
