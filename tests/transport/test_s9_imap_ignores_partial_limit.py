"""An IMAP server that ignores the partial-fetch limit (RFC 3501 6.4.5: BODY[]<0.N> is at
most N octets) and sends the whole mail. imaplib would read that literal whole into memory
(an 8 MB mail with a 256 KB cap peaked at 35.7 MB of Python memory); imap._LiteralBound
keeps at most the limit asked for of each literal, drops the rest as it comes off the
socket, and hands imapclient a response whose literal has the size its line announces.

The test is the reproduction on the wire: a small server that lies, speaking enough IMAP
for imapclient. It holds a huge mail and, after it, a small one in the same batch."""

from __future__ import annotations

import re
import socketserver
import threading
import tracemalloc
from collections.abc import Iterator

import pytest
from imapclient import IMAPClient

from madoguchi.transport import imap

HEADER = (
    b"From: taro@customer.example\r\nTo: support@example.test\r\n"
    b"Subject: huge\r\nMessage-ID: <huge-1@customer.example>\r\n\r\n"
)
SMALL = (
    b"From: hanako@customer.example\r\nTo: support@example.test\r\n"
    b"Subject: small\r\nMessage-ID: <small-2@customer.example>\r\n\r\nThanks!\r\n"
)
CAP = 256 * 1024
DATE = b'"01-Dec-2026 10:00:00 +0900"'
MEGABYTE = b"x" * (1 << 20)  # the huge mail's body is sent as this, again and again


class _IgnoresLimits(socketserver.StreamRequestHandler):
    body_bytes = 8 << 20

    def _send_mail(self, uid: int, header_only: bool) -> None:
        if uid == 2:
            data = SMALL.split(b"\r\n\r\n")[0] + b"\r\n\r\n" if header_only else SMALL
            self.wfile.write(b"* 2 FETCH (UID 2 INTERNALDATE %s " % DATE)
            name = b"BODY[HEADER]" if header_only else b"BODY[]"
            self.wfile.write(b"%s {%d}\r\n%s)\r\n" % (name, len(data), data))
            return
        size = len(HEADER) if header_only else len(HEADER) + self.body_bytes
        name = b"BODY[HEADER]" if header_only else b"BODY[]"  # whatever <0.N> said
        self.wfile.write(b"* 1 FETCH (UID 1 INTERNALDATE %s %s {%d}\r\n" % (DATE, name, size))
        self.wfile.write(HEADER)
        if not header_only:
            view = memoryview(MEGABYTE)
            for start in range(0, self.body_bytes, len(MEGABYTE)):
                self.wfile.write(view[: min(len(MEGABYTE), self.body_bytes - start)])
        self.wfile.write(b")\r\n")

    def handle(self) -> None:
        self.wfile.write(b"* OK [CAPABILITY IMAP4rev1] lying server ready\r\n")
        for line in self.rfile:
            tag, _space, command = line.decode().strip().partition(" ")
            verb = command.split(" ")[0].upper()
            if verb == "CAPABILITY":
                self.wfile.write(b"* CAPABILITY IMAP4rev1\r\n")
            elif verb in ("SELECT", "EXAMINE"):
                self.wfile.write(b"* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n")
            elif verb == "UID" and "FETCH" in command.upper():
                uids = re.search(r"FETCH ([\d,:]+)", command.upper())
                asked = re.search(r"BODY\.PEEK\[(HEADER)?\]", command)
                header_only = bool(asked and asked.group(1))
                for uid in (1, 2):
                    if uids and str(uid) in uids.group(1).replace(":", ","):
                        self._send_mail(uid, header_only)
            elif verb == "LOGOUT":
                self.wfile.write(b"* BYE\r\n%s OK bye\r\n" % tag.encode())
                return
            self.wfile.write(b"%s OK done\r\n" % tag.encode())


def _serve(body_bytes: int) -> Iterator[int]:
    handler = type("Handler", (_IgnoresLimits,), {"body_bytes": body_bytes})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture(params=[8, 64], ids=["8MB", "64MB"])
def lying_server(request: pytest.FixtureRequest) -> Iterator[tuple[int, int]]:
    body_bytes = request.param << 20
    for port in _serve(body_bytes):
        yield port, body_bytes


def test_it_keeps_at_most_the_cap_of_a_mail_sent_whole_against_the_limit(
    lying_server: tuple[int, int],
) -> None:
    port, body_bytes = lying_server
    client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30)
    client.login("support", "secret")
    client.select_folder("INBOX")
    tracemalloc.start()
    try:
        # UID 1 announced small (2,000 bytes), holds megabytes, and is sent whole every time.
        mails, too_large = imap._fetch_mails(client, "INBOX", 7, {1: 2000, 2: len(SMALL)}, CAP)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert too_large == {1}  # handled as oversized: never deleted from the server
    huge, small = mails
    assert huge.raw == HEADER  # the header only is stored
    assert huge.size_on_server == len(HEADER) + body_bytes  # the size the server sent
    assert small.raw == SMALL and small.size_on_server is None  # the next mail, whole
    assert small.source == "imap:INBOX:7:2"
    # Flat: never the whole mail in memory, nor anything near it (the cap is 256 KB).
    assert peak < 4 * CAP, peak
    # Still in step with the server: the next command gets its own answer.
    assert client.select_folder("INBOX")[b"EXISTS"] == 2
    client.logout()


def test_it_leaves_literals_within_the_limit_as_they_are(
    lying_server: tuple[int, int],
) -> None:
    port, _body_bytes = lying_server
    client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=30)
    client.login("support", "secret")
    client.select_folder("INBOX")
    with imap._literals_at_most(client, CAP) as bound:
        answer = client.fetch([2], ["BODY.PEEK[]", "INTERNALDATE"])
    assert answer[2][b"BODY[]"] == SMALL
    assert bound.announced == []
    # Put back: without the bound the connection reads as imaplib does.
    assert "read" not in vars(client._imap) and "readline" not in vars(client._imap)
    client.logout()
