"""Fault scenario (d): other mailboxes' IMAP servers accept and never answer; a healthy
mailbox's reply, queued behind one reply of each of them, must still leave at once.

usage: .venv/bin/python bench/faults/silent_imap.py [--silent 1] [--rounds 3]
       (prefix with scripts/with-postgresql to run it on PostgreSQL)

Real aiosmtpd and Dovecot on loopback; each silent mailbox's IMAP is a loopback socket that
accepts and never sends a byte. Each round queues one reply per silent mailbox, then one of
the healthy mailbox, and times one worker round (OutboxSender.run_once) from its start until
the healthy reply's bytes are at aiosmtpd. Before session 15 the send thread filed each Sent
copy itself and waited the IMAP timeout (30 s) per silent mailbox's reply; the lanes
(worker/imap_lanes.py) put that IMAP work beside it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import Environment, report  # noqa: E402
from send_kill import queue_replies  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--silent", type=int, default=1, help="mailboxes whose IMAP is silent")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    environment = Environment("silent-imap")
    silent_servers = []
    try:
        from madoguchi.worker.sending import OutboxSender
        from tests.support.servers import SilentServer

        silent_mailboxes = []
        for number in range(args.silent):
            server = SilentServer()
            silent_servers.append(server)
            address = f"silent{number}@example.test"
            silent_mailboxes.append(environment.add_mailbox(address, server.port))
        sender = OutboxSender("bench")
        healthy_seconds: list[float] = []
        round_seconds: list[float] = []
        delivered_all = True
        for round_number in range(args.rounds):
            first = round_number * (args.silent + 1)
            ids = [
                queue_replies(environment, 1, first + index, mailbox)[0]
                for index, mailbox in enumerate(silent_mailboxes)
            ]
            healthy = queue_replies(environment, 1, first + args.silent)[0]
            started = time.monotonic()
            sender.run_once()
            round_seconds.append(time.monotonic() - started)
            arrived = {mail.message_id: mail.received_at for mail in environment.sink.messages}
            delivered_all &= all(message_id in arrived for message_id in [*ids, healthy])
            if healthy in arrived:
                healthy_seconds.append(arrived[healthy] - started)
        held = sum(server.held for server in silent_servers)
        close_started = time.monotonic()
        sender.close()
        result = {
            "scenario": "healthy mailbox's reply queued behind silent-IMAP mailboxes' replies",
            "engine": environment.engine,
            "silent_mailboxes": args.silent,
            "rounds": args.rounds,
            "healthy_reply_at_smtp_seconds": [round(value, 3) for value in healthy_seconds],
            "healthy_reply_at_smtp_seconds_median": round(statistics.median(healthy_seconds), 3)
            if healthy_seconds
            else None,
            "worker_round_seconds": [round(value, 3) for value in round_seconds],
            "silent_imap_connections_still_held_at_end": held,
            "close_seconds": round(time.monotonic() - close_started, 1),
            "every_reply_at_smtp_once": delivered_all
            and len(environment.sink.messages) == args.rounds * (args.silent + 1),
        }
        return report(result, delivered_all and len(healthy_seconds) == args.rounds)
    finally:
        for server in silent_servers:
            server.close()
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
