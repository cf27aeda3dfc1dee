"""Header decoding: RFC 2047 encoded words, addresses, RFC 2231 parameters, raw 8-bit.

Header values arrive as the compat32 parser keeps them: `str` whose non-ASCII bytes are
surrogate escapes, so the original bytes are always recoverable with `raw_bytes()`.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Mapping, Sequence
from email.utils import getaddresses
from urllib.parse import unquote_to_bytes

from madoguchi.mail.charset import decode_bytes, decode_text_guess
from madoguchi.mail.message import Address

# Lenient on purpose: senders put encoded words inside quoted strings and parameters, glue them
# to plain text, and (for Q) leave spaces inside; `*lang` is RFC 2231's language suffix.
_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?]*)\?=")
_BASE64_JUNK = re.compile(r"[^A-Za-z0-9+/]")
_SIMPLE_ADDRESS = re.compile(r"\s*([A-Za-z0-9._%+\-=!#$&'*/?^`{|}~]+@[A-Za-z0-9.\-\[\]:]+)\s*")
_NAMED_ADDRESS = re.compile(r'\s*(?:"([^"\\]*)"|([^"<>,;:\\@()]*?))\s*<([^<>\s,;"]*)>\s*')
_WHITESPACE_RUN = re.compile(r"[ \t]{2,}")
_PARAMETER = re.compile(r';\s*([^\s=;"]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)')
# Section numbers past nine digits are not a real file name's (and int() refuses 4,300 digits).
_RFC2231_SECTION = re.compile(r"^(.+?)\*(\d{1,9})(\*?)$")
# A file name of 1,000 sections is already 60 KB; more is an attack on the parser, not a name.
MAX_RFC2231_SECTIONS = 1000
# The stdlib's address parser is superlinear in comments and groups: a 4 MB To of repeated
# "Chris Jones <c@(Chris's host.)public.example>," took 46–177 s of CPU (found by the fuzz
# test). 64 KB holds well over a thousand recipients.
MAX_ADDRESS_HEADER = 65_536


def raw_bytes(value: str) -> bytes:
    """The header's original bytes (the parser keeps non-ASCII bytes as surrogate escapes)."""
    return value.encode("ascii", "surrogateescape")


def unfold(value: str) -> str:
    """RFC 5322 §2.2.3: unfolding removes the line break only, keeping the whitespace after it."""
    if "\n" not in value and "\r" not in value:
        return value
    # A break before whitespace is a fold; any other break is not text either: every CR and LF
    # goes, and two str.replace calls do that at C speed (the regexes took 0.7 s on 7 MB).
    return value.replace("\r", "").replace("\n", "")


def _decode_plain(text: str, defects: list[str], hint: str | None = None) -> str:
    """Header text outside encoded words; raw 8-bit bytes are read in the body's charset first
    (Chinese and Japanese mailers write headers in it unencoded), then guessed."""
    if text.isascii():
        return text
    data = raw_bytes(text)
    try:
        decoded_utf8 = data.decode("utf-8")
        defects.append("raw 8-bit bytes in a header, read as UTF-8")
        return decoded_utf8
    except UnicodeDecodeError:
        pass
    if hint:
        decoded = decode_bytes(data, hint)
        if decoded.defect is None:
            defects.append(f"raw 8-bit bytes in a header, read as {hint}")
            return decoded.text
    defects.append("raw 8-bit bytes in a header")
    return decode_text_guess(data)


def _word_bytes(encoding: str, payload: str) -> bytes:
    if encoding in "bB":
        cleaned = _BASE64_JUNK.sub("", payload)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4] if len(cleaned) % 4 == 1 else cleaned
        cleaned += "=" * (-len(cleaned) % 4)
        try:
            return binascii.a2b_base64(cleaned)
        except (binascii.Error, ValueError):
            return b""
    return binascii.a2b_qp(raw_bytes(payload), header=True)


def decode_words(value: str, defects: list[str] | None = None, hint: str | None = None) -> str:
    """Decode a header value's encoded words, joining adjacent words before decoding the bytes.

    Joining matters for Japanese: mailers split an ISO-2022-JP or UTF-8 text between two words
    in the middle of a character or even inside an escape sequence (RFC 2047 forbids it; it
    happens anyway), so each word alone does not decode.
    """
    sink: list[str] = [] if defects is None else defects
    value = unfold(value).rstrip(" \t")  # trailing raw whitespace is not text; decoded one is
    if "=?" not in value:
        return _decode_plain(value, sink, hint)
    out: list[str] = []
    run = _WordRun(sink, out)
    position = 0
    for match in _ENCODED_WORD.finditer(value):
        gap = value[position : match.start()]
        charset = match.group(1)
        joins = run.charset is not None and (not gap or gap.isspace())
        if not (joins and run.charset.lower() == charset.lower()):  # type: ignore[union-attr]
            run.flush()
            # whitespace between two encoded words is not part of the text (RFC 2047 §6.2)
            if gap and not (joins and gap.isspace()):
                out.append(_decode_plain(gap, sink, hint))
            run.charset = charset
        run.add(match.group(2), match.group(3))
        position = match.end()
    run.flush()
    if position < len(value):
        out.append(_decode_plain(value[position:], sink, hint))
    return "".join(out)


class _WordRun:
    """Adjacent encoded words of one charset, collected as bytes and decoded together."""

    __slots__ = ("charset", "chunks", "pending_base64", "defects", "out")

    def __init__(self, defects: list[str], out: list[str]) -> None:
        self.charset: str | None = None
        self.chunks: list[bytes] = []
        self.pending_base64 = ""
        self.defects = defects
        self.out = out

    def add(self, encoding: str, payload: str) -> None:
        if encoding in "bB":
            # base64 split off a 4-character boundary only decodes once the words are joined
            self.pending_base64 += _BASE64_JUNK.sub("", payload.rstrip("="))
            if len(self.pending_base64) % 4 == 0 or payload.endswith("="):
                self._take_base64()
            return
        self._take_base64()
        self.chunks.append(_word_bytes(encoding, payload))

    def _take_base64(self) -> None:
        if self.pending_base64:
            self.chunks.append(_word_bytes("b", self.pending_base64))
            self.pending_base64 = ""

    def flush(self) -> None:
        if self.charset is None:
            return
        self._take_base64()
        decoded = decode_bytes(b"".join(self.chunks), self.charset)
        if decoded.defect:
            self.defects.append(f"encoded word: {decoded.defect}")
        self.out.append(decoded.text)
        self.chunks.clear()
        self.charset = None


# addresses -----------------------------------------------------------------------------


def _address_text(address: str, defects: list[str]) -> str:
    address = address.strip()
    if not address.isascii():  # SMTPUTF8 (RFC 6532) or a raw 8-bit local part
        address = _decode_plain(address, defects)
    return address


def parse_addresses(
    value: str | None, defects: list[str] | None = None, hint: str | None = None
) -> tuple[Address, ...]:
    """An address-list header as (display name, address) pairs, names decoded."""
    if not value:
        return ()
    sink: list[str] = [] if defects is None else defects
    # Both address patterns and the stdlib's getaddresses backtrack over whitespace runs (a
    # 256 KB From/To/Cc of padding took 27 s); no address or name needs more than one space.
    value = _WHITESPACE_RUN.sub(" ", unfold(value))
    if len(value) > MAX_ADDRESS_HEADER:
        sink.append(
            f"address header of {len(value)} characters; only the first {MAX_ADDRESS_HEADER} read"
        )
        cut = value.rfind(",", 0, MAX_ADDRESS_HEADER)
        value = value[: cut if cut > 0 else MAX_ADDRESS_HEADER]
    simple = _SIMPLE_ADDRESS.fullmatch(value)
    if simple:
        return (Address("", simple.group(1)),)
    named = _NAMED_ADDRESS.fullmatch(value)
    if named:
        name = named.group(1) if named.group(1) is not None else named.group(2)
        return (
            Address(decode_words(name, sink, hint).strip(), _address_text(named.group(3), sink)),
        )
    addresses: list[Address] = []
    try:
        pairs = getaddresses([value])
    except Exception:  # noqa: BLE001 - the stdlib parser has raised on hostile input before
        sink.append("unparseable address header")
        return (Address(decode_words(value, sink, hint).strip(), ""),)
    for name, address in pairs:
        if not name and not address:
            continue
        addresses.append(
            Address(decode_words(name, sink, hint).strip(), _address_text(address, sink))
        )
    if not addresses and value.strip() and "@" in value:
        sink.append("unparseable address header")
    return tuple(addresses)


# Content-Type / Content-Disposition ---------------------------------------------------


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        value = value[1:-1]
        if "\\" in value:
            value = re.sub(r"\\(.)", r"\1", value)
    elif value.startswith('"'):
        value = value[1:]
    return value


def _join_rfc2231(sections: dict[int, tuple[str, bool]], defects: list[str]) -> str:
    """RFC 2231 §3–4: ordered sections; extended ones percent-encoded, charset in the first."""
    charset: str | None = None
    chunks: list[bytes] = []
    numbers = sorted(sections)
    if len(numbers) > MAX_RFC2231_SECTIONS:
        defects.append(
            f"RFC 2231 parameter of {len(numbers)} sections cut to {MAX_RFC2231_SECTIONS}"
        )
        numbers = numbers[:MAX_RFC2231_SECTIONS]
    for number in numbers:
        text, extended = sections[number]
        if extended:
            if number == numbers[0] and text.count("'") >= 2:
                charset, _language, text = text.split("'", 2)
            chunks.append(unquote_to_bytes(raw_bytes(text)))  # raw 8-bit stays raw
        else:
            chunks.append(raw_bytes(_unquote(text)))
    decoded = decode_bytes(b"".join(chunks), charset or None)
    if decoded.defect:
        defects.append(f"RFC 2231 parameter: {decoded.defect}")
    return decoded.text


def parse_parameters(
    value: str | None, defects: list[str], hint: str | None = None
) -> tuple[str, dict[str, str]]:
    """`type/subtype; a=b; name*0*=…` → (lowercased value, decoded parameters)."""
    if not value:
        return "", {}
    value = unfold(value)
    head, _, rest = value.partition(";")
    params: dict[str, str] = {}
    if not rest:
        return head.strip().lower(), params
    sections: dict[str, dict[int, tuple[str, bool]]] = {}
    for match in _PARAMETER.finditer(";" + rest):
        name = match.group(1).lower()
        raw = match.group(2).strip()
        section = _RFC2231_SECTION.match(name)
        if section:
            sections.setdefault(section.group(1), {})[int(section.group(2))] = (
                raw,
                bool(section.group(3)),
            )
        elif name.endswith("*"):
            sections.setdefault(name[:-1], {})[0] = (_unquote(raw), True)
        elif name not in params:
            params[name] = decode_words(_unquote(raw), defects, hint)
    for name, parts in sections.items():
        # RFC 2231 wins over a plain value of the same name (mailers send both).
        params[name] = _join_rfc2231(parts, defects)
    return head.strip().lower(), params


# Fields a receiving server prepends to a message it delivers (RFC 5321 4.4 trace fields,
# and the local delivery agent's Delivered-To / X-Original-To); madoguchi never writes them.
_TRACE_FIELDS = frozenset({b"return-path", b"received", b"delivered-to", b"x-original-to"})


def without_trace_fields(data: bytes) -> bytes:
    """The message as its sender wrote it: the trace fields servers prepended on delivery
    removed from the top of the header, everything else byte for byte."""
    position = 0
    in_trace_field = False
    for line in data.splitlines(keepends=True):
        folded = line[:1] in (b" ", b"\t")  # a continuation of the field above
        name, colon, _value = line.partition(b":")
        if not (folded and in_trace_field):
            in_trace_field = bool(colon) and name.strip().lower() in _TRACE_FIELDS
            if not in_trace_field:
                break
        position += len(line)
    return data[position:]


def format_addresses(entries: Sequence[Mapping[str, str]]) -> str:
    """Addresses as the compose box shows them (and `actions.replies._addresses` reads
    them back): a name is kept unless a quote or backslash in it would need escaping."""
    return ", ".join(
        f'"{entry["name"]}" <{entry["address"]}>'
        if entry.get("name") and not re.search(r'["\\]', entry["name"])
        else entry["address"]
        for entry in entries
    )
