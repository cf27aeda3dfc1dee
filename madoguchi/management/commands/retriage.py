"""madoguchi retriage [--all | --since DATE] — run triage again over stored customer mail
(after its rules changed) and refresh each conversation's urgency, emotion and score."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from madoguchi.actions.triage import retriage


def parse_since(value: str) -> datetime:
    """YYYY-MM-DD (midnight, server time zone) or an ISO 8601 time."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--since {value!r}: give a date such as 2025-01-31") from None
    if len(value) <= 10:
        parsed = datetime.combine(parsed.date(), time.min)
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


class Command(BaseCommand):
    help = "Re-run triage over stored customer messages and refresh the conversations."

    def add_arguments(self, parser: CommandParser) -> None:
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help="every stored customer message")
        which.add_argument("--since", help="messages received on or after this date")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args: Any, **options: Any) -> None:
        since = parse_since(options["since"]) if options["since"] else None
        report = retriage(since=since, batch_size=max(1, options["batch_size"]))
        self.stdout.write(
            f"re-triaged {report.messages} messages; {report.conversations} conversations "
            f"checked, {report.changed} changed\n"
        )
