"""The mailbox connection test says in the reader's language what failed and what to check,
with the server's own words kept in small print."""

from __future__ import annotations

import socket

from madoguchi.models import Mailbox
from tests.web.conftest import World


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens once it is closed


def test_it_explains_a_refused_connection_in_japanese_and_keeps_the_detail(
    world: World,
) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        imap_host="127.0.0.1", imap_port=closed_port(), imap_username="u", smtp_host=""
    )
    page = (
        world.client(world.admin)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "このポートで接続できませんでした。ポート番号" in page
    assert '<small class="detail" lang="en">connection to port' in page


def test_it_explains_it_in_english_too(world: World) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        imap_host="127.0.0.1", imap_port=closed_port(), imap_username="u", smtp_host=""
    )
    page = (
        world.client(world.admin)
        .post(f"/mailboxes/{world.support.pk}/test/", HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    assert "The server did not accept a connection on this port." in page
