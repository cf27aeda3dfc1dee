"""madoguchi demo [--if-empty] — load the demo mailbox and print how to log in.

`make run` calls it with --if-empty after every migrate: on a database that already has
conversations it loads nothing. Without --if-empty a second run adds no mail either (the
demo mail is recognised by its source), but it resets the demo accounts' password and
restores missing teams, labels, templates and FAQ entries.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser

from madoguchi.demo.load import load_demo
from madoguchi.demo.people import AGENTS, DEMO_PASSWORD
from madoguchi.models import Conversation

URL = "http://127.0.0.1:8000/"
LOGINS = (
    ("demo", "admin"),
    ("sato", "lead, サポート1課 / English desk / 営業チーム"),
    ("tanaka", "agent, サポート1課"),
    ("kobayashi", "agent, English desk"),
)


class Command(BaseCommand):
    help = "Load a demo mailbox of realistic Japanese and English support conversations."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="do nothing if the database already has conversations (still print the login)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["if_empty"] and Conversation.objects.exists():
            self.stdout.write(
                "madoguchi demo: the database already has conversations; nothing loaded."
            )
        else:
            result = load_demo()
            if result.loaded_mail:
                self.stdout.write(
                    f"madoguchi demo: loaded {result.conversations} conversations "
                    f"({result.messages} messages) in {result.seconds:.1f} s."
                )
            else:
                self.stdout.write(
                    "madoguchi demo: the demo mail is already loaded; no mail added. "
                    "Demo accounts, teams, labels, templates and FAQ were refreshed and the "
                    "demo password reset."
                )
            if result.failed:
                self.stderr.write(f"{len(result.failed)} demo mails could not be stored:")
                for failure in result.failed[:10]:
                    self.stderr.write(f"  {failure}")
        self._print_logins()

    def _print_logins(self) -> None:
        existing = set(
            get_user_model()
            .objects.filter(username__in=[name for name, _ in LOGINS], is_active=True)
            .values_list("username", flat=True)
        )
        if not existing:
            self.stdout.write(
                "No demo accounts in this database (it was not created by `madoguchi demo`)."
            )
            return
        lines = [
            "",
            f"  Open {URL} and log in with one of:",
            "",
        ]
        for username, role in LOGINS:
            if username in existing:
                name = AGENTS[username].name
                lines.append(f"    {username:<10} / {DEMO_PASSWORD}   {name}（{role}）")
        lines.append("")
        self.stdout.write("\n".join(lines))
