"""madoguchi import PATH… — .eml files, mbox files and Maildir folders into a mailbox."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.actions.importing import import_paths
from madoguchi.actions.ingest import IngestReport, IngestSession
from madoguchi.models import Mailbox
from madoguchi.transport.files import total_size


class ProgressBar:
    """One line on a terminal, redrawn: count, rate, and a bar by bytes read."""

    WIDTH = 30

    def __init__(self, total_bytes: int, stream: Any) -> None:
        self.total = max(total_bytes, 1)
        self.stream = stream
        self.started = time.monotonic()
        self.enabled = stream.isatty()

    def __call__(self, done: int, consumed: int, report: IngestReport) -> None:
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.started, 1e-6)
        share = min(consumed / self.total, 1.0)
        filled = int(share * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(
            f"\r[{bar}] {share:4.0%}  {done:,} mails  {done / elapsed:,.0f}/s  "
            f"duplicates {report.duplicates:,}  failed {len(report.failed):,}"
        )
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def mailbox_for(address: str | None) -> Mailbox:
    if address:
        mailbox, _ = Mailbox.objects.get_or_create(
            address=address.lower(), defaults={"name": address.split("@")[0]}
        )
        return mailbox
    mailboxes = list(Mailbox.objects.all()[:2])
    if len(mailboxes) == 1:
        return mailboxes[0]
    if not mailboxes:
        raise CommandError("no mailbox yet: name one with --mailbox support@example.com")
    raise CommandError("several mailboxes: choose one with --mailbox ADDRESS")


class Command(BaseCommand):
    help = "Import .eml files, mbox files and Maildir folders; duplicates are skipped."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument("--mailbox", help="the mailbox address (created if new)")
        parser.add_argument("--workers", type=int, default=None, help="parsing processes")
        parser.add_argument(
            "--no-triage",
            action="store_true",
            help="skip urgency/emotion triage (old archives; `madoguchi retriage` adds it later)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        mailbox = mailbox_for(options["mailbox"])
        paths: list[Path] = options["paths"]
        bar = ProgressBar(total_size(paths), sys.stderr)
        started = time.monotonic()
        report = import_paths(
            IngestSession(mailbox, trust_own_address=True),
            paths,
            bar,
            options["workers"],
            triage=not options["no_triage"],
        )
        bar.finish()
        elapsed = time.monotonic() - started
        total = report.stored + report.duplicates + len(report.failed)
        rate = total / elapsed if elapsed > 0 else 0.0
        self.stdout.write(
            f"{mailbox.address}: imported {report.stored:,}, duplicates {report.duplicates:,}, "
            f"with defects {report.with_defects:,}, failed {len(report.failed):,} "
            f"({report.conversations_created:,} new conversations; {elapsed:.1f} s, {rate:,.0f}/s)"
        )
        for source, reason in report.failed[:50]:
            self.stdout.write(f"  failed: {source}: {reason}")
        if len(report.failed) > 50:
            self.stdout.write(f"  … and {len(report.failed) - 50:,} more")
        if report.failed:
            raise SystemExit(1)
