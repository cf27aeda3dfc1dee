"""madoguchi web — the agents' web UI, served by waitress (stateless; run as many as needed)."""

from __future__ import annotations

import os
import socket
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from madoguchi.management.readiness import refuse_unmigrated


def serve(host: str, port: int, threads: int) -> None:
    from waitress import serve as waitress_serve

    from madoguchi.wsgi import application

    waitress_serve(
        application,
        host=host,
        port=port,
        threads=threads,
        ident="madoguchi",
        trusted_proxy=settings.TRUSTED_PROXY or None,
        trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-for"}
        if settings.TRUSTED_PROXY
        else set(),
    )


_ANY_ADDRESS = ("", "*", "0.0.0.0", "::", "[::]")


def guess_public_url(host: str, port: int) -> str | None:
    """Without MADOGUCHI_PUBLIC_URL, the links in notification mails point where this process
    listens (walk 23 H5: they pointed to http://localhost:8000 while the site was on :8190).
    Returns a line telling the operator so, or None when the address is set."""
    if os.environ.get("MADOGUCHI_PUBLIC_URL"):
        return None
    name = socket.getfqdn() if host in _ANY_ADDRESS else host
    if ":" in name and not name.startswith("["):
        name = f"[{name}]"  # an IPv6 address in a URL
    settings.PUBLIC_URL = f"http://{name}:{port}"
    settings.PUBLIC_URL_GUESSED = True
    return (
        f"madoguchi: MADOGUCHI_PUBLIC_URL is not set: links in notification mails point to "
        f"{settings.PUBLIC_URL}/ and no satisfaction survey is mailed. Set it to the address "
        f"your team and customers reach this site at."
    )


class Command(BaseCommand):
    help = "Serve the web UI."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **options: Any) -> None:
        refuse_unmigrated("web")
        guessed = guess_public_url(options["host"], options["port"])
        self.stdout.write(f"madoguchi: serving http://{options['host']}:{options['port']}/")
        if guessed:
            self.stdout.write(guessed)
        serve(options["host"], options["port"], options["threads"])
