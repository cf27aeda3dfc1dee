"""Two workers fetching one mailbox at once (PostgreSQL, several `madoguchi worker`
processes, as in bench/load/): every mail that arrives is stored once, none is lost."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections
from django.db.models import Count

from madoguchi.models import Direction, Mailbox, Message, RawMessage
from madoguchi.worker.fetching import MailboxFetcher, WorkerConfig
from tests.support.servers import Dovecot, sample_mail
from tests.transport.conftest import TRANSACTIONAL

pytestmark = [pytest.mark.servers, TRANSACTIONAL]


def test_it_stores_each_mail_once_when_two_workers_fetch_the_same_mailbox(
    dovecot: Dovecot, mailbox: Mailbox
) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite allows one worker")
    total = 40
    delivered = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        stop = threading.Event()
        fetcher = MailboxFetcher(mailbox.pk, stop, WorkerConfig(batch_size=4))
        try:
            while True:
                finished = delivered.is_set()  # one more round after the last delivery
                fetcher.cycle(Mailbox.objects.get(pk=mailbox.pk))
                if finished:
                    return
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            errors.append(error)
        finally:
            fetcher.close()
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for number in range(total):
        dovecot.deliver(mailbox.address, sample_mail(number, message_id=f"<two-{number}@c>"))
    delivered.set()
    for thread in threads:
        thread.join(120)
    assert errors == []
    # The worker that did not hold the lock in the last round may have left some to the
    # other: one more round by either finds nothing new.
    incoming = Message.objects.filter(direction=Direction.INCOMING, conversation__mailbox=mailbox)
    assert incoming.count() == total
    twice = incoming.values("message_id").annotate(n=Count("id")).filter(n__gt=1)
    assert list(twice) == []
    assert not RawMessage.objects.filter(state=RawMessage.State.FAILED).exists()
