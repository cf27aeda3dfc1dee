"""Reports benchmark: every report for a 90-day period, on 333,000 conversations.

usage: .venv/bin/python bench/reports.py [--conversations N] [--runs R] [--keep DIR]
                                         [--reuse DIR]
PostgreSQL: MADOGUCHI_PG_DIR=/kept/cluster scripts/with-postgresql .venv/bin/python
            bench/reports.py …

Generates N conversations with about 3 messages each (bench/web.py's generator: 333,000
conversations are 1,001,331 messages) over two years; as each one is made, its history
goes through the same SLA calendar, clock and rollup code the actions use (actions/sla.py,
actions/rollup.py): first response and resolution in business hours, replies, closes,
labels; a few app-level checks then compare the rollups with the rows. Then requests
every report page (each breakdown, with and without a filter) and the aggregated CSV R
times through Django's test client and prints p50/p95 of wall-clock and CPU time (on
PostgreSQL the connection's backend CPU included); the per-conversation CSV is streamed
to the end once, with its peak Python memory.

Kept databases (session 6, 333,000 conversations, generated in 699 s wall / 185 s CPU
on SQLite under a load of 10-13 on 2 cores):
  .venv/bin/python bench/reports.py --runs 20 --reuse /work/bigdb-333k-sqlite
  MADOGUCHI_PG_PORT=15493 MADOGUCHI_PG_DIR=/work/bigdb-333k-pg scripts/with-postgresql \
      .venv/bin/python bench/reports.py --runs 20 --reuse /work/bigdb-333k-pg/media
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web import _write, finish_generated, generate, setup_django  # noqa: E402

FIRST_RESPONSE_MINUTES = 240
RESOLUTION_MINUTES = 1440


class Replay:
    """Business-hour metrics and rollups of each generated conversation, as the actions
    would have counted them when each thing happened: called by the generator with each
    conversation as it is made (no second pass over a million messages)."""

    def __init__(self) -> None:
        from madoguchi.actions.rollup import Tally
        from madoguchi.actions.sla import current_setup, forget_setup
        from madoguchi.models import SlaPolicy

        SlaPolicy.objects.create(
            name="標準",
            first_response_minutes=FIRST_RESPONSE_MINUTES,
            resolution_minutes=RESOLUTION_MINUTES,
        )
        forget_setup()
        self.setup = current_setup()
        self.tally = Tally()
        self.seconds = 0.0

    def __call__(
        self,
        pk: int,
        mailbox_id: int,
        owner_id: int | None,
        priority: int,
        status: str,
        own: list[int],
        history: list[tuple[str, datetime]],
    ) -> tuple[Any, ...]:
        from madoguchi.sla.clock import Clock

        began = time.perf_counter()
        tally = self.tally
        calendar = self.setup.calendar_for(mailbox_id)
        # What Tally reads of a conversation (a model instance per row cost a minute).
        conversation: Any = SimpleNamespace(
            mailbox_id=mailbox_id, owner_id=owner_id, priority=priority
        )
        created = history[0][1]
        tally.count(conversation, created, own, received=1)
        resolution = Clock().start(created)
        first_at = first_seconds = None
        for direction, at in history[1:]:
            if direction == "out":
                tally.count(conversation, at, own, replies=1)
                if first_at is None:
                    first_at = at
                    first_seconds = resolution.elapsed(calendar, at)
                    tally.timing(
                        conversation, at, "first_response", first_seconds,
                        FIRST_RESPONSE_MINUTES * 60, own,
                    )  # fmt: skip
                resolution = resolution.pause(calendar, at)  # 返信待ち
            else:
                resolution = resolution.resume(at)
        resolved_at = resolution_seconds = None
        if status in ("resolved", "no_action"):
            closed_at = history[-1][1] + timedelta(minutes=30)
            counters = {"closed": 1, "resolved": int(status == "resolved")}
            tally.count(conversation, closed_at, own, **counters)
            if status == "resolved":
                resolved_at = closed_at
                resolution_seconds = resolution.pause(calendar, closed_at).spent
                tally.timing(
                    conversation, closed_at, "resolution", resolution_seconds,
                    RESOLUTION_MINUTES * 60, own,
                )  # fmt: skip
        self.seconds += time.perf_counter() - began
        return (
            first_at,
            first_seconds,
            None if first_seconds is None else first_seconds <= FIRST_RESPONSE_MINUTES * 60,
            resolved_at,
            resolution_seconds,
            None if resolution_seconds is None else resolution_seconds <= RESOLUTION_MINUTES * 60,
        )

    def finish(self) -> dict[str, Any]:
        """Writes the rollups, in key order (the unique index then grows at its end)."""
        from django.db import connection, transaction

        from madoguchi.actions.rollup import DAY_COUNTERS, _key
        from madoguchi.models import ReportDay, ReportTiming

        began = time.perf_counter()
        tally = self.tally
        assert not ReportDay.objects.exists() and not ReportTiming.objects.exists()
        # The tables are empty: the rows Tally.flush would upsert one statement at a time
        # (a million on PostgreSQL took minutes) go in with COPY / multi-row INSERTs.
        day_rows = [
            (*_key(key), *(counters.get(name, 0) for name in DAY_COUNTERS))
            for key, counters in sorted(tally.days.items())
        ]
        timing_rows = [
            (*_key(key), kind, bucket, n)
            for (key, kind, bucket), n in sorted(tally.timings.items())
        ]
        keys = "day, mailbox_id, agent_id, priority, label_id"
        with transaction.atomic(), connection.cursor() as cursor:
            _write(cursor, ReportDay._meta.db_table, f"{keys}, {', '.join(DAY_COUNTERS)}", day_rows)
            _write(cursor, ReportTiming._meta.db_table, f"{keys}, kind, bucket, count", timing_rows)
        tally.days.clear()
        tally.timings.clear()
        return {
            "seconds": self.seconds + time.perf_counter() - began,
            "report_days": ReportDay.objects.count(),
            "report_timings": ReportTiming.objects.count(),
        }


def check(conversations: int) -> None:
    """A few facts the app's own code must agree with, so the bench measures data the
    actions would have written (not just rows of the right shape)."""
    from django.db.models import Count, Q, Sum

    from madoguchi.models import Conversation, Message, ReportDay

    assert Conversation.objects.count() == conversations
    received = ReportDay.objects.filter(label_id=0).aggregate(
        received=Sum("received"), resolved=Sum("resolved"), replies=Sum("replies")
    )
    assert received["received"] == conversations, received
    resolved = Conversation.objects.filter(status="resolved")
    assert received["resolved"] == resolved.count(), received
    assert not resolved.filter(resolved_at__isnull=True).exists()
    assert received["replies"] == Message.objects.filter(direction="out").count(), received
    answered = Conversation.objects.filter(message_count__gte=2)
    assert not answered.filter(first_response_at__isnull=True).exists()
    # Each conversation's messages are its own (the ORM's join, through the indexes).
    counted = Conversation.objects.annotate(n=Count("messages")).filter(pk__lte=50)
    assert all(row.n == row.message_count for row in counted)
    assert Conversation.objects.filter(Q(labels__isnull=False)).exists()


def server_cpu() -> float:
    """CPU seconds of this connection's PostgreSQL backend so far (0 on SQLite, whose work
    is this process's own): read from /proc, the server runs on this machine."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    global _backend
    if _backend is None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            _backend = int(cursor.fetchone()[0])
    fields = Path(f"/proc/{_backend}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


_backend: int | None = None


def measure(client: Any, url: str, runs: int) -> dict[str, float]:
    client.get(url)  # warm-up
    times = []
    # This process's CPU time plus, on PostgreSQL, its backend's: what an idle machine
    # would see (the machine is shared; wall-clock time is mostly waiting for a core).
    cpu = []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time() + server_cpu()
        response = client.get(url)
        if response.streaming:
            for _chunk in response.streaming_content:
                pass
        assert response.status_code == 200, (url, response.status_code)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() + server_cpu() - started_cpu) * 1000)
    times.sort()
    cpu.sort()
    at95 = max(0, round(0.95 * len(times)) - 1)
    return {
        "p50": statistics.median(times),
        "p95": times[at95],
        "cpu50": statistics.median(cpu),
        "cpu95": cpu[at95],
    }


def measure_stream(client: Any, url: str) -> dict[str, float]:
    tracemalloc.start()
    started, started_cpu = time.perf_counter(), time.process_time() + server_cpu()
    response = client.get(url)
    rows = 0
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    cpu = time.process_time() + server_cpu() - started_cpu
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # CPU under tracemalloc, which slows Python's allocations: an upper bound.
    return {"rows": rows - 1, "seconds": seconds, "cpu": cpu, "peak_mb": peak / 1e6}


def run(arguments: argparse.Namespace) -> None:
    folder = arguments.reuse or arguments.keep or Path(tempfile.mkdtemp(prefix="bench-reports-"))
    folder.mkdir(parents=True, exist_ok=True)
    setup_django(folder)
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client
    from django.utils import timezone

    from madoguchi.models import Label

    if arguments.reuse:
        # A database kept before a new migration gets it (an index, an empty table) first.
        call_command("migrate", verbosity=0, interactive=False)
    else:
        call_command("migrate", verbosity=0, interactive=False)
        replay = Replay()
        made = generate(arguments.conversations, on_conversation=replay)
        replayed = replay.finish()
        finish_generated()
        check(arguments.conversations)
        print(
            f"generated {made['conversations']:,} conversations, {made['messages']:,} messages "
            f"in {made['seconds']:.0f} s, of which the SLA metrics and rollups "
            f"{replayed['seconds']:.0f} s: {replayed['report_days']:,} day rows, "
            f"{replayed['report_timings']:,} timing rows",
            flush=True,
        )
    admin = User.objects.filter(is_superuser=True).first() or User.objects.create_superuser(
        "bench-admin", "admin@bench.test", "x"
    )
    client = Client()
    client.force_login(admin)
    label = Label.objects.order_by("id").first()
    mailbox = 1
    urls = []
    for group in ("mailbox", "team", "agent", "label", "priority"):
        urls.append(f"/reports/?days=90&group={group}")
    urls += [
        f"/reports/?days=90&group=agent&mailbox={mailbox}",
        f"/reports/?days=90&group=mailbox&label={label.pk if label else ''}",
        "/reports/?days=90&group=agent&priority=0",
        "/reports/?days=90&group=mailbox&agent=2",
        "/reports/?days=7&group=agent",
        "/reports/?days=30&group=agent",
    ]
    urls += [f"/reports/summary.csv?days=90&group={g}" for g in ("mailbox", "agent", "label")]
    worst = worst_cpu = 0.0
    for url in urls:
        result = measure(client, url, arguments.runs)
        worst = max(worst, result["p95"])
        worst_cpu = max(worst_cpu, result["cpu95"])
        print(
            f"{url:<58} p50 {result['p50']:6.0f} ms  p95 {result['p95']:6.0f} ms"
            f"  (CPU p50 {result['cpu50']:4.0f}, p95 {result['cpu95']:4.0f} ms)"
        )
    print(f"worst p95: {worst:.0f} ms wall, {worst_cpu:.0f} ms CPU; {arguments.runs} runs each")
    with open("/proc/loadavg") as handle:
        print(f"load average while measuring: {handle.read().split()[0]}")
    stream = measure_stream(client, "/reports/conversations.csv?days=90")
    print(
        f"/reports/conversations.csv?days=90: {stream['rows']:,} rows in "
        f"{stream['seconds']:.1f} s (CPU {stream['cpu']:.1f} s), "
        f"peak Python memory {stream['peak_mb']:.1f} MB"
    )
    # The site's today (Asia/Tokyo), not UTC's: a year then stays within the 366 days
    # the export accepts (from UTC's date it was 367 days at night in Japan: 400).
    a_year_ago = (timezone.localdate() - timedelta(days=365)).isoformat()
    stream = measure_stream(client, f"/reports/conversations.csv?start={a_year_ago}")
    print(
        f"/reports/conversations.csv (a year): {stream['rows']:,} rows in "
        f"{stream['seconds']:.1f} s (CPU {stream['cpu']:.1f} s), "
        f"peak Python memory {stream['peak_mb']:.1f} MB"
    )
    if not (arguments.keep or arguments.reuse):
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=333_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="keep the database in this folder")
    parser.add_argument("--reuse", type=Path, help="measure a database kept before")
    run(parser.parse_args())


if __name__ == "__main__":
    main()
