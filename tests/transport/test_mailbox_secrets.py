"""Passwords with quotes and backslashes, and servers that echo them back (issue 16, item 7).

Some IMAP servers answer a refused LOGIN with the command's arguments, the password among them,
escaped as IMAP quotes it (\\" and \\\\). That text must not reach the log, the stored last
error or `madoguchi mailbox test`'s output, in any of its escaped forms.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from io import StringIO

import pytest
from django.core.management import call_command

from madoguchi.models import FetchCheckpoint, Mailbox
from madoguchi.transport.credentials import encrypt_password
from madoguchi.worker.fetching import MailboxFetcher, WorkerConfig
from tests.support.servers import Dovecot, SmtpSink
from tests.transport.conftest import TRANSACTIONAL, make_mailbox

PASSWORDS = ['say "hi"-7731', "back\\slash-7731", 'both\\"-7731']


class EchoingImapServer:
    """Refuses every LOGIN with a reply that repeats the command's arguments."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._talk, args=(connection,), daemon=True).start()

    def _talk(self, connection: socket.socket) -> None:
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"* OK echoing test server ready\r\n")
            for line in lines:
                tag, _, rest = line.rstrip(b"\r\n").partition(b" ")
                command, _, arguments = rest.partition(b" ")
                if command.upper() == b"CAPABILITY":
                    connection.sendall(
                        b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n"
                    )
                elif command.upper() == b"LOGIN":
                    connection.sendall(tag + b" NO login failed: LOGIN " + arguments + b"\r\n")
                else:
                    connection.sendall(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                    return

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def echoing() -> Iterator[EchoingImapServer]:
    server = EchoingImapServer()
    yield server
    server.close()


def _echoing_mailbox(port: int, password: str) -> Mailbox:
    return Mailbox.objects.create(
        name="Support",
        address="support@example.test",
        imap_host="127.0.0.1",
        imap_port=port,
        imap_security="plain",
        imap_username="support@example.test",
        imap_password_encrypted=encrypt_password(password),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("password", PASSWORDS)
def test_mailbox_test_never_shows_an_echoed_password(
    echoing: EchoingImapServer, password: str
) -> None:
    mailbox = _echoing_mailbox(echoing.port, password)
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("mailbox", "test", mailbox.address, stdout=out)
    assert "login refused" in out.getvalue()
    assert "7731" not in out.getvalue()


@TRANSACTIONAL
@pytest.mark.parametrize("password", PASSWORDS)
def test_the_worker_logs_and_stores_a_refused_login_without_the_password(
    echoing: EchoingImapServer, password: str, caplog: pytest.LogCaptureFixture
) -> None:
    mailbox = _echoing_mailbox(echoing.port, password)
    stop = threading.Event()
    fetcher = MailboxFetcher(mailbox.pk, stop, WorkerConfig(reconnect_cap_seconds=0.1))
    fetcher.thread.start()
    try:
        for _ in range(100):
            stored = FetchCheckpoint.objects.filter(mailbox=mailbox).exclude(last_error="")
            if stored.exists():
                break
            stop.wait(0.1)
    finally:
        stop.set()
        fetcher.thread.join(timeout=10)
    [last_error] = stored.values_list("last_error", flat=True)
    assert "login failed" in last_error and "7731" not in last_error
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "login failed" in logged and "7731" not in logged


@pytest.mark.django_db
@pytest.mark.servers
@pytest.mark.parametrize("password", PASSWORDS)
def test_mailbox_test_logs_in_with_quotes_and_backslashes_in_the_password(
    dovecot: Dovecot, sink: SmtpSink, password: str
) -> None:
    address = f"quote-{PASSWORDS.index(password)}@example.test"
    dovecot.add_user(address, password)
    mailbox = make_mailbox(dovecot, address, sink)
    out = StringIO()
    call_command("mailbox", "test", mailbox.address, stdout=out)  # exits 1 on any failure
    assert "IMAP auth" in " ".join(out.getvalue().split())
    assert "FAIL" not in out.getvalue()
