"""Hostile mail made from good mail: the mutation generator of the session 8 audit.

Pure and deterministic: the same seed gives the same cases. tests/mail/test_s8_hostile_mail.py
runs a few fixed cases; bench/fuzz_parse.py runs thousands over ../shared/corpus.
"""

from __future__ import annotations

import base64
import random
import re
from collections.abc import Callable, Iterator

HEAD = (
    b"Message-ID: <hostile@example.com>\r\n"
    b"Date: Mon, 30 Nov 2026 09:00:00 +0900\r\n"
    b"From: attacker@example.com\r\nTo: support@example.jp\r\n"
    b"Subject: hostile\r\nMIME-Version: 1.0\r\n"
)

# Names an attachment must never be stored or served under as they are.
HOSTILE_NAMES = [
    "../../etc/passwd",
    "/etc/passwd",
    "..\\..\\windows\\win.ini",
    "a/../../../b.zip",
    "C:\\boot.ini",
    "nul\x00.html",
    "請求書" * 100 + ".zip",  # 300 Japanese characters
    ".htaccess",
    "~/.ssh/authorized_keys",
    "evil.html",
]


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(separator)
        if found:
            return head + separator, body
    return raw, b""


def truncated(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def random_bytes_in_headers(rng: random.Random, raw: bytes) -> bytes:
    head, body = _split(raw)
    data = bytearray(head)
    for _ in range(rng.randint(1, 40)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data) + body


def random_bytes_in_body(rng: random.Random, raw: bytes) -> bytes:
    head, body = _split(raw)
    data = bytearray(body)
    for _ in range(rng.randint(1, 200)):
        position = rng.randrange(len(data) + 1)
        data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return head + bytes(data)


_CHARSET = re.compile(rb"(charset\s*=\s*\"?)([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_ENCODED_WORD = re.compile(rb"=\?([^?]+)\?")


def _misspell(rng: random.Random, label: bytes) -> bytes:
    if not label:
        return b"x"
    choice = rng.randrange(5)
    index = rng.randrange(len(label))
    if choice == 0:
        return label[:index] + label[index + 1 :]  # a letter lost: shft_jis
    if choice == 1:
        return label[:index] + bytes([rng.choice(b"-_0lIoO")]) + label[index:]
    if choice == 2:
        return label[::-1]
    if choice == 3:
        return label + b"\xff\x00"
    return bytes(rng.choice(b"abcdefghijklmnopqrstuvwxyz-0123456789") for _ in range(len(label)))


def misspelt_charsets(rng: random.Random, raw: bytes) -> bytes:
    """Every charset label, in parameters and encoded words, misspelt."""
    raw = _CHARSET.sub(lambda m: m.group(1) + _misspell(rng, m.group(2)), raw)
    return _ENCODED_WORD.sub(lambda m: b"=?" + _misspell(rng, m.group(1)) + b"?", raw)


_BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=]{40,}\r?$", re.MULTILINE)


def base64_garbage(rng: random.Random, raw: bytes) -> bytes:
    def spoil(match: re.Match[bytes]) -> bytes:
        line = bytearray(match.group(0))
        for _ in range(rng.randint(1, 6)):
            line[rng.randrange(len(line))] = rng.choice(b"!@#$%^&*\x00\xff=.-_ ")
        return bytes(line)

    return _BASE64_LINE.sub(spoil, raw)


_BROKEN_2231 = [
    b"; filename*0*=utf-8''%E3%81",
    b"; filename*2=tail",
    b"; filename*=''%",
    b"; filename*0*=x-unknown'ja'%FF%FE",
    b"; name*1*=%zz; name*0=head",
    b"; filename*99999999999999999999=x",
    b"; filename*=utf-8'",
    b"; filename*0*=utf-8''%2e%2e%2f%2e%2e%2fetc%2fpasswd",
]


def broken_rfc2231(rng: random.Random, raw: bytes) -> bytes:
    pattern = re.compile(rb"^(Content-(?:Type|Disposition):[^\r\n]*)", re.IGNORECASE | re.MULTILINE)
    return pattern.sub(
        lambda m: m.group(1) + b"".join(rng.sample(_BROKEN_2231, rng.randint(1, 4))), raw
    )


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "truncated": truncated,
    "random_bytes_in_headers": random_bytes_in_headers,
    "random_bytes_in_body": random_bytes_in_body,
    "misspelt_charsets": misspelt_charsets,
    "base64_garbage": base64_garbage,
    "broken_rfc2231": broken_rfc2231,
}


def nested(depth: int = 200) -> bytes:
    """MIME nested `depth` multiparts deep."""
    head = HEAD + b'Content-Type: multipart/mixed; boundary="b0"\r\n\r\n'
    parts = [head]
    for level in range(1, depth + 1):
        parts.append(
            b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (level - 1, level)
        )
    parts.append(b"--b%d\r\nContent-Type: text/plain\r\n\r\nthe bottom\r\n" % depth)
    for level in range(depth, -1, -1):
        parts.append(b"--b%d--\r\n" % level)
    return b"".join(parts)


def many_parts(count: int = 20_000) -> bytes:
    """A multipart with `count` small parts."""
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (
        HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + part * count + b"--b--\r\n"
    )


def long_header_line(size: int = 1_000_000) -> bytes:
    """One header line of `size` bytes without a fold."""
    return HEAD.replace(b"Subject: hostile", b"Subject: " + b"a" * size) + b"\r\nhello\r\n"


def attachment_named(name: str, content_type: str = "application/zip") -> bytes:
    """A mail with one attachment named `name`, given three ways: plain, RFC 2047, RFC 2231."""
    encoded = name.encode("utf-8", "surrogatepass")
    word = b"=?utf-8?b?" + base64.b64encode(encoded) + b"?="
    percent = b"".join(b"%%%02X" % byte for byte in encoded)
    payload = base64.b64encode(b"PK\x03\x04 hostile <script>alert(1)</script>")
    return (
        HEAD
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nsee attached\r\n"
        + b"--b\r\nContent-Type: "
        + content_type.encode()
        + b'; name="'
        + word
        + b"\"\r\nContent-Disposition: attachment; filename*=utf-8''"
        + percent
        + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + payload
        + b'\r\n--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename="'
        + encoded.replace(b'"', b"")
        + b'"\r\n\r\n<script>alert(1)</script>\r\n--b--\r\n'
    )


def fixed_cases() -> Iterator[tuple[str, bytes]]:
    """The constructed cases, each once."""
    yield "nested_200", nested(200)
    yield "parts_20000", many_parts(20_000)
    yield "header_line_1mb", long_header_line(1_000_000)
    for number, name in enumerate(HOSTILE_NAMES):
        yield f"attachment_name_{number}", attachment_named(name)
        yield f"html_attachment_name_{number}", attachment_named(name, "text/html")


def mutated_cases(
    seeds: list[tuple[str, bytes]], count: int, seed: int
) -> Iterator[tuple[str, bytes]]:
    """`count` mutations of the seed mails, one to three stacked, from a fixed seed."""
    rng = random.Random(seed)
    names = sorted(MUTATIONS)
    for number in range(count):
        source, raw = seeds[rng.randrange(len(seeds))]
        applied = rng.sample(names, rng.randint(1, 3))
        for name in applied:
            raw = MUTATIONS[name](rng, raw)
        yield f"{number}:{source}:{'+'.join(applied)}", raw
