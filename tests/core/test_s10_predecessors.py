"""Earlier conversations offered for merging: the customer's newest open or recent ones,
found without reading the rest of the mailbox (an import must not slow down as it grows)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from mailmaker import BASE_TIME, make_mail

from madoguchi.actions.batch import _recent_conversations_of
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.models import Conversation, Customer, Mailbox, Status

pytestmark = pytest.mark.django_db


def ingest(session: IngestSession, *raws: bytes) -> None:
    items = [
        (
            IncomingMail(raw=raw, source=f"test:{i}"),
            prepare_mail(raw, Path(settings.ATTACHMENT_DIR)),
        )
        for i, raw in enumerate(raws)
    ]
    ingest_batch(session, items)


def conversation_of(message_id: str) -> Conversation:
    return Conversation.objects.get(messages__message_id=message_id)


def mail(number: int, sender: str = "taro@acme.co.jp", days: float = 0) -> bytes:
    return make_mail(
        sender=sender,
        subject=f"別件 {number}",
        message_id=f"<p{number}.{sender}>",
        date=BASE_TIME + timedelta(days=days),
    )


def test_it_offers_the_customers_five_newest_open_conversations(
    session: IngestSession,
) -> None:
    ingest(session, *(mail(n, days=n / 10) for n in range(8)))
    ingest(session, *(mail(n, sender="hanako@other.co.jp", days=1) for n in range(3)))
    ingest(session, mail(99, days=2))
    new = conversation_of("<p99.taro@acme.co.jp>")
    offered = set(new.likely_predecessors.values_list("subject", flat=True))
    assert offered == {f"別件 {n}" for n in (3, 4, 5, 6, 7)}


def test_it_offers_a_closed_conversation_only_within_a_day(session: IngestSession) -> None:
    ingest(session, mail(1), mail(2, days=1))
    Conversation.objects.filter(subject__in=["別件 1", "別件 2"]).update(status=Status.RESOLVED)
    ingest(session, mail(3, days=1.5))
    new = conversation_of("<p3.taro@acme.co.jp>")
    assert list(new.likely_predecessors.values_list("subject", flat=True)) == ["別件 2"]


def test_it_never_offers_a_conversation_merged_away(session: IngestSession) -> None:
    ingest(session, mail(1), mail(2, days=0.5))
    kept = conversation_of("<p2.taro@acme.co.jp>")
    Conversation.objects.filter(subject="別件 1").update(merged_into=kept)
    ingest(session, mail(3, days=1))
    new = conversation_of("<p3.taro@acme.co.jp>")
    assert list(new.likely_predecessors.values_list("subject", flat=True)) == ["別件 2"]


@contextmanager
def counted_steps() -> Iterator[list[int]]:
    """SQLite virtual-machine steps (in thousands) of the statements run inside: how much
    the database read, independent of the machine's load."""
    steps = [0]

    def tick() -> int:
        steps[0] += 1
        return 0

    raw = connection.connection
    raw.set_progress_handler(tick, 1000)
    try:
        yield steps
    finally:
        raw.set_progress_handler(None, 1000)


def add_other_customers(mailbox: Mailbox, count: int) -> None:
    customers = Customer.objects.bulk_create(Customer(name=f"客{n}") for n in range(count))
    Conversation.objects.bulk_create(
        Conversation(
            mailbox=mailbox,
            customer=customer,
            subject="他の客",
            created_at=BASE_TIME,
            updated_at=BASE_TIME,
            last_message_at=BASE_TIME,
        )
        for customer in customers
        for _ in range(3)
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's step counter")
def test_it_reads_the_same_rows_however_many_other_customers_there_are(
    session: IngestSession, mailbox: Mailbox
) -> None:
    ingest(session, *(mail(n, days=n / 10) for n in range(3)))
    ingest(session, mail(5, sender="hanako@other.co.jp"), mail(6, sender="jiro@third.co.jp"))
    # A batch asks for several customers at once (the old window's `customer IN (…)` of
    # two or more made SQLite walk the mailbox's index instead).
    customers = list(Customer.objects.values_list("pk", flat=True))
    assert len(customers) == 3

    def look_up() -> tuple[int, list[int]]:
        with counted_steps() as steps:
            found = _recent_conversations_of(mailbox.pk, customers, BASE_TIME, 6)
        return steps[0], found

    before, found_before = look_up()
    add_other_customers(mailbox, 3000)
    after, found_after = look_up()
    assert sorted(found_after) == sorted(found_before) and len(found_before) == 5
    # The window over `customer IN (…)` it replaced read all 9,000 others' rows here.
    assert after <= before + 1
