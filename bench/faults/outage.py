"""Fault scenario (c): the IMAP and SMTP servers stop for a while in the middle of a run.

usage: .venv/bin/python bench/faults/outage.py [--messages 500] [--replies 100]
                                               [--outage-seconds 60]
       (prefix with scripts/with-postgresql to run it on PostgreSQL)

Half the mail and half the replies go through, both servers stop, the other half is queued
(replies in the app; mail waiting in the server's Maildir), the servers come back. The worker
must stay up, retry, and catch up: every message stored once, every reply delivered once.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import ADDRESS, Environment, report, wait_until  # noqa: E402
from send_kill import delivery_counts, queue_replies  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--replies", type=int, default=100)
    parser.add_argument("--outage-seconds", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    environment = Environment("outage")
    try:
        from madoguchi.models import FetchCheckpoint, Message, OutboxItem, RawMessage
        from tests.support.servers import sample_mail

        mailbox = environment.mailbox
        half = args.messages // 2
        # Customer mails for the replies come first (numbers 0…replies-1), stored directly.
        ids = queue_replies(environment, args.replies // 2, first=0)
        base = 100_000
        for number in range(half):
            environment.dovecot.deliver(ADDRESS, sample_mail(base + number))
        arguments = (
            "--retry-base-seconds", "2", "--retry-cap-seconds", "10",
            "--reconnect-cap-seconds", "8", "--idle-seconds", "2", "--poll-seconds", "2",
        )  # fmt: skip
        worker = environment.start_worker(*arguments)
        started = time.monotonic()
        raws = RawMessage.objects.filter(  # customer mail fetched over IMAP (not our own copies)
            mailbox=mailbox, source__startswith="imap:INBOX", message_id__startswith="<test."
        )
        wait_until(lambda: raws.count() >= half, args.timeout)
        wait_until(lambda: OutboxItem.objects.filter(state="sent").count() >= len(ids), 120)

        environment.dovecot.stop()
        environment.sink.stop()
        outage_started = time.monotonic()
        ids += queue_replies(environment, args.replies - len(ids), first=args.replies // 2)
        for number in range(half, args.messages):
            environment.dovecot.deliver(ADDRESS, sample_mail(base + number))
        time.sleep(max(0.0, args.outage_seconds - (time.monotonic() - outage_started)))
        during = {
            "worker_alive_during_outage": worker.poll() is None,
            "fetch_error_recorded": FetchCheckpoint.objects.filter(mailbox=mailbox)
            .exclude(last_error="")
            .values_list("last_error", flat=True)
            .first(),
            "replies_waiting_with_error": OutboxItem.objects.filter(state="pending")
            .exclude(last_error="")
            .count(),
        }
        environment.dovecot.start()
        environment.sink.start()
        recovered_at = time.monotonic()

        def caught_up() -> bool:
            sent = OutboxItem.objects.filter(state="sent").count()
            return raws.count() >= args.messages and sent == len(ids)

        done = wait_until(caught_up, args.timeout)
        catch_up = time.monotonic() - recovered_at
        alive = worker.poll() is None
        wait_until(
            lambda: not RawMessage.objects.filter(mailbox=mailbox, state="pending").exists(), 120
        )
        environment.stop_workers()
        customer_mails = Message.objects.filter(
            conversation__mailbox=mailbox, raw__source__startswith="imap:INBOX", direction="in"
        )
        result = {
            "scenario": "IMAP and SMTP down mid-run",
            "engine": environment.engine,
            "outage_seconds": args.outage_seconds,
            **during,
            "mail_delivered_to_server": args.messages,
            "mail_stored": raws.count(),
            "customer_messages": customer_mails.count(),
            "replies": len(ids),
            **delivery_counts(environment, ids),
            "outbox_states": {
                state: OutboxItem.objects.filter(state=state).count()
                for state in ("pending", "sending", "sent", "failed")
            },
            "worker_alive_at_end": alive,
            "seconds_to_catch_up_after_servers_returned": round(catch_up, 1),
            "seconds_total": round(time.monotonic() - started, 1),
        }
        return report(
            result,
            done
            and alive
            and during["worker_alive_during_outage"]
            and result["mail_stored"] == args.messages
            and result["delivered_exactly_once"] == len(ids)
            and result["delivered_twice_or_more"] == 0,
        )
    finally:
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
