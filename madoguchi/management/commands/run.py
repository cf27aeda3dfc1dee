"""madoguchi run — web UI and worker in one process, for a single machine."""

from __future__ import annotations

import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from madoguchi.management.commands.web import guess_public_url, serve
from madoguchi.management.readiness import refuse_unmigrated


class Command(BaseCommand):
    help = "Serve the web UI and run the background worker in one process."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **options: Any) -> None:
        from madoguchi.worker.loop import run_worker

        refuse_unmigrated("run")
        # Before the worker starts: it writes the notification mails' links.
        guessed = guess_public_url(options["host"], options["port"])
        stop = threading.Event()
        threading.Thread(target=run_worker, args=(stop,), name="worker", daemon=True).start()
        url = f"http://{options['host']}:{options['port']}/"
        self.stdout.write(f"madoguchi: serving {url} (web and worker; Ctrl-C stops)")
        if guessed:
            self.stdout.write(guessed)
        self.stdout.flush()
        serve(options["host"], options["port"], options["threads"])
