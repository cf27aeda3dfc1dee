"""madoguchi worker — fetch mail, send the outbox and run the timers until stopped."""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.management.readiness import refuse_unmigrated
from madoguchi.transport.outbox import OutboxConfig
from madoguchi.worker.loop import WorkerAlreadyRunning, WorkerConfig, run_once, run_worker


class Command(BaseCommand):
    help = "Fetch mail (IMAP), send replies (SMTP) and run timers; stops on SIGTERM or Ctrl-C."

    def add_arguments(self, parser: CommandParser) -> None:
        defaults = WorkerConfig()
        outbox = OutboxConfig()
        parser.add_argument("--once", action="store_true", help="one pass, then exit")
        parser.add_argument("--idle-seconds", type=float, default=defaults.idle_seconds)
        parser.add_argument("--poll-seconds", type=float, default=defaults.poll_seconds)
        parser.add_argument(
            "--outbox-poll-seconds", type=float, default=defaults.outbox_poll_seconds
        )
        parser.add_argument("--reconcile-seconds", type=float, default=defaults.reconcile_seconds)
        parser.add_argument(
            "--reconnect-cap-seconds", type=float, default=defaults.reconnect_cap_seconds
        )
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
        parser.add_argument("--lease-seconds", type=float, default=outbox.lease_seconds)
        parser.add_argument("--retry-base-seconds", type=float, default=outbox.retry_base_seconds)
        parser.add_argument("--retry-cap-seconds", type=float, default=outbox.retry_cap_seconds)
        parser.add_argument("--max-attempts", type=int, default=outbox.max_attempts)
        parser.add_argument(
            "--no-process", action="store_true", help="store raw mail only (benchmarks)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        refuse_unmigrated("worker")
        if not os.environ.get("MADOGUCHI_PUBLIC_URL"):
            # A worker of its own does not know where the web processes listen (walk 23 H5).
            self.stderr.write(
                f"madoguchi: MADOGUCHI_PUBLIC_URL is not set: links in notification mails "
                f"point to {settings.PUBLIC_URL}/ and no satisfaction survey is mailed. Set it "
                f"to the address your team and customers reach this site at."
            )
        config = WorkerConfig(
            idle_seconds=options["idle_seconds"],
            poll_seconds=options["poll_seconds"],
            outbox_poll_seconds=options["outbox_poll_seconds"],
            reconcile_seconds=options["reconcile_seconds"],
            reconnect_cap_seconds=options["reconnect_cap_seconds"],
            batch_size=options["batch_size"],
            process=not options["no_process"],
            outbox=OutboxConfig(
                lease_seconds=options["lease_seconds"],
                retry_base_seconds=options["retry_base_seconds"],
                retry_cap_seconds=options["retry_cap_seconds"],
                max_attempts=options["max_attempts"],
            ),
        )
        try:
            if options["once"]:
                run_once(config)
                return
            stop = threading.Event()
            for number in (signal.SIGTERM, signal.SIGINT):
                signal.signal(number, lambda *_: stop.set())
            self.stdout.write("madoguchi worker: running (SIGTERM or Ctrl-C stops)")
            self.stdout.flush()
            run_worker(stop, config)
        except WorkerAlreadyRunning as error:
            raise CommandError(str(error)) from None
