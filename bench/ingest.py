"""Ingest benchmark: parse alone, and import into SQLite (parse + thread + store).

usage: .venv/bin/python bench/ingest.py [--messages N] [--workers W] [--skip-parse]
                                        [--no-triage] [--keep DIR] [--profile DIR]
                                        [--mix steady|drift] [--probe N] [--cache-mb MB]
                                        [--queries]

Generates N realistic messages (bench/generate_mail.py: Japanese/English, 1–30 KB, 10% with
attachments) into an mbox file, then reports messages/s and peak memory for
  1. parsing alone, in this process (one core);
  2. `madoguchi import` of the mbox into a fresh SQLite database (all cores): parse,
     triage and search tokens in the worker processes; thread, store and index in this
     one. The CPU time per message of each side is printed too: the sum over two cores
     bounds the rate.

--mix steady (the default): the same share of new customers, known customers and replies in
every quarter (a real mailbox's mix does not drift with its size), so a rate that falls from
the first quarter to the last is the database's doing. --mix drift: the mix up to session 9,
whose replies and known customers grow along the stream (to compare with older figures).
--probe N (steady mix; default 500, one batch; 0: none): after each quarter, N mails of each
kind alone — a new customer, a known customer's new conversation, a reply — to print what
each kind costs the storing process as the database grows. The probes are stored (the
database holds N × 3 × 4 more mails) but are left out of the quarters' rates.
--queries: the storing process's SQL statements counted by shape (numbers and lists of
parameters folded) in each quarter's own mail: statements a mail by quarter, and the shapes
whose time a mail grew most from the first quarter to the last (CPU time of the storing
thread while the statement ran, since session 20; wall time before), and every tagged
search statement (`/* conv:… */`) by quarter.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import multiprocessing
import os
import re
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_mail import KINDS, SteadyMail, drifting_mail  # noqa: E402


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


@dataclass(frozen=True)
class Segment:
    """A run of the mbox: a quarter of the N mails, or a probe of one kind after a quarter."""

    quarter: int  # 1–4
    kind: str | None  # None: the quarter's own mixed mail; else a probe of this kind
    count: int


def mail_stream(count: int, mix: str, probe: int) -> Iterator[tuple[Segment, bytes]]:
    sizes = [count // 4] * 3 + [count - 3 * (count // 4)]
    if mix == "drift":
        drifting = drifting_mail(count, seed=7)
        for quarter, size in enumerate(sizes, start=1):
            mixed = Segment(quarter, None, size)
            for _ in range(size):
                yield mixed, next(drifting)[1]
        return
    stream = SteadyMail(seed=7)
    for quarter, size in enumerate(sizes, start=1):
        mixed = Segment(quarter, None, size)
        for _ in range(size):
            yield mixed, stream.next()[1]
        for kind in KINDS if probe else ():
            probing = Segment(quarter, kind, probe)
            for _ in range(probe):
                yield probing, stream.next(kind)[1]


def write_mbox(path: Path, count: int, mix: str, probe: int) -> tuple[int, list[Segment]]:
    size = 0
    segments: list[Segment] = []
    with path.open("wb") as handle:
        for segment, raw in mail_stream(count, mix, probe):
            if not segments or segments[-1] is not segment:
                segments.append(segment)
            raw = raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
            handle.write(b"From bench@example.com Mon Nov 23 09:00:00 2026\n")
            handle.write(raw if raw.endswith(b"\n") else raw + b"\n")
            handle.write(b"\n")
            size += len(raw)
    return size, segments


def bench_parse(path: Path) -> tuple[int, float]:
    """Parse time alone (reading the mbox is not counted), in a child process so that the
    import's peak memory below is its own."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(_parse_all, (path,))


def _parse_all(path: Path) -> tuple[int, float]:
    from madoguchi.mail.parse import parse_message
    from madoguchi.transport.files import read_mbox

    count = 0
    elapsed = 0.0
    for mail in read_mbox(path):
        started = time.perf_counter()
        parse_message(mail.raw)
        elapsed += time.perf_counter() - started
        count += 1
    return count, elapsed


def io_bytes() -> tuple[int, int]:
    """Bytes this process has read and written through system calls (/proc/self/io:
    rchar, wchar; 0 where there is none): SQLite's page reads from the operating system
    and its WAL and checkpoint writes, plus the parse results from the pipes. Unlike the
    CPU time, they do not depend on the other users of a shared machine."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    except OSError:
        return 0, 0
    return int(fields["rchar"]), int(fields["wchar"])


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def system_seconds() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_stime


@dataclass
class Tally:
    """What the storing process spent on one segment's mails."""

    mails: int = 0
    wall: float = 0.0
    cpu: float = 0.0
    system: float = 0.0  # of which in the kernel (system calls: page reads, WAL writes)
    read: int = 0
    written: int = 0
    # --queries: statement shape -> [count, seconds]
    queries: dict[str, list[float]] | None = None


@functools.lru_cache(maxsize=4096)
def statement_shape(sql: str) -> str:
    """A statement with its numbers and runs of parameters folded: one key per query."""
    sql = re.sub(r"\b\d+\b", "N", sql)
    sql = re.sub(r"(%s|N|\?)(\s*,\s*(%s|N|\?))+", r"\1…", sql)
    sql = re.sub(r"(\(\s*(%s|N|\?)…?\s*\))(\s*,\s*\(\s*(%s|N|\?)…?\s*\))+", r"\1…", sql)
    return " ".join(sql.split())[:160]


def query_report(first: Tally, last: Tally, top: int = 10) -> str:
    """The statements whose time a mail grew most from the first quarter to the last."""
    a, b = first.queries or {}, last.queries or {}
    rows = []
    for shape in set(a) | set(b):
        ca, sa = a.get(shape, [0, 0.0])
        cb, sb = b.get(shape, [0, 0.0])
        rows.append(
            (
                sb / max(last.mails, 1) - sa / max(first.mails, 1),
                f"  {ca / max(first.mails, 1):.3f} -> {cb / max(last.mails, 1):.3f} a mail, "
                f"{sa / max(first.mails, 1) * 1e3:.3f} -> {sb / max(last.mails, 1) * 1e3:.3f} ms "
                f"a mail: {shape}",
            )
        )
    rows.sort(reverse=True)
    return "\n".join(line for _, line in rows[:top])


def query_table(quarters: list[Tally], top: int = 12) -> str:
    """The statements taking most time in the last quarter (and every tagged search
    statement, `/* conv:… */`), with ms a mail in each quarter: where the time goes, not
    only what grew."""
    last = quarters[-1].queries or {}
    ranked = sorted(last, key=lambda shape: last[shape][1], reverse=True)
    shapes = ranked[:top] + sorted(s for s in ranked[top:] if s.startswith("/* conv:"))
    lines = []
    for shape in shapes:
        figures = ", ".join(
            f"{(t.queries or {}).get(shape, [0, 0.0])[1] / max(t.mails, 1) * 1e3:.3f}"
            for t in quarters
        )
        count = last[shape][0] / max(quarters[-1].mails, 1)
        lines.append(f"  {figures} ms a mail ({count:.3f} a mail): {shape}")
    return "\n".join(lines)


def bench_import(
    path: Path,
    workers: int,
    triage: bool,
    segments: list[Segment],
    profile: Path | None = None,
    cache_mb: int | None = None,
    queries: bool = False,
    pragmas: list[str] | None = None,
    before: list[str] | None = None,
    after: list[str] | None = None,
) -> tuple[int, float, str]:
    import django

    django.setup()
    if cache_mb is not None:
        from madoguchi.actions import importing

        importing.IMPORT_CACHE_KIB = cache_mb * 1024
    from django.core.management import call_command

    from madoguchi.actions.importing import import_paths
    from madoguchi.actions.ingest import IngestSession
    from madoguchi.models import Mailbox

    call_command("migrate", verbosity=0)
    mailbox = Mailbox.objects.create(name="Bench", address="support@example.com")
    # The parse pool loads the codecs and lexicons once in this process before forking its
    # children (about 1 s of CPU): done here, before the clock starts, or the first
    # quarter's CPU per mail carries a one-off cost and hides what grows after it.
    from django.conf import settings

    from madoguchi.actions.budget import _warm_up

    _warm_up(settings.ATTACHMENT_DIR, triage)
    # Where each segment ends in the stream: a batch is counted to the segment of its
    # last mail (the segments are whole batches when N / 4 and the probe are multiples
    # of the batch size).
    ends: list[int] = []
    for segment in segments:
        ends.append((ends[-1] if ends else 0) + segment.count)
    tallies = {id(segment): Tally() for segment in segments}
    started = time.perf_counter()
    own, children = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
    # With the storing process's CPU time per batch: on a shared machine the wall rate
    # follows the other users' load, the CPU time per mail follows the database; the bytes
    # it reads (/proc/self/io) follow neither.
    last = [0, started, own, *io_bytes(), system_seconds()]

    # --profile: the storing process under cProfile in the first and the last quarter
    # (first-quarter.prof, last-quarter.prof: their own mixed mail) and in the probes after
    # them (q1-reply.prof …), to see what grows with the database (the rates are then not
    # comparable).
    profiled = {
        index: f"{'first' if seg.quarter == 1 else 'last'}-quarter.prof"
        if seg.kind is None
        else f"q{seg.quarter}-{seg.kind.replace(' ', '-')}.prof"
        for index, seg in enumerate(segments)
        if seg.quarter in (1, 4)
    }
    profiler: list[cProfile.Profile] = []

    def start_profile(index: int) -> None:
        if profile and index in profiled:
            # CPU time, not wall: on a shared machine waiting would swamp the figures.
            profiler[:] = [cProfile.Profile(time.process_time)]
            profiler[0].enable()

    def stop_profile(index: int) -> None:
        if profile and profiler and index in profiled:
            profiler[0].disable()
            profiler[0].dump_stats(profile / profiled[index])
            profiler.clear()

    if profile:
        profile.mkdir(parents=True, exist_ok=True)
        start_profile(0)

    pending: dict[str, list[float]] = {}

    def count_statement(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        # The thread's CPU time, not wall: on a shared machine waiting for a core would
        # swamp what a statement costs (session 20: every statement's wall time doubled
        # from the first quarter to the last under a load average of 10).
        begun = time.thread_time()
        try:
            return execute(sql, params, many, context)
        finally:
            entry = pending.setdefault(statement_shape(sql), [0, 0.0])
            entry[0] += 1
            entry[1] += time.thread_time() - begun

    def progress(done: int, consumed: int, report: object) -> None:
        now_wall, now_cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)
        read, written = io_bytes()
        index = next((i for i, end in enumerate(ends) if done <= end), len(ends) - 1)
        tally = tallies[id(segments[index])]
        tally.mails += done - last[0]
        tally.wall += now_wall - last[1]
        tally.cpu += now_cpu - last[2]
        tally.read += read - last[3]
        tally.written += written - last[4]
        tally.system += system_seconds() - last[5]
        if queries:
            tally.queries = tally.queries or {}
            for shape, (number, seconds) in pending.items():
                entry = tally.queries.setdefault(shape, [0, 0.0])
                entry[0] += number
                entry[1] += seconds
            pending.clear()
        if done == ends[index]:  # the segment is over: the next one starts
            stop_profile(index)
            start_profile(index + 1)
        last[:] = [
            done,
            time.perf_counter(),
            cpu_seconds(resource.RUSAGE_SELF),
            *io_bytes(),
            system_seconds(),
        ]

    from django.db import connection

    with connection.cursor() as cursor:
        for pragma in pragmas or []:
            cursor.execute(f"PRAGMA {pragma}")
        for statement in before or []:
            cursor.execute(statement)
    if queries:
        # COMMIT does not pass through execute_wrapper: counted here as a shape of its own
        # (FTS5 flushes what is pending and merges segments, SQLite writes the WAL and may
        # checkpoint it).
        plain_commit = connection._commit

        def timed_commit() -> None:
            begun = time.thread_time()
            try:
                plain_commit()
            finally:
                entry = pending.setdefault("COMMIT", [0, 0.0])
                entry[0] += 1
                entry[1] += time.thread_time() - begun

        connection._commit = timed_commit  # type: ignore[method-assign]
    with connection.execute_wrapper(count_statement) if queries else nullcontext():
        report = import_paths(
            IngestSession(mailbox, trust_own_address=True),
            [path],
            workers=workers,
            triage=triage,
            progress=progress,
        )
    elapsed = time.perf_counter() - started
    if after:
        begun, begun_wall = time.thread_time(), time.perf_counter()
        with connection.cursor() as cursor:
            for statement in after:
                cursor.execute(statement)
        print(
            f"--after statements: {time.thread_time() - begun:.1f} s of CPU, "
            f"{time.perf_counter() - begun_wall:.1f} s wall (not in the rates)"
        )
    count = report.stored + report.duplicates
    own_seconds = cpu_seconds(resource.RUSAGE_SELF) - own
    children_seconds = cpu_seconds(resource.RUSAGE_CHILDREN) - children
    own = own_seconds / max(count, 1) * 1000
    children = children_seconds / max(count, 1) * 1000
    quarters = [tallies[id(seg)] for seg in segments if seg.kind is None]
    probes = [seg for seg in segments if seg.kind is not None]

    def per_mail(tally: Tally) -> str:
        return f"{tally.cpu / max(tally.mails, 1) * 1000:.2f}"

    summary = (
        f"stored {report.stored:,}, duplicates {report.duplicates:,}, "
        f"with defects {report.with_defects:,}, failed {len(report.failed):,}, "
        f"conversations {report.conversations_created:,}; CPU per message: "
        f"storing process {own:.2f} ms, parse workers {children:.2f} ms; "
        # Cores kept busy on average: on a quiet machine, a sum below the number of cores
        # means a side waited for the other (the pipeline, not the CPU, bounded the rate).
        f"cores busy: storing process {own_seconds / elapsed:.2f}, "
        f"parse workers {children_seconds / elapsed:.2f}; by quarter: "
        + ", ".join(f"{tally.mails / max(tally.wall, 1e-9):,.0f}" for tally in quarters)
        + " msg/s; storing process CPU by quarter: "
        + ", ".join(per_mail(tally) for tally in quarters)
        + " ms a mail (of which system: "
        + ", ".join(f"{tally.system / max(tally.mails, 1) * 1000:.2f}" for tally in quarters)
        + "); storing process KB read/written a mail by quarter: "
        + ", ".join(
            f"{tally.read / max(tally.mails, 1) / 1024:.0f}/"
            f"{tally.written / max(tally.mails, 1) / 1024:.0f}"
            for tally in quarters
        )
    )
    if probes:
        summary += (
            "; storing process CPU ms a mail by kind (a batch of one kind after each quarter): "
            + "; ".join(
                f"{kind} "
                + ", ".join(per_mail(tallies[id(seg)]) for seg in probes if seg.kind == kind)
                for kind in KINDS
            )
        )
    if queries:
        summary += (
            "; storing process statements a mail by quarter: "
            + ", ".join(
                f"{sum(n for n, _ in (tally.queries or {}).values()) / max(tally.mails, 1):.2f}"
                for tally in quarters
            )
            + "\nstatements whose time a mail grew most, first quarter -> last:\n"
            + query_report(quarters[0], quarters[-1])
            + "\nstatements by time a mail, quarter by quarter (the last quarter's largest):\n"
            + query_table(quarters)
        )
    return count, elapsed, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-parse", action="store_true")
    parser.add_argument(
        "--no-triage", action="store_true", help="as `madoguchi import --no-triage` (archives)"
    )
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    parser.add_argument(
        "--profile",
        type=Path,
        help="write cProfile stats of the storing process's first and last quarter here",
    )
    parser.add_argument(
        "--mix",
        choices=("steady", "drift"),
        default="steady",
        help="steady: the same mix of kinds in every quarter; drift: the mix up to session 9",
    )
    parser.add_argument(
        "--probe",
        type=int,
        default=500,
        help="mails of each kind alone after each quarter (steady mix; 0: none)",
    )
    parser.add_argument(
        "--cache-mb",
        type=int,
        help="the import's SQLite page cache (actions/importing.py; default its 64 MB), "
        "to see what a larger one saves: compare KB read a mail and CPU by quarter",
    )
    parser.add_argument(
        "--queries",
        action="store_true",
        help="count the storing process's SQL statements by shape in each quarter",
    )
    parser.add_argument(
        "--pragma",
        action="append",
        default=[],
        help="an SQLite PRAGMA for the import's connection (repeatable), to try a setting: "
        "mmap_size=4294967296, wal_autocheckpoint=20000 (session 20: neither the lever)",
    )
    parser.add_argument(
        "--before",
        action="append",
        default=[],
        help="SQL run on the import's connection before it (repeatable), e.g. an FTS5 "
        "configuration: INSERT INTO madoguchi_search(madoguchi_search, rank) "
        "VALUES('automerge', 0)",
    )
    parser.add_argument(
        "--after",
        action="append",
        default=[],
        help="SQL run after the import (repeatable), its CPU printed apart",
    )
    args = parser.parse_args()
    probe = args.probe if args.mix == "steady" else 0

    workdir = Path(tempfile.mkdtemp(prefix="madoguchi-bench-"))
    data_dir = args.keep or workdir / "data"
    os.environ["MADOGUCHI_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")
    os.environ.setdefault("MADOGUCHI_LOG_LEVEL", "WARNING")
    try:
        mbox = workdir / "bench.mbox"
        size, segments = write_mbox(mbox, args.messages, args.mix, probe)
        total = sum(segment.count for segment in segments)
        print(
            f"generated {total:,} messages ({args.mix} mix: {args.messages:,}"
            + (f" + probes {probe} × 3 kinds × 4 quarters" if probe else "")
            + f"), {size / 1e6:,.1f} MB (avg {size / total / 1024:,.1f} KB)"
        )
        if not args.skip_parse:
            count, elapsed = bench_parse(mbox)
            print(
                f"parse alone (1 core): {count / elapsed:,.0f} msg/s ({count:,} in {elapsed:.1f} s)"
            )
        count, elapsed, summary = bench_import(
            mbox,
            args.workers,
            not args.no_triage,
            segments,
            args.profile,
            args.cache_mb,
            args.queries,
            args.pragma,
            args.before,
            args.after,
        )
        triage_mode = "off" if args.no_triage else "on"
        print(
            f"import into SQLite ({args.workers} workers, triage {triage_mode}): "
            f"{count / elapsed:,.0f} msg/s "
            f"({count:,} in {elapsed:.1f} s; {summary}); load average at the end "
            + " ".join(f"{value:.1f}" for value in os.getloadavg())
        )
        print(
            f"peak RSS: main {peak_rss_mb(resource.RUSAGE_SELF):,.0f} MB, "
            f"largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):,.0f} MB"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
