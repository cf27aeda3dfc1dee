"""madoguchi sla_redate [--mailbox ADDR] — give open conversations the deadlines of the SLA
policies and business calendars as they are now (the worker does it by itself after a
change; this is for a worker that was down, or a script)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.actions.sla_redate import redate_open_conversations
from madoguchi.models import Mailbox


class Command(BaseCommand):
    help = "Recompute the SLA deadlines of open conversations from the current policies."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--mailbox", help="only this mailbox (its address)")

    def handle(self, *args: Any, **options: Any) -> None:
        ids = None
        if options["mailbox"]:
            mailbox = Mailbox.objects.filter(address__iexact=options["mailbox"]).first()
            if mailbox is None:
                raise CommandError(f"no mailbox {options['mailbox']}")
            ids = [mailbox.pk]
        seen, changed = redate_open_conversations(ids)
        self.stdout.write(f"{seen} open conversations checked, {changed} re-dated\n")
