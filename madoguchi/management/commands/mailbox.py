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


DEFAULT_PORTS = {"tls": (993, 465), "starttls": (143, 587), "plain": (143, 25)}
# The options of `mailbox add` that map onto the mailbox, and what a new mailbox gets when one
# is not given.
FIELDS = (
    "name imap_host imap_port imap_security imap_user imap_folder sent_folder smtp_host "
    "smtp_port smtp_security smtp_user charset signature"
).split()
NEW_MAILBOX: dict[str, Any] = {
    "imap_host": "",
    "imap_security": "tls",
    "imap_folder": "INBOX",
    "sent_folder": "Sent",
    "smtp_host": "",
    "smtp_security": "starttls",
    "charset": "utf-8",
}


def _columns(values: dict[str, Any]) -> dict[str, Any]:
    """The options as the mailbox's columns (the users are set apart: they have defaults that
    depend on each other)."""
    row = {key: value for key, value in values.items() if key not in ("imap_user", "smtp_user")}
    if "charset" in row:
        row["outgoing_charset"] = row.pop("charset")
    return row


class Command(BaseCommand):
    help = "Add, list and test mailboxes (IMAP and SMTP connections)."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        add = commands.add_parser("add", help="add a mailbox, or update the one with ADDRESS")
        add.add_argument("address")
        # No defaults here: on an update only the options given change (the defaults of a new
        # mailbox are in NEW_MAILBOX). `mailbox add support@… --smtp-host new` used to reset the
        # name, clear the IMAP host and both passwords, and fetching silently stopped.
        add.add_argument("--name")
        add.add_argument("--imap-host")
        add.add_argument("--imap-port", type=int)
        add.add_argument("--imap-security", choices=SECURITY, help="default: tls")
        add.add_argument("--imap-user", help="default: the address")
        add.add_argument("--imap-password-env", metavar="VARIABLE")
        add.add_argument("--imap-folder", help="default: INBOX")
        add.add_argument("--sent-folder", help="default: Sent")
        add.add_argument("--smtp-host")
        add.add_argument("--smtp-port", type=int)
        add.add_argument("--smtp-security", choices=SECURITY, help="default: starttls")
        add.add_argument("--smtp-user", help="default: the IMAP user")
        add.add_argument(
            "--smtp-password-env",
            metavar="VARIABLE",
            help="default for a new mailbox: the IMAP password (most providers use one password "
            "for both); on an update the SMTP password changes only with this option",
        )
        add.add_argument("--charset", choices=["utf-8", "iso-2022-jp"], help="default: utf-8")
        add.add_argument("--signature")
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
        existing = Mailbox.objects.filter(address__iexact=address).first()
        given = {key: options[key] for key in FIELDS if options.get(key) is not None}
        if existing is None:
            mailbox = self._create(address, {**NEW_MAILBOX, **given}, options)
            self.stdout.write(f"mailbox {mailbox.pk} added: {mailbox}")
        else:
            changed = self._update(existing, given, options)
            what = ", ".join(changed) if changed else "nothing (no option given)"
            self.stdout.write(f"mailbox {existing.pk} updated: {existing} — changed: {what}")
        self.stdout.write(f"check it with: madoguchi mailbox test {address}")

    def _create(self, address: str, values: dict[str, Any], options: dict[str, Any]) -> Mailbox:
        imap_password = _password(
            options["imap_password_env"], f"IMAP password for {address}", bool(values["imap_host"])
        )
        smtp_password = (
            _password(options["smtp_password_env"], "SMTP password", True)
            if options["smtp_password_env"]
            else imap_password
        )
        imap_user = values.pop("imap_user", None) or address
        smtp_user = values.pop("smtp_user", None) or imap_user
        row = _columns(values)
        row.setdefault("name", address.split("@")[0])
        row.setdefault("imap_port", DEFAULT_PORTS[values["imap_security"]][0])
        row.setdefault("smtp_port", DEFAULT_PORTS[values["smtp_security"]][1])
        mailbox: Mailbox = Mailbox.objects.create(
            address=address,
            imap_username=imap_user,
            smtp_username=smtp_user,
            imap_password_encrypted=encrypt_password(imap_password),
            smtp_password_encrypted=encrypt_password(smtp_password),
            **row,
        )
        return mailbox

    def _update(
        self, mailbox: Mailbox, given: dict[str, Any], options: dict[str, Any]
    ) -> list[str]:
        row = _columns(given)
        # A new security without a port takes that security's usual port.
        if "imap_security" in given and "imap_port" not in given:
            row["imap_port"] = DEFAULT_PORTS[given["imap_security"]][0]
        if "smtp_security" in given and "smtp_port" not in given:
            row["smtp_port"] = DEFAULT_PORTS[given["smtp_security"]][1]
        if "imap_user" in given:
            row["imap_username"] = given["imap_user"]
        if "smtp_user" in given:
            row["smtp_username"] = given["smtp_user"]
        for kind in ("imap", "smtp"):
            env_name = options[f"{kind}_password_env"]
            if env_name:
                label = f"{kind.upper()} password"
                row[f"{kind}_password_encrypted"] = encrypt_password(
                    _password(env_name, label, True)
                )
        for field, value in row.items():
            setattr(mailbox, field, value)
        if row:
            mailbox.save(update_fields=list(row))
        return [field.removesuffix("_encrypted").replace("_", " ") for field in row]

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
