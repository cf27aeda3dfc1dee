"""Property: any bytes, any header soup, parse without raising and serialise to JSON."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.mail.headers import decode_words, parse_addresses, parse_parameters
from madoguchi.mail.parse import has_header_block, parse_message

_HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Cc",
        "Subject",
        "Date",
        "Message-ID",
        "References",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "Reply-To",
        "X-Odd",
    ]
)
_PIECES = st.sampled_from(
    [
        b"=?ISO-2022-JP?B?GyRC",
        b"?=",
        b"=?utf-8?q?",
        b"\x1b$B",
        b"\x1b(B",
        b'"',
        b"<",
        b">",
        b",",
        b";",
        b"boundary=",
        b"multipart/mixed",
        b"charset=",
        b"name*0*=",
        b"%E3",
        b"\r\n",
        b"\n ",
        b"--",
        b"\x82\xa0",
        b"\xff",
        b"begin 644 a\n",
        b"base64",
        b"quoted-printable",
        b"=\r\n",
    ]
)
_SOUP = st.lists(st.one_of(_PIECES, st.binary(max_size=12)), max_size=30).map(b"".join)


def _check(raw: bytes) -> None:
    message = parse_message(raw)
    json.dumps(message.to_dict())
    assert isinstance(message.text, str)
    assert not any(defect.startswith("unparseable message") for defect in message.defects)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_it_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)
    has_header_block(raw)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_HEADER_NAMES, _SOUP), max_size=12), _SOUP)
def test_it_never_raises_on_header_soup(headers: list[tuple[str, bytes]], body: bytes) -> None:
    raw = b"".join(name.encode() + b": " + value + b"\r\n" for name, value in headers)
    _check(raw + b"\r\n" + body)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_header_helpers_never_raise_on_any_text(value: str) -> None:
    escaped = value.encode("utf-8", "surrogatepass").decode("ascii", "surrogateescape")
    decode_words(escaped)
    parse_addresses(escaped)
    parse_parameters(escaped, [])
