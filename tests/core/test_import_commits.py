"""`madoguchi import` commits several batches at a time (actions/importing.py
BATCHES_PER_COMMIT). Each batch is still its own savepoint: a mail that cannot be stored
is kept raw (failed, with the reason) while the rest of its batch and of the commit are
stored; and an import stopped in the middle of a commit loses nothing that running it
again does not store, and stores nothing twice. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mailmaker import make_mail

from madoguchi.actions import importing
from madoguchi.actions.batch import Batch
from madoguchi.actions.importing import import_paths
from madoguchi.actions.ingest import IngestSession
from madoguchi.models import Mailbox, Message, RawMessage

pytestmark = pytest.mark.django_db(transaction=True)


def write_mbox(path: Path, count: int) -> None:
    with path.open("wb") as handle:
        for number in range(count):
            handle.write(b"From sender@example.com Mon Nov 23 09:00:00 2026\n")
            handle.write(
                make_mail(
                    message_id=f"<n{number}@acme.co.jp>",
                    subject=f"件名{number}",
                    body=f"本文{number}",
                    sender=f"c{number}@acme.co.jp",
                )
            )
            handle.write(b"\n")


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    # Mails of several batches and commits in a test-sized mbox.
    monkeypatch.setattr(importing, "BATCH_SIZE", 2)
    monkeypatch.setattr(importing, "CHUNK_SIZE", 1)
    monkeypatch.setattr(importing, "BATCHES_PER_COMMIT", 2)


def session() -> IngestSession:
    mailbox = Mailbox.objects.create(name="Support", address="support@example.com")
    return IngestSession(mailbox, trust_own_address=True)


def test_it_keeps_a_mail_it_cannot_store_raw_and_stores_the_rest_of_its_commit(
    tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_mbox(tmp_path / "a.mbox", 7)
    add = Batch.add

    def add_failing_once(self: Batch, raw: RawMessage, item: Any, prepared: Any) -> None:
        if prepared.parsed.message_id == "<n2@acme.co.jp>":
            raise ValueError("cannot store this one")
        add(self, raw, item, prepared)

    monkeypatch.setattr(Batch, "add", add_failing_once)
    progress: list[int] = []
    report = import_paths(
        session(), [tmp_path / "a.mbox"], workers=1, progress=lambda d, _c, _r: progress.append(d)
    )
    assert report.stored == 6 and len(report.failed) == 1
    assert "cannot store this one" in report.failed[0][1]
    stored = set(Message.objects.values_list("message_id", flat=True))
    assert stored == {f"<n{n}@acme.co.jp>" for n in range(7) if n != 2}
    failed = RawMessage.objects.get(message_id="<n2@acme.co.jp>")
    assert failed.state == RawMessage.State.FAILED and b"n2@acme.co.jp" in bytes(failed.data)
    assert RawMessage.objects.count() == 7
    # Progress after each commit of two batches (four mails), then the rest.
    assert progress == [4, 7]


def test_an_import_stopped_inside_a_commit_loses_nothing_and_stores_nothing_twice(
    tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_mbox(tmp_path / "a.mbox", 7)
    mine = session()
    store = importing._store
    batches: list[int] = []

    def stopped_at_the_third_batch(*args: Any) -> None:
        batches.append(1)
        if len(batches) == 3:  # the first batch of the second commit, once stored
            store(*args)
            raise KeyboardInterrupt
        store(*args)

    monkeypatch.setattr(importing, "_store", stopped_at_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        import_paths(mine, [tmp_path / "a.mbox"], workers=1)
    # The first commit (four mails) stayed; the interrupted one is gone as a whole.
    assert RawMessage.objects.count() == Message.objects.count() == 4
    monkeypatch.setattr(importing, "_store", store)
    mine.forget_rolled_back()
    report = import_paths(mine, [tmp_path / "a.mbox"], workers=1)
    assert report.stored == 3 and report.duplicates == 4 and not report.failed
    assert RawMessage.objects.count() == Message.objects.count() == 7
    assert Message.objects.values("message_id").distinct().count() == 7
