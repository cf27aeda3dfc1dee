"""madoguchi web — the agents' web UI, served by waitress (stateless; run as many as needed)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from madoguchi.management.readiness import refuse_unmigrated


def serve(host: str, port: int, threads: int) -> None:
    from django.conf import settings
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


class Command(BaseCommand):
    help = "Serve the web UI."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)

    def handle(self, *args: Any, **options: Any) -> None:
        refuse_unmigrated("web")
        self.stdout.write(f"madoguchi: serving http://{options['host']}:{options['port']}/")
        serve(options["host"], options["port"], options["threads"])
