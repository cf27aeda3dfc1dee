"""A mail over the size cap (MADOGUCHI_MAX_MESSAGE_MB; set low here instead of sending a
gigabyte) is not fetched whole from Dovecot: its header is stored, its page says in ja and en
how large it was and where it was left, the mail stays on the server (even with delete after
fetch), and the mail behind it is fetched as usual."""

from __future__ import annotations

import imaplib
import logging
from email.header import Header
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.models import Agent, FetchCheckpoint, Mailbox, Message, RawMessage, Role
from tests.support.servers import Dovecot, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, folder_message_ids

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

CAP = 200_000


def large_mail() -> bytes:
    subject = Header("大きな添付", "utf-8").encode()
    head = (
        "From: 山田 <yamada@customer.example>\r\nTo: support@example.test\r\n"
        f"Subject: {subject}\r\nMessage-ID: <large@customer.example>\r\n"
        "Date: Mon, 30 Nov 2026 10:00:00 +0900\r\nMIME-Version: 1.0\r\n"
        "Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    return head + b"QUFBQUFB\r\n" * 60_000  # 600 KB, three times the cap


def page(user: User, message: Message, language: str) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(f"/c/{message.conversation_id}/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_it_stores_the_header_of_a_mail_over_the_cap_and_leaves_the_mail_on_the_server(
    dovecot: Dovecot,
    mailbox: Mailbox,
    alice: User,
    settings: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings.MAX_MESSAGE_BYTES = CAP
    Mailbox.objects.filter(pk=mailbox.pk).update(delete_after_fetch=True)
    large = large_mail()
    dovecot.deliver(mailbox.address, large)
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<after@example.jp>"))

    with caplog.at_level(logging.WARNING, logger="madoguchi.transport.imap"):
        assert fetch(Mailbox.objects.get(pk=mailbox.pk)).stored == 2

    message = Message.objects.get(message_id="<large@customer.example>")
    raw = RawMessage.objects.get(pk=message.raw_id)
    assert raw.size_on_server == len(large)
    assert bytes(raw.data) == large[: large.index(b"\r\n\r\n") + 4]  # the header block only
    assert message.subject == "大きな添付" and message.from_address == "yamada@customer.example"
    uid = raw.source.rsplit(":", 1)[1]
    assert f"UID {uid}" in caplog.text and "over the cap" in caplog.text
    # The mail behind it was fetched whole and deleted as asked; the large one was not.
    assert Message.objects.filter(message_id="<after@example.jp>").exists()
    assert folder_message_ids(mailbox, "INBOX") == ["<large@customer.example>"]
    assert FetchCheckpoint.objects.get(mailbox=mailbox).last_uid == int(uid) + 1

    size = f"{len(large) / 1024:.1f}"
    ja = page(alice, message, "ja")
    assert "このメールは大きすぎるため取り込んでいません" in ja
    assert f"フォルダー INBOX、UID {uid}" in ja and size in ja
    en = page(alice, message, "en")
    assert "This mail is too large to fetch" in en and f"UID {uid}" in en and size in en

    # The mailboxes page names it too, for whoever fetches it by hand.
    admin = User.objects.create_user("admin", "admin@example.test", "pw")
    Agent.objects.create(user=admin, role=Role.ADMIN)
    client = Client()
    client.force_login(admin)
    listing = client.get("/mailboxes/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "サーバーに残したメール（大きすぎて取り込めないもの）" in listing
    assert f'<a href="/c/{message.conversation_id}/">UID {uid}</a> ({size}' in listing


class AnnouncesTwoGigabytes:
    """An IMAP server whose UID 1 announces RFC822.SIZE 2 GB (and would send it): records
    what the fetcher asks for. Dovecot cannot be made to hold 2 GB on a test machine."""

    # The imaplib connection whose literal reads the fetcher bounds (never read here).
    _imap = imaplib.IMAP4.__new__(imaplib.IMAP4)

    def __init__(self) -> None:
        self.asked: list[tuple[list[int], list[str]]] = []
        self.header = b"From: big@customer.example\r\nSubject: huge\r\nMessage-ID: <huge@x>\r\n\r\n"

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, int]:
        return {b"UIDVALIDITY": 7}

    def search(self, criteria: list[str]) -> list[int]:
        return [1, 2]

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, object]]:
        self.asked.append((list(uids), list(items)))
        if items == ["RFC822.SIZE"]:
            return {1: {b"RFC822.SIZE": 2 << 30}, 2: {b"RFC822.SIZE": 400}}
        if items[0].startswith("BODY.PEEK[]"):
            assert 1 not in uids, "the 2 GB mail was fetched whole"
            return {uid: {b"BODY[]<0>": sample_mail(uid)} for uid in uids}
        return {uid: {b"BODY[HEADER]<0>": self.header} for uid in uids}


def test_a_server_announcing_2_gb_is_asked_for_the_header_only(
    mailbox: Mailbox, settings: Any
) -> None:
    from madoguchi.actions.replies import message_id_secret
    from madoguchi.transport import imap

    settings.MAX_MESSAGE_BYTES = 100 << 20  # the default
    server = AnnouncesTwoGigabytes()
    result = imap.fetch_new(server, mailbox, secret=message_id_secret())  # type: ignore[arg-type]
    assert result.stored == 2 and result.last_uid == 2
    assert ([1], ["BODY.PEEK[HEADER]<0.1048576>", "INTERNALDATE"]) in server.asked
    huge = RawMessage.objects.get(source="imap:INBOX:7:1")
    assert huge.size_on_server == 2 << 30 and bytes(huge.data) == server.header


class AnnouncesSmallSendsHuge:
    """An IMAP server whose UID 1 announces 400 bytes and holds 50 MB: it honours a
    partial fetch (RFC 3501 6.4.5: at most the octets asked for) and would send the whole
    mail to a plain BODY[]. Records what it was asked and how many bytes it sent."""

    HUGE = 50 << 20

    # The imaplib connection whose literal reads the fetcher bounds (never read here).
    _imap = imaplib.IMAP4.__new__(imaplib.IMAP4)

    def __init__(self) -> None:
        self.asked: list[tuple[list[int], list[str]]] = []
        self.sent = 0
        self.mails: dict[int, bytes] = {}  # built once: sample_mail's Date is the clock's
        self.header = (
            b"From: liar@customer.example\r\nSubject: small\r\nMessage-ID: <liar@x>\r\n\r\n"
        )

    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, int]:
        return {b"UIDVALIDITY": 9}

    def search(self, criteria: list[str]) -> list[int]:
        return [1, 2]

    def delete_messages(self, uids: list[int]) -> None:
        self.asked.append((list(uids), ["DELETE"]))

    def has_capability(self, name: str) -> bool:
        return True

    def expunge(self, uids: list[int] | None = None) -> None:
        pass

    def _mail(self, uid: int) -> bytes:
        if uid == 1:
            return self.header + b"A" * (self.HUGE - len(self.header))
        if uid not in self.mails:
            self.mails[uid] = sample_mail(uid)
        return self.mails[uid]

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, object]]:
        self.asked.append((list(uids), list(items)))
        if items == ["RFC822.SIZE"]:
            return {uid: {b"RFC822.SIZE": 400} for uid in uids}
        item = items[0]
        if item.startswith("BODY.PEEK[HEADER]"):
            self.sent += len(self.header) * len(uids)
            return {uid: {b"BODY[HEADER]<0>": self.header} for uid in uids}
        assert item.startswith("BODY.PEEK[]<0."), f"a whole mail was asked for: {item}"
        limit = int(item.rsplit(".", 1)[1].rstrip(">"))
        answer = {uid: {b"BODY[]<0>": self._mail(uid)[:limit]} for uid in uids}
        self.sent += sum(len(data[b"BODY[]<0>"]) for data in answer.values())
        return answer  # type: ignore[return-value]


def test_a_server_announcing_a_small_size_for_a_huge_mail_sends_no_more_than_the_cap(
    mailbox: Mailbox, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from madoguchi.actions.replies import message_id_secret
    from madoguchi.transport import imap

    settings.MAX_MESSAGE_BYTES = CAP
    Mailbox.objects.filter(pk=mailbox.pk).update(delete_after_fetch=True)
    server = AnnouncesSmallSendsHuge()
    with caplog.at_level(logging.WARNING, logger="madoguchi.transport.imap"):
        result = imap.fetch_new(
            server,  # type: ignore[arg-type]
            Mailbox.objects.get(pk=mailbox.pk),
            secret=message_id_secret(),
        )
    assert result.stored == 2 and result.last_uid == 2
    # Read: a little more than announced of each, cap + 1 bytes of the liar, its header.
    first = imap.SMALLEST_LIMIT + 1
    assert server.sent <= 2 * first + CAP + 1 + len(server.header)
    liar = RawMessage.objects.get(source="imap:INBOX:9:1")
    assert bytes(liar.data) == server.header and liar.size_on_server == CAP + 1
    assert "UID 1 announced 400 bytes but holds more than the cap" in caplog.text
    # Never deleted from the server; the honest mail behind it was, as asked.
    assert ([2], ["DELETE"]) in server.asked and ([1], ["DELETE"]) not in server.asked
    honest = RawMessage.objects.get(source="imap:INBOX:9:2")
    assert bytes(honest.data) == server.mails[2] and honest.size_on_server is None


def test_a_batch_of_lying_mails_is_read_one_cap_at_a_time_and_an_honest_error_is_fetched(
    mailbox: Mailbox, settings: Any
) -> None:
    """Under the default-sized cap (2 MB here) a mail announced at 400 bytes is first asked
    for a little more than that; one that fills it is asked again alone, up to the cap: a
    5 MB liar is then over the cap, a 300 KB mail whose size was merely wrong is whole."""
    from madoguchi.actions.replies import message_id_secret
    from madoguchi.transport import imap

    cap = 2 << 20
    settings.MAX_MESSAGE_BYTES = cap
    server = AnnouncesSmallSendsHuge()
    server.HUGE = 5 << 20
    inaccurate = sample_mail(2, body="あ" * 100_000)  # ~300 KB in base64, announced 400
    server._mail = lambda uid: (  # type: ignore[method-assign]
        server.header + b"A" * (server.HUGE - len(server.header)) if uid == 1 else inaccurate
    )
    result = imap.fetch_new(server, mailbox, secret=message_id_secret())  # type: ignore[arg-type]
    assert result.stored == 2
    first = imap.SMALLEST_LIMIT  # 2 × 400 + slack, rounded up
    assert ([1, 2], [f"BODY.PEEK[]<0.{first + 1}>", "INTERNALDATE"]) in server.asked
    assert ([1], [f"BODY.PEEK[]<0.{cap + 1}>", "INTERNALDATE"]) in server.asked
    assert server.sent <= 2 * (first + 1) + (cap + 1) + len(inaccurate) + len(server.header)
    liar = RawMessage.objects.get(source="imap:INBOX:9:1")
    assert bytes(liar.data) == server.header and liar.size_on_server == cap + 1
    honest = RawMessage.objects.get(source="imap:INBOX:9:2")
    assert bytes(honest.data) == inaccurate and honest.size_on_server is None
