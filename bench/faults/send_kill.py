"""Fault scenario (b): send N replies while the worker is SIGKILLed at K random moments.

usage: .venv/bin/python bench/faults/send_kill.py [--replies 300] [--kills 10] [--seed S]
       (prefix with scripts/with-postgresql to run it on PostgreSQL)

Prints JSON: every reply must reach the SMTP sink exactly once — "ok": true.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from environment import Environment, kill_arguments, kill_during, report, wait_until  # noqa: E402


def queue_replies(
    environment: Environment, count: int, first: int = 0, mailbox: Any = None
) -> list[str]:
    """`count` customer mails, each answered by an agent: returns the replies' Message-IDs.
    `mailbox`: the environment's own unless given."""
    from django.contrib.auth.models import User

    from madoguchi.actions.base import now
    from madoguchi.actions.ingest import IngestSession, process_pending, store_raw
    from madoguchi.actions.replies import send_reply
    from madoguchi.models import Conversation
    from tests.support.servers import sample_mail

    mailbox = mailbox or environment.mailbox
    user = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
        "bench-admin", "admin@example.test", "pw"
    )
    for number in range(first, first + count):
        store_raw(mailbox, sample_mail(number, to=mailbox.address), f"bench:{number}")
    session = IngestSession(mailbox)
    while process_pending(session, limit=500).stored:
        pass
    ids = []
    conversations = Conversation.objects.filter(mailbox=mailbox, outbox__isnull=True).order_by("id")
    for conversation in conversations[:count]:
        body = f"{conversation.subject} の件、承知いたしました。\n返金を手配いたします。"
        item = send_reply(user, conversation, body, seen_at=now(), force=True)
        ids.append(item.message.message_id)
    return ids


def delivery_counts(environment: Environment, ids: list[str]) -> dict[str, int]:
    received = Counter(environment.sink.message_ids())
    return {
        "delivered_exactly_once": sum(1 for i in ids if received[i] == 1),
        "delivered_twice_or_more": sum(1 for i in ids if received[i] > 1),
        "not_delivered": sum(1 for i in ids if received[i] == 0),
        "sink_messages_total": sum(received.values()),
    }


def main() -> int:
    args, rng, seed = kill_arguments(__doc__, "replies", 300)
    environment = Environment("send-kill")
    try:
        from madoguchi.models import Event, OutboxItem

        ids = queue_replies(environment, args.replies)

        def progress() -> int:
            return len(environment.sink.messages) + OutboxItem.objects.filter(state="sent").count()

        started = time.monotonic()
        arguments = ("--lease-seconds", "3", "--retry-base-seconds", "1", "--idle-seconds", "2")
        workers, kill_points = kill_during(
            lambda: environment.start_worker(*arguments),
            progress,
            2 * args.replies,
            args.kills,
            rng,
            args.timeout,
            args.workers,
        )
        done = wait_until(
            lambda: OutboxItem.objects.filter(state="sent").count() == args.replies, args.timeout
        )
        alive = all(worker.poll() is None for worker in workers)
        environment.stop_workers()
        states = Counter(OutboxItem.objects.values_list("state", flat=True))
        result = {
            "scenario": "send while SIGKILLed",
            "engine": environment.engine,
            "seed": seed,
            "replies": args.replies,
            "workers": args.workers,
            "kills": len(kill_points),
            "kill_points_progress": kill_points,
            **delivery_counts(environment, ids),
            "outbox_states": dict(states),
            "claimed_again_after_kill": OutboxItem.objects.filter(attempts__gt=1).count(),
            # sent over SMTP by a worker that died before recording it; found, not resent
            "found_already_sent": Event.objects.filter(
                verb="reply_sent", after__recovered=True
            ).count(),
            "worker_alive_at_end": alive,
            "seconds": round(time.monotonic() - started, 1),
        }
        return report(
            result,
            done
            and result["delivered_exactly_once"] == args.replies
            and result["delivered_twice_or_more"] == 0,
        )
    finally:
        environment.close()


if __name__ == "__main__":
    sys.exit(main())
