"""Bulk import of .eml / mbox / Maildir: parse on every core, store in batches."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

from madoguchi.actions.budget import ParsePool, configured_budget
from madoguchi.actions.ingest import IncomingMail, IngestReport, IngestSession, ingest_batch
from madoguchi.actions.prepare import PreparedMail
from madoguchi.transport.files import FileMail, SourceError, read_path

# Mails stored per transaction. 500 rather than 250: every phase of the storing process
# costs less a mail (10,000 mails, same load, side by side: 1.08 -> 0.98 ms of CPU a mail
# in the batches, 1.39 -> 1.31 ms for the whole process): fewer commits and FTS5 segment
# flushes, fewer per-batch look-ups, and more replies land in the batch that created their
# conversation, whose search document is then written once (search/backends.py).
BATCH_SIZE = 500
# Mails parsed per task in a child process. A child is given its next chunk only when the
# storing process comes back for answers, so one chunk must keep it busy while that process
# writes a batch (~1.2 ms a mail on a quiet machine, the children sharing the other core
# meanwhile): half a batch per chunk, the ratio measured with 250/125.
CHUNK_SIZE = BATCH_SIZE // 2

Progress = Callable[[int, int, IngestReport], None]  # (mails done, bytes done, report so far)


def _paired(
    pool: ParsePool, chunk: list[FileMail], ticket: int
) -> list[tuple[FileMail, PreparedMail]]:
    return list(zip(chunk, pool.results(ticket), strict=True))


def _mails(paths: Iterable[Path], report: IngestReport) -> Iterator[FileMail]:
    for path in paths:
        for item in read_path(path):
            if isinstance(item, SourceError):
                report.failed.append((str(path), str(item)))
            else:
                yield item


def _chunks(mails: Iterator[FileMail], size: int) -> Iterator[list[FileMail]]:
    chunk: list[FileMail] = []
    for mail in mails:
        chunk.append(mail)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepared_chunks(
    chunks: Iterator[list[FileMail]], root: Path, workers: int, triage: bool
) -> Iterator[list[tuple[FileMail, PreparedMail]]]:
    """Prepared chunks in input order, with at most a few chunks in flight (flat memory).

    Every mail is parsed in a child process within the parse budget (actions/budget.py), so
    one hostile mail in an archive is stored raw instead of stalling the import. Only the raw
    bytes go to a child and only the prepared mail comes back (the raw copy stays here).
    """
    with ParsePool(
        root, workers=max(1, workers), triage=triage, budget=configured_budget(), nice=True
    ) as pool:
        in_flight: deque[tuple[list[FileMail], int]] = deque()
        for chunk in chunks:
            in_flight.append((chunk, pool.submit([mail.raw for mail in chunk])))
            # Enough in flight that the children keep parsing while a whole batch is
            # being stored, few enough that memory stays flat.
            if len(in_flight) > 2 * workers + BATCH_SIZE // CHUNK_SIZE:
                yield _paired(pool, *in_flight.popleft())
        while in_flight:
            yield _paired(pool, *in_flight.popleft())


def import_paths(
    session: IngestSession,
    paths: list[Path],
    progress: Progress | None = None,
    workers: int | None = None,
    triage: bool = True,
) -> IngestReport:
    """Import every mail under the paths; the main process stores while workers parse.

    triage=False: an archive of old mail needs no queue order; `madoguchi retriage`
    computes it later if wanted.
    """
    report = IngestReport()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    done = consumed = 0
    chunks = _chunks(_mails(paths, report), CHUNK_SIZE)
    batch: list[tuple[FileMail, PreparedMail]] = []
    with _page_cache(), _merges_deferred():
        for prepared in _prepared_chunks(chunks, settings.ATTACHMENT_DIR, workers, triage):
            batch.extend(prepared)
            if len(batch) < BATCH_SIZE:
                continue
            done, consumed = _store(session, batch, report, progress, done, consumed)
            batch = []
        if batch:
            _store(session, batch, report, progress, done, consumed)
    return report


IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _page_cache() -> Iterator[None]:
    """A larger SQLite page cache while importing (64 MB, not the default 2 MB).

    Every mail adds entries at random places in the indexes (content hash, Message-ID,
    search terms); once those outgrow the cache, each insert reads its pages back from the
    operating system, and the import slowed down as the database grew."""
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA cache_size")
        (before,) = cursor.fetchone()
        cursor.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA cache_size = {int(before)}")


# FTS5's default (https://sqlite.org/fts5.html#the_automerge_configuration_option).
FTS5_AUTOMERGE = 4
# Pages of merge work after an import (FTS5 'merge' command; negative: merge segments of
# any level together), to leave the index as few segments as automerge would have.
FINAL_MERGE_PAGES = -100_000


@contextmanager
def _merges_deferred() -> Iterator[None]:
    """SQLite: FTS5's automerge off in both search indexes while importing, and one merge
    pass at the end (issue 15 item 4, docs/s19-import-pace.md).

    With automerge on, every flush of new terms merges segments, and the merges grow with
    the index: at 100,000 mails the message index's INSERT went 0.087 -> 0.111 ms a mail
    from the first quarter to the last (0.068 flat without automerge) and the storing
    process 1.07 -> 1.38 ms (0.98 -> 1.12 without; the end merge 3.6 s of CPU, 0.04 ms a
    mail). Search stays right meanwhile: more segments only make a query read more of
    them, and FTS5's crisis merge (16 segments at one level) still bounds them. The
    setting is stored in each table (it is seen by every connection, e.g. mail arriving
    during the import): restored in `finally`, and an import killed before that leaves
    it off until the next import ends."""
    if connection.vendor != "sqlite":
        yield
        return
    from madoguchi.search.backends import CONVERSATION_TABLE, TABLE

    def each(value: str) -> None:
        with connection.cursor() as cursor:
            for table in (TABLE, CONVERSATION_TABLE):
                cursor.execute(f"INSERT INTO {table}({table}, rank) VALUES({value})")

    each("'automerge', 0")
    try:
        yield
    finally:
        each(f"'automerge', {FTS5_AUTOMERGE}")
        each(f"'merge', {FINAL_MERGE_PAGES}")


def _store(
    session: IngestSession,
    batch: list[tuple[FileMail, PreparedMail]],
    report: IngestReport,
    progress: Progress | None,
    done: int,
    consumed: int,
) -> tuple[int, int]:
    items = [(IncomingMail(raw=mail.raw, source=mail.source), ready) for mail, ready in batch]
    report.add(ingest_batch(session, items))
    done += len(batch)
    consumed += sum(mail.consumed for mail, _ in batch)
    if progress is not None:
        progress(done, consumed, report)
    return done, consumed
