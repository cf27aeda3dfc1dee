"""Fault scenario (a): fetch N messages while the worker is SIGKILLed at K random moments.

usage: .venv/bin/python bench/faults/fetch_kill.py [--messages 2000] [--kills 10] [--seed S]
       (prefix with scripts/with-postgresql to run it on PostgreSQL)

Prints JSON: every message must be stored exactly once (raw rows == messages delivered, one
Message per raw, no Message-ID twice) — "ok": true.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import ADDRESS, Environment, kill_arguments, kill_during, report, wait_until  # noqa: E402


def main() -> int:
    args, rng, seed = kill_arguments(__doc__, "messages", 2000)
    environment = Environment("fetch-kill")
    try:
        from django.db.models import Count

        from madoguchi.models import Message, RawMessage
        from tests.support.servers import sample_mail

        for number in range(args.messages):
            environment.dovecot.deliver(ADDRESS, sample_mail(number))
        mailbox = environment.mailbox

        def progress() -> int:
            stored = RawMessage.objects.filter(mailbox=mailbox).count()
            processed = Message.objects.filter(conversation__mailbox=mailbox).count()
            return stored + processed

        started = time.monotonic()
        arguments = ("--idle-seconds", "1", "--poll-seconds", "1", "--reconcile-seconds", "5")
        workers, kill_points = kill_during(
            lambda: environment.start_worker(*arguments),
            progress,
            2 * args.messages,
            args.kills,
            rng,
            args.timeout,
            args.workers,
        )
        done = wait_until(lambda: progress() >= 2 * args.messages, args.timeout)
        time.sleep(6)  # one reconciliation after the last message, and a look for extras
        alive = all(worker.poll() is None for worker in workers)
        environment.stop_workers()
        elapsed = time.monotonic() - started
        raws = RawMessage.objects.filter(mailbox=mailbox)
        messages = Message.objects.filter(conversation__mailbox=mailbox)
        repeated_ids = messages.values("message_id").annotate(n=Count("id")).filter(n__gt=1).count()
        result = {
            "scenario": "fetch while SIGKILLed",
            "engine": environment.engine,
            "seed": seed,
            "delivered": args.messages,
            "workers": args.workers,
            "kills": len(kill_points),
            "kill_points_progress": kill_points,
            "raw_stored": raws.count(),
            "distinct_message_ids_stored": raws.values("message_id").distinct().count(),
            "messages": messages.count(),
            "message_ids_stored_twice": repeated_ids,
            "raw_pending": raws.filter(state="pending").count(),
            "raw_failed": raws.filter(state="failed").count(),
            "worker_alive_at_end": alive,
            "seconds": round(elapsed, 1),
        }
        return report(
            result,
            done
            and result["raw_stored"] == args.messages
            and result["distinct_message_ids_stored"] == args.messages
            and result["messages"] == args.messages
            and repeated_ids == 0,
        )
    finally:
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
