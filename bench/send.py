"""Send benchmark: replies/s from the outbox to a local SMTP sink, each with its copy appended
to the IMAP Sent folder and its result recorded (the whole per-reply path of the worker).

usage: .venv/bin/python bench/send.py [--replies 1000] [--statements]
       (prefix with scripts/with-postgresql to measure PostgreSQL)

--statements also counts the SQL statements the sending issued (each a round trip on
PostgreSQL, which is what made it slower than SQLite); counting costs a little time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "faults"))
from environment import Environment  # noqa: E402
from send_kill import delivery_counts, queue_replies  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=1000)
    parser.add_argument("--statements", action="store_true")
    args = parser.parse_args()
    environment = Environment("bench-send")
    try:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from madoguchi.models import OutboxItem
        from madoguchi.transport.outbox import OutboxConfig
        from madoguchi.worker.sending import OutboxSender

        started = time.monotonic()
        ids = queue_replies(environment, args.replies)
        queueing = time.monotonic() - started
        sender = OutboxSender("bench", OutboxConfig(batch=50))
        counting = CaptureQueriesContext(connection) if args.statements else nullcontext()
        started = time.monotonic()
        with counting:
            while sender.run_once().claimed:
                pass
        sending = time.monotonic() - started
        sender.close()
        sent = OutboxItem.objects.filter(state="sent").count()
        figures = {
            "benchmark": "send to local SMTP sink (+ Sent copy over IMAP)",
            "engine": environment.engine,
            "replies": args.replies,
            "queue_seconds_customer_mails_and_send_reply": round(queueing, 2),
            "send_seconds": round(sending, 2),
            "send_replies_per_second": round(sent / sending, 1),
            **delivery_counts(environment, ids),
        }
        if isinstance(counting, CaptureQueriesContext):
            statements = len(counting.captured_queries)
            figures["sql_statements_per_reply"] = round(statements / max(sent, 1), 1)
        print(json.dumps(figures))
        return 0 if sent == args.replies else 1
    finally:
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
