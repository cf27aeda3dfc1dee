"""madoguchi counts [--rebuild] — check the folder counts the database's triggers keep
against a count from scratch (exit status 1 when they differ), or count them again."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.actions.counts import compact, differences, rebuild


class Command(BaseCommand):
    help = "Check the sidebar's folder counts against a count from scratch, or rebuild them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--rebuild", action="store_true", help="count every folder again (repair)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["rebuild"]:
            rebuild()
            self.stdout.write("folder counts rebuilt\n")
            return
        compact()
        wrong = differences()
        if wrong:
            for (mailbox, status, owner, label), (kept, true) in sorted(wrong.items()):
                self.stdout.write(
                    f"mailbox {mailbox} status {status} owner {owner or '-'} "
                    f"label {label or '-'}: kept {kept}, counted {true}\n"
                )
            raise CommandError(
                f"{len(wrong)} folder counts differ from a fresh count; "
                "run `madoguchi counts --rebuild`"
            )
        self.stdout.write("folder counts match a fresh count\n")
