"""Deterministic, realistic raw mail for benchmarks: Japanese and English, 1–30 KB, 10% attachments.

Mix (per message, by seed): ISO-2022-JP (Windows clients, with ① and ～), Shift_JIS, UTF-8 in
base64 or quoted-printable, English us-ascii/UTF-8; about a third with an HTML alternative,
replies (In-Reply-To/References), 10% with a PDF/PNG attachment. Two mixes of senders:
`steady_mail` (the same share of new customers, known customers and replies throughout) and
`drifting_mail` (the benchmarks' mix up to session 9, whose shares drift along the stream).
"""

from __future__ import annotations

import base64
import quopri
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

_JA_LINES = (
    "いつもお世話になっております。株式会社山田商事の佐藤です。",
    "先日注文した商品（注文番号①２３４５）がまだ届いておりません。",
    "お手数ですが、配送状況をご確認いただけますでしょうか。",
    "請求書の金額が見積書と異なっているようです。ご確認ください～。",
    "ログインできない状態が続いており、業務に支障が出ています。",
    "解約の手続きについて教えていただけますか。",
    "返金はいつ頃になりますでしょうか。よろしくお願いいたします。",
    "㈱テスト 営業部　田中様宛にお送りいただいた資料について質問があります。",
)
_EN_LINES = (
    "Hello support team, I ordered a laptop last week and it has not arrived yet.",
    "Could you please check the delivery status for order 12345?",
    "The invoice amount does not match the quote we received in March.",
    "I cannot log in since yesterday; the password reset mail never arrives.",
    "Please cancel my subscription at the end of this billing period.",
    "Thanks for your quick help last time, this is a follow-up question.",
)
_JA_SUBJECTS = (
    "注文の件について",
    "請求書の金額について①",
    "ログインできません",
    "返金のお願い～至急",
)
_EN_SUBJECTS = ("Order not delivered", "Invoice question", "Cannot log in", "Cancel subscription")
_NAMES = (
    ("山田 太郎", "taro@example.jp"),
    ("佐藤 花子", "hanako@example.co.jp"),
    ("John Smith", "john@example.com"),
)


def cp50220(text: str) -> bytes:
    """ISO-2022-JP as Windows writes it: CP932 characters (①, ㈱, ～) in JIS byte pairs."""
    out = bytearray()
    double = False
    data = text.encode("cp932", "replace")
    index = 0
    while index < len(data):
        lead = data[index]
        if lead < 0x80:
            if double:
                out += b"\x1b(B"
                double = False
            out.append(lead)
            index += 1
            continue
        trail = data[index + 1]
        index += 2
        if not double:
            out += b"\x1b$B"
            double = True
        row = (lead - (0x70 if lead < 0xA0 else 0xB0)) * 2
        if trail < 0x9F:
            out += bytes((row - 1, trail - (0x1F if trail < 0x80 else 0x20)))
        else:
            out += bytes((row, trail - 0x7E))
    if double:
        out += b"\x1b(B"
    return bytes(out)


def _encoded_word(text: str, charset: str) -> str:
    data = cp50220(text) if charset == "ISO-2022-JP" else text.encode(charset)
    return f"=?{charset}?B?{base64.b64encode(data).decode('ascii')}?="


def _body_text(rng: random.Random, japanese: bool, size: int) -> str:
    lines = _JA_LINES if japanese else _EN_LINES
    out: list[str] = []
    total = 0
    while total < size:
        line = rng.choice(lines)
        out.append(line)
        total += len(line.encode("utf-8")) + 1
        if rng.random() < 0.15:
            out.append("")
    if rng.random() < 0.3:
        out += ["", "> " + rng.choice(lines), "> " + rng.choice(lines)]
    return "\n".join(out) + "\n"


def _html(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line)
    return (
        '<html><head><style>p{margin:0}</style></head><body><div style="font-family:Meiryo">'
        f'{paragraphs}<a href="https://example.com/faq">FAQ</a>'
        '<img src="https://tracker.example.com/p.gif" width="1" height="1"></div></body></html>\n'
    )


def _text_part(text: str, subtype: str, rng: random.Random, japanese: bool) -> bytes:
    choice = rng.random()
    if japanese and choice < 0.45:
        charset, encoding = "ISO-2022-JP", "7bit"
        payload = cp50220(text)
    elif japanese and choice < 0.6:
        charset, encoding, payload = "Shift_JIS", "8bit", text.encode("cp932")
    elif choice < 0.8:
        charset, encoding = "UTF-8", "base64"
        payload = base64.encodebytes(text.encode("utf-8"))
    else:
        charset, encoding = "UTF-8", "quoted-printable"
        payload = quopri.encodestring(text.encode("utf-8"))
    headers = (
        f"Content-Type: text/{subtype}; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    )
    return headers.encode("ascii") + payload.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _attachment(rng: random.Random) -> bytes:
    name, content_type = rng.choice(
        (("見積書.pdf", "application/pdf"), ("screenshot.png", "image/png"))
    )
    data = base64.encodebytes(rng.randbytes(rng.randint(2_000, 12_000))).replace(b"\n", b"\r\n")
    encoded = _encoded_word(name, "UTF-8")
    return (
        f'Content-Type: {content_type}; name="{encoded}"\r\n'
        f'Content-Disposition: attachment; filename="{encoded}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode("ascii") + data


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode("ascii")
    body = b"".join(f"--{boundary}\r\n".encode("ascii") + part + b"\r\n" for part in parts)
    return head + body + f"--{boundary}--\r\n".encode("ascii")


_DOMAINS = tuple(f"company{n}.co.jp" for n in range(300)) + (
    "gmail.com",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "outlook.com",
    "icloud.com",
)


def customer(number: int) -> tuple[str, str]:
    """One of many customers: a name from the pool and an address at one of 305 domains."""
    name, _ = _NAMES[number % len(_NAMES)]
    return name, f"user{number}@{_DOMAINS[number % len(_DOMAINS)]}"


def generate_message(
    index: int,
    rng: random.Random,
    sender: tuple[str, str] | None = None,
    replying_to: int | None = None,
) -> bytes:
    japanese = rng.random() < 0.6
    name, address = sender or rng.choice(_NAMES)
    subject = rng.choice(_JA_SUBJECTS if japanese else _EN_SUBJECTS)
    charset = "ISO-2022-JP" if japanese and rng.random() < 0.5 else "UTF-8"
    date = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * index)
    headers = [
        f"Return-Path: <{address}>",
        "Received: from mx.example.jp (mx.example.jp [192.0.2.1]) by mail.example.com "
        f"with ESMTPS id {index:08x}; {format_datetime(date)}",
        f"From: {_encoded_word(name, charset) if not name.isascii() else name} <{address}>",
        "To: support@example.com",
        f"Subject: {_encoded_word(subject, charset) if not subject.isascii() else subject}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: <bench-{index}@example.jp>",
        "MIME-Version: 1.0",
    ]
    if replying_to is not None:
        headers += [
            f"In-Reply-To: <bench-{replying_to}@example.jp>",
            f"References: <bench-{replying_to}@example.jp>",
        ]
    text = _body_text(rng, japanese, rng.choice((800, 2_000, 4_000, 8_000, 16_000)))
    body = _text_part(text, "plain", rng, japanese)
    if rng.random() < 0.35:
        body = _multipart(
            "alternative", [body, _text_part(_html(text), "html", rng, japanese)], f"alt{index}"
        )
    if rng.random() < 0.10:
        body = _multipart("mixed", [body, _attachment(rng)], f"mix{index}")
    return ("\r\n".join(headers) + "\r\n").encode("ascii") + body


def generate_messages(n: int, seed: int = 1) -> Iterator[bytes]:
    """`n` raw messages, the same ones for the same seed (the drifting mix, see below)."""
    for _, raw in drifting_mail(n, seed):
        yield raw


# The kinds of mail an import stores, each with its own path through threading and storing.
NEW_CUSTOMER = "new customer"  # first mail of a sender never seen: a customer, a conversation
KNOWN_CUSTOMER = "known customer"  # a new conversation from a customer seen before
REPLY = "reply"  # In-Reply-To the same customer's previous mail: an existing conversation
KINDS = (NEW_CUSTOMER, KNOWN_CUSTOMER, REPLY)

# The steady mix: the same share of each kind in every part of the stream, as in a real
# mailbox (its mix does not change because the database is bigger).
STEADY_SHARES = {NEW_CUSTOMER: 0.25, KNOWN_CUSTOMER: 0.55, REPLY: 0.20}


def drifting_mail(n: int, seed: int = 1) -> Iterator[tuple[str, bytes]]:
    """The mix the benchmarks used up to session 9 (kept to compare with their figures).

    Each mail is from one of n/4 customers drawn at random, a quarter of those already seen
    replying: so the mix drifts with the position in the stream — over 20,000 mails, replies
    rise from ~9% to ~24% and new conversations from a known customer from ~37% to ~97%."""
    rng = random.Random(seed)
    customers = max(50, n // 4)  # a customer writes four mails on average
    last_by_customer: dict[int, int] = {}
    for index in range(n):
        number = rng.randrange(customers)
        # A quarter are replies to the same customer's previous mail.
        previous = last_by_customer.get(number)
        replying_to = previous if previous is not None and rng.random() < 0.25 else None
        last_by_customer[number] = index
        kind = (
            NEW_CUSTOMER
            if previous is None
            else REPLY
            if replying_to is not None
            else (KNOWN_CUSTOMER)
        )
        yield kind, generate_message(index, rng, customer(number), replying_to)


class SteadyMail:
    """A stream of mail whose mix of kinds does not depend on its length or position.

    `next()` draws the kind by STEADY_SHARES; `next(kind)` forces one (the benchmark's
    probes: a batch of one kind measures what that kind costs at the database's size).
    A known customer is drawn uniformly from those seen, so long-standing customers gather
    more history, as they do."""

    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        self.kinds = random.Random(seed + 1)  # kinds apart: the mails' shapes do not shift
        self.index = 0
        self.customers: list[int] = []  # customer numbers seen, in order
        self.last_by_customer: dict[int, int] = {}

    def next(self, kind: str | None = None) -> tuple[str, bytes]:
        if kind is None:
            draw = self.kinds.random()
            kind = (
                REPLY
                if draw < STEADY_SHARES[REPLY]
                else (
                    NEW_CUSTOMER
                    if draw < STEADY_SHARES[REPLY] + STEADY_SHARES[NEW_CUSTOMER]
                    else KNOWN_CUSTOMER
                )
            )
        if not self.customers:
            kind = NEW_CUSTOMER
        replying_to = None
        if kind == NEW_CUSTOMER:
            number = len(self.customers)
            self.customers.append(number)
        else:
            number = self.customers[self.kinds.randrange(len(self.customers))]
            if kind == REPLY:
                replying_to = self.last_by_customer[number]
        index = self.index
        self.index += 1
        self.last_by_customer[number] = index
        return kind, generate_message(index, self.rng, customer(number), replying_to)


def steady_mail(n: int, seed: int = 1) -> Iterator[tuple[str, bytes]]:
    stream = SteadyMail(seed)
    for _ in range(n):
        yield stream.next()
