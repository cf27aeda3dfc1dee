"""madoguchi mailbox add|list|test — mailbox connections from the command line.

Passwords are read from an environment variable named on the command line
(--imap-password-env) or typed at a hidden prompt; never from an argument (which other
users of the machine can read in `ps`), and never printed.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.models import Mailbox
from madoguchi.transport.credentials import encrypt_password
from madoguchi.transport.diagnose import check_mailbox

SECURITY = ("tls", "starttls", "plain")


def _password(env_name: str | None, prompt: str, required: bool) -> str:
    if env_name:
        value = os.environ.get(env_name)
        if value is None:
            raise CommandError(f"environment variable {env_name} is not set")
        return value
    if not required:
        return ""
    if not sys.stdin.isatty():
        raise CommandError(f"{prompt}: no terminal to ask on; pass --*-password-env VARIABLE")
    return getpass.getpass(f"{prompt}: ")


def _find(key: str) -> Mailbox:
    query = (
        Mailbox.objects.filter(pk=int(key))
        if key.isdigit()
        else Mailbox.objects.filter(address__iexact=key)
    )
    mailbox = query.first()
    if mailbox is None:
        raise CommandError(f"no mailbox {key!r} (see `madoguchi mailbox list`)")
    return mailbox


class Command(BaseCommand):
    help = "Add, list and test mailboxes (IMAP and SMTP connections)."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        add = commands.add_parser("add", help="add a mailbox, or update the one with ADDRESS")
        add.add_argument("address")
        add.add_argument("--name", default="")
        add.add_argument("--imap-host", default="")
        add.add_argument("--imap-port", type=int, default=None)
        add.add_argument("--imap-security", choices=SECURITY, default="tls")
        add.add_argument("--imap-user", default=None, help="default: the address")
        add.add_argument("--imap-password-env", metavar="VARIABLE")
        add.add_argument("--imap-folder", default="INBOX")
        add.add_argument("--sent-folder", default="Sent")
        add.add_argument("--smtp-host", default="")
        add.add_argument("--smtp-port", type=int, default=None)
        add.add_argument("--smtp-security", choices=SECURITY, default="starttls")
        add.add_argument("--smtp-user", default=None, help="default: the IMAP user")
        add.add_argument(
            "--smtp-password-env",
            metavar="VARIABLE",
            help="default: the IMAP password (most providers use one password for both)",
        )
        add.add_argument("--charset", choices=["utf-8", "iso-2022-jp"], default="utf-8")
        add.add_argument("--signature", default="")
        commands.add_parser("list", help="list mailboxes").add_argument(
            "--format", choices=["text", "json"], default="text"
        )
        test = commands.add_parser("test", help="connect to the servers and report each step")
        test.add_argument("mailbox", help="address or id")
        test.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "add":
            self._add(options)
        elif action == "list":
            self._list(options["format"])
        else:
            self._test(_find(options["mailbox"]), options["format"])

    def _add(self, options: dict[str, Any]) -> None:
        address = options["address"].strip()
        if "@" not in address:
            raise CommandError(f"not a mail address: {address}")
        imap_password = _password(
            options["imap_password_env"], f"IMAP password for {address}", bool(options["imap_host"])
        )
        smtp_password = (
            _password(options["smtp_password_env"], "SMTP password", True)
            if options["smtp_password_env"]
            else imap_password
        )
        default_ports = {"tls": (993, 465), "starttls": (143, 587), "plain": (143, 25)}
        imap_user = options["imap_user"] or address
        values = {
            "name": options["name"] or address.split("@")[0],
            "imap_host": options["imap_host"],
            "imap_port": options["imap_port"] or default_ports[options["imap_security"]][0],
            "imap_security": options["imap_security"],
            "imap_username": imap_user,
            "imap_password_encrypted": encrypt_password(imap_password),
            "imap_folder": options["imap_folder"],
            "sent_folder": options["sent_folder"],
            "smtp_host": options["smtp_host"],
            "smtp_port": options["smtp_port"] or default_ports[options["smtp_security"]][1],
            "smtp_security": options["smtp_security"],
            "smtp_username": options["smtp_user"] or imap_user,
            "smtp_password_encrypted": encrypt_password(smtp_password),
            "outgoing_charset": options["charset"],
        }
        if options["signature"]:
            values["signature"] = options["signature"]
        mailbox, created = Mailbox.objects.update_or_create(address=address, defaults=values)
        verb = "added" if created else "updated"
        self.stdout.write(f"mailbox {mailbox.pk} {verb}: {mailbox}")
        self.stdout.write(f"check it with: madoguchi mailbox test {mailbox.address}")

    def _list(self, output: str) -> None:
        rows = [
            {
                "id": mailbox.pk,
                "name": mailbox.name,
                "address": mailbox.address,
                "active": mailbox.is_active,
                "imap": f"{mailbox.imap_security}://{mailbox.imap_host}:{mailbox.imap_port}"
                if mailbox.imap_host
                else "",
                "imap_user": mailbox.imap_username,
                "imap_password": "set" if mailbox.imap_password_encrypted else "not set",
                "smtp": f"{mailbox.smtp_security}://{mailbox.smtp_host}:{mailbox.smtp_port}"
                if mailbox.smtp_host
                else "",
                "smtp_user": mailbox.smtp_username,
                "smtp_password": "set" if mailbox.smtp_password_encrypted else "not set",
                "charset": mailbox.outgoing_charset,
            }
            for mailbox in Mailbox.objects.order_by("pk")
        ]
        if output == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            self.stdout.write("no mailboxes yet: madoguchi mailbox add ADDRESS --imap-host …")
        for row in rows:
            self.stdout.write(
                f"{row['id']:>3}  {row['address']}  ({row['name']})"
                f"{'' if row['active'] else '  [inactive]'}\n"
                f"     IMAP {row['imap'] or '-'} user {row['imap_user'] or '-'} "
                f"password {row['imap_password']}\n"
                f"     SMTP {row['smtp'] or '-'} user {row['smtp_user'] or '-'} "
                f"password {row['smtp_password']}  charset {row['charset']}"
            )

    def _test(self, mailbox: Mailbox, output: str) -> None:
        checks = check_mailbox(mailbox)
        if output == "json":
            self.stdout.write(
                json.dumps([check.__dict__ for check in checks], ensure_ascii=False, indent=2)
            )
        else:
            for check in checks:
                mark = "ok  " if check.ok else "FAIL"
                self.stdout.write(f"{mark} {check.server.upper():4} {check.step:8} {check.detail}")
        if not all(check.ok for check in checks):
            raise SystemExit(1)
