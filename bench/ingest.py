"""Ingest benchmark: parse alone, and import into SQLite (parse + thread + store).

usage: .venv/bin/python bench/ingest.py [--messages N] [--workers W] [--skip-parse]
                                        [--no-triage] [--keep DIR] [--profile DIR]

Generates N realistic messages (bench/generate_mail.py: Japanese/English, 1–30 KB, 10% with
attachments) into an mbox file, then reports messages/s and peak memory for
  1. parsing alone, in this process (one core);
  2. `madoguchi import` of the mbox into a fresh SQLite database (all cores): parse,
     triage and search tokens in the worker processes; thread, store and index in this
     one. The CPU time per message of each side is printed too: the sum over two cores
     bounds the rate.
"""

from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_mail import generate_messages  # noqa: E402


def peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def write_mbox(path: Path, count: int) -> int:
    size = 0
    with path.open("wb") as handle:
        for raw in generate_messages(count, seed=7):
            raw = raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
            handle.write(b"From bench@example.com Mon Nov 23 09:00:00 2026\n")
            handle.write(raw if raw.endswith(b"\n") else raw + b"\n")
            handle.write(b"\n")
            size += len(raw)
    return size


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


def bench_import(
    path: Path, workers: int, triage: bool, expected: int, profile: Path | None = None
) -> tuple[int, float, str]:
    import django

    django.setup()
    from django.core.management import call_command

    from madoguchi.actions.importing import import_paths
    from madoguchi.actions.ingest import IngestSession
    from madoguchi.models import Mailbox

    call_command("migrate", verbosity=0)
    mailbox = Mailbox.objects.create(name="Bench", address="support@example.com")
    started = time.perf_counter()
    own, children = cpu_seconds(resource.RUSAGE_SELF), cpu_seconds(resource.RUSAGE_CHILDREN)
    # When each quarter of the mails was stored: does the rate hold as the database grows?
    # With the storing process's CPU time then: on a shared machine the wall rate follows
    # the other users' load, the CPU time per mail follows the database.
    marks: list[tuple[int, float, float]] = [(0, started, own)]
    io_marks: list[tuple[int, int]] = [io_bytes()]

    # --profile: the storing process under cProfile in the first and the last quarter,
    # to see what grows with the database (the rates are then not comparable).
    profilers: list[cProfile.Profile] = []

    def start_profile() -> None:
        # CPU time, not wall: on a shared machine waiting would swamp the figures.
        profilers.append(cProfile.Profile(time.process_time))
        profilers[-1].enable()

    def stop_profile(name: str) -> None:
        if profile and profilers:
            profilers[-1].disable()
            profilers[-1].dump_stats(profile / name)

    if profile:
        profile.mkdir(parents=True, exist_ok=True)
        start_profile()

    def progress(done: int, consumed: int, report: object) -> None:
        if done >= expected * len(marks) / 4:
            marks.append((done, time.perf_counter(), cpu_seconds(resource.RUSAGE_SELF)))
            io_marks.append(io_bytes())
            if profile and len(marks) == 2:  # the first quarter is done
                stop_profile("first-quarter.prof")
            if profile and len(marks) == 4:  # the last quarter starts
                start_profile()

    report = import_paths(
        IngestSession(mailbox, trust_own_address=True),
        [path],
        workers=workers,
        triage=triage,
        progress=progress,
    )
    elapsed = time.perf_counter() - started
    if len(profilers) == 2:
        stop_profile("last-quarter.prof")
    count = report.stored + report.duplicates
    own_seconds = cpu_seconds(resource.RUSAGE_SELF) - own
    children_seconds = cpu_seconds(resource.RUSAGE_CHILDREN) - children
    own = own_seconds / max(count, 1) * 1000
    children = children_seconds / max(count, 1) * 1000
    summary = (
        f"stored {report.stored:,}, duplicates {report.duplicates:,}, "
        f"with defects {report.with_defects:,}, failed {len(report.failed):,}, "
        f"conversations {report.conversations_created:,}; CPU per message: "
        f"storing process {own:.2f} ms, parse workers {children:.2f} ms; "
        # Cores kept busy on average: on a quiet machine, a sum below the number of cores
        # means a side waited for the other (the pipeline, not the CPU, bounded the rate).
        f"cores busy: storing process {own_seconds / elapsed:.2f}, "
        f"parse workers {children_seconds / elapsed:.2f}; by quarter: "
        + ", ".join(
            f"{(done - before) / (at - then):,.0f}"
            for (before, then, _), (done, at, _) in zip(marks, marks[1:], strict=False)
        )
        + " msg/s; storing process CPU by quarter: "
        + ", ".join(
            f"{(cpu - cpu_then) / max(done - before, 1) * 1000:.2f}"
            for (before, _, cpu_then), (done, _, cpu) in zip(marks, marks[1:], strict=False)
        )
        + " ms a mail; storing process KB read/written a mail by quarter: "
        + ", ".join(
            f"{(read - read_then) / max(done - before, 1) / 1024:.0f}/"
            f"{(written - written_then) / max(done - before, 1) / 1024:.0f}"
            for (before, _, _), (done, _, _), (read_then, written_then), (read, written) in zip(
                marks, marks[1:], io_marks, io_marks[1:], strict=False
            )
        )
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
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="madoguchi-bench-"))
    data_dir = args.keep or workdir / "data"
    os.environ["MADOGUCHI_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")
    os.environ.setdefault("MADOGUCHI_LOG_LEVEL", "WARNING")
    try:
        mbox = workdir / "bench.mbox"
        size = write_mbox(mbox, args.messages)
        print(
            f"generated {args.messages:,} messages, {size / 1e6:,.1f} MB "
            f"(avg {size / args.messages / 1024:,.1f} KB)"
        )
        if not args.skip_parse:
            count, elapsed = bench_parse(mbox)
            print(
                f"parse alone (1 core): {count / elapsed:,.0f} msg/s ({count:,} in {elapsed:.1f} s)"
            )
        count, elapsed, summary = bench_import(
            mbox, args.workers, not args.no_triage, args.messages, args.profile
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
