"""Hostile mail: small messages built to make a parser slow. `.venv/bin/python bench/hostile.py`

usage: .venv/bin/python bench/hostile.py [--scale S] [--timeout SECONDS] [--case NAME ...]

Each case is generated at the size a probe of issue 16 found it at (x S with --scale; the aim
is every case ≤ 1 s at up to 25 MB) and parsed with madoguchi.mail.parse.parse_message in a
child process of its own, so a case that stalls is cut off at --timeout and reported as such
instead of stopping the run. Prints one line per case: size, parse CPU time (or TIMEOUT),
defects.
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection

_HEAD = (
    b"Message-ID: <hostile@example.com>\r\n"
    b"Date: Mon, 30 Nov 2026 09:00:00 +0900\r\n"
    b"Subject: hostile\r\n"
    b"MIME-Version: 1.0\r\n"
)
_FROM = b"From: attacker@example.com\r\nTo: support@example.jp\r\n"


def uuencode_begin_without_end(size: int) -> bytes:
    """A text body of `begin 644` lines with no `end` after them (found: 208 KB, 16 s)."""
    line = b"begin 644 a\r\n"
    return _HEAD + _FROM + b"Content-Type: text/plain\r\n\r\nhello\r\n" + line * (size // len(line))


def rfc2231_sections(size: int) -> bytes:
    """A Content-Disposition with many `filename*N*=` sections (found: 100,000, 2.4 MB)."""
    count = max(1, size // 24)
    sections = b"".join(b";\r\n filename*%d*=%%41" % number for number in range(count))
    return (
        _HEAD
        + _FROM
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain\r\n\r\nbody\r\n--b\r\n"
        + b"Content-Type: application/octet-stream\r\n"
        + b"Content-Disposition: attachment"
        + sections
        + b"\r\n\r\nAAAA\r\n--b--\r\n"
    )


def padded_addresses(size: int) -> bytes:
    """From/To/Cc made of one address padded with spaces (found: 256 KB, 27 s)."""
    pad = b" " * (size // 3)
    return (
        _HEAD
        + b"From: a" + pad + b"<a@example.com>\r\n"
        + b"To: b" + pad + b"b@example.com\r\n"
        + b"Cc: c@example.com," + pad + b"\r\n"
        + b"\r\nbody\r\n"
    )  # fmt: skip


def continuation_lines(size: int) -> bytes:
    """One header of many continuation lines (found: 100,000 lines, 7.3 MB, 11 s)."""
    line = b" " + b"x" * 70 + b"\r\n"
    return _HEAD + _FROM + b"X-Long: start\r\n" + line * (size // len(line)) + b"\r\nbody\r\n"


def continuation_lines_subject(size: int) -> bytes:
    """The same, on a header that gets decoded (Subject with encoded words)."""
    line = b" =?utf-8?q?abc?=\r\n"
    return (
        _HEAD.replace(b"Subject: hostile\r\n", b"")
        + _FROM
        + b"Subject: x\r\n"
        + (line * (size // len(line)))
        + b"\r\nbody\r\n"
    )


def many_headers(size: int) -> bytes:
    """Many short header fields."""
    line = b"X-A: b\r\n"
    return _HEAD + _FROM + line * (size // len(line)) + b"\r\nbody\r\n"


def many_parts(size: int) -> bytes:
    """A multipart with many tiny parts."""
    part = b"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return (
        _HEAD
        + _FROM
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        + part * (size // len(part))
        + b"--b--\r\n"
    )


def deep_nesting(size: int) -> bytes:
    """Nested multiparts, each a level deeper, as deep as the size allows."""
    depth = max(1, min(size // 80, 100_000))
    opening = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
        for level in range(depth)
    )
    return _HEAD + _FROM + opening + b"Content-Type: text/plain\r\n\r\nx\r\n"


def boundary_prefixes(size: int) -> bytes:
    """A body full of lines that start like the boundary but are not it."""
    line = b"--bb" + b"x" * 60 + b"\r\n"
    return (
        _HEAD
        + _FROM
        + b'Content-Type: multipart/mixed; boundary="bbbbbbbb"\r\n\r\n--bbbbbbbb\r\n'
        + b"Content-Type: text/plain\r\n\r\n"
        + line * (size // len(line))
    )


def encoded_words(size: int) -> bytes:
    """A Subject of many encoded words in alternating charsets."""
    words = b" ".join(
        b"=?utf-8?b?44GC?=" if number % 2 else b"=?iso-2022-jp?b?GyRCJCIbKEI=?="
        for number in range(size // 28)
    )
    return _HEAD.replace(b"Subject: hostile\r\n", b"Subject: " + words + b"\r\n") + _FROM + b"\r\n"


def long_line_html(size: int) -> bytes:
    """An HTML body of one line of unclosed tags."""
    return (
        _HEAD
        + _FROM
        + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        + b"<div><a href='x'>" * (size // 17)
    )


def base64_junk(size: int) -> bytes:
    """A base64 attachment full of characters outside the alphabet."""
    return (
        _HEAD
        + _FROM
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: application/pdf; name=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b"QUJD!@#$" * (size // 8)
        + b"\r\n--b--\r\n"
    )


def quoted_printable_soft_breaks(size: int) -> bytes:
    """A quoted-printable body of soft line breaks only."""
    return (
        _HEAD
        + _FROM
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
        + b"\r\n\r\n"
        + b"=\r\n" * (size // 3)
    )


def bare_carriage_returns(size: int) -> bytes:
    """A header block and body separated by bare CRs only."""
    return _HEAD + _FROM + b"\r\n" + b"a\r" * (size // 2)


def iso2022jp_escapes(size: int) -> bytes:
    """An ISO-2022-JP body that switches mode every two bytes."""
    return (
        _HEAD
        + _FROM
        + b"Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n"
        + b'\x1b$B$"\x1b(B' * (size // 8)
    )


def addresses_many(size: int) -> bytes:
    """A To header with many addresses and comments."""
    one = b'"a (b) c" <a@example.com>, (x) d@example.com, '
    return _HEAD + b"From: a@example.com\r\nTo: " + one * (size // len(one)) + b"\r\n\r\nbody"


def nested_comments(size: int) -> bytes:
    """An address header with deeply nested comments and quotes."""
    depth = size // 2
    return _HEAD + b"From: " + b"(" * depth + b")" * depth + b" a@example.com\r\n\r\nbody"


def uuencode_unfinished_file(size: int) -> bytes:
    """One `begin 644` line, then uuencoded lines without an `end`."""
    line = b"M86)C9&5F9VAI:FML;6YO<'%R<W1U=G=X>7I!0D-$149'2$E*2TQ-3D]04%)3\r\n"
    body = b"hello\r\nbegin 644 a.bin\r\n" + line * (size // len(line))
    return _HEAD + _FROM + b"Content-Type: text/plain\r\n\r\n" + body


def nested_divs(size: int) -> bytes:
    """HTML of unclosed `<div>`s: nh3 (html5ever) checks the open elements per tag."""
    return _HEAD + _FROM + b"Content-Type: text/html\r\n\r\n" + b"<div>" * (size // 5)


def tnef_junk(size: int) -> bytes:
    """A winmail.dat attachment of TNEF signature plus junk."""
    import base64

    payload = b"\x78\x9f\x3e\x22" + b"\x00\x01" * (size // 3)
    return (
        _HEAD
        + _FROM
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: application/ms-tnef; name=winmail.dat\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(payload)
        + b"\r\n--b--\r\n"
    )


def html_ampersands(size: int) -> bytes:
    """One HTML text node of `a&amp;` under a few `<div>`s: html5ever's time per `&` grew with
    the node's length (session 10's fuzzing: 4 MB, 7.6 s in nh3)."""
    body = b"<div>" * 600 + b"a&amp;" * (size // 6)
    return _HEAD + _FROM + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + body


def html_unknown_tags(size: int) -> bytes:
    """`<font-size:11pt;">` opens an element no `</font>` closes (session 9's CI: 50,000 tags in
    4 MB, 66 s in nh3, then 1.8 s)."""
    unit = b'<font-size:11pt;">\r\n<div>1</div>\r\n</span></font>\r\n'
    text = b"text " * ((size // 50_000 - len(unit)) // 5)
    return _HEAD + _FROM + b"Content-Type: text/html\r\n\r\n" + (unit + text) * 50_000


# name → (generator, the size the probe found it at, or a size for the others)
CASES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "uuencode_begin_without_end": (uuencode_begin_without_end, 208_000),
    "rfc2231_sections": (rfc2231_sections, 2_400_000),
    "padded_addresses": (padded_addresses, 256_000),
    "continuation_lines": (continuation_lines, 7_300_000),
    "continuation_lines_subject": (continuation_lines_subject, 2_000_000),
    "many_headers": (many_headers, 2_000_000),
    "many_parts": (many_parts, 2_000_000),
    "deep_nesting": (deep_nesting, 1_000_000),
    "boundary_prefixes": (boundary_prefixes, 5_000_000),
    "encoded_words": (encoded_words, 1_000_000),
    "long_line_html": (long_line_html, 1_000_000),
    "base64_junk": (base64_junk, 5_000_000),
    "quoted_printable_soft_breaks": (quoted_printable_soft_breaks, 5_000_000),
    "bare_carriage_returns": (bare_carriage_returns, 2_000_000),
    "iso2022jp_escapes": (iso2022jp_escapes, 2_000_000),
    "addresses_many": (addresses_many, 1_000_000),
    "nested_comments": (nested_comments, 256_000),
    "uuencode_unfinished_file": (uuencode_unfinished_file, 1_000_000),
    "nested_divs": (nested_divs, 200_000),
    "tnef_junk": (tnef_junk, 2_000_000),
    "html_ampersands": (html_ampersands, 4_000_000),
    "html_unknown_tags": (html_unknown_tags, 4_000_000),
}


def _parse_in_child(raw: bytes, connection: Connection) -> None:
    from madoguchi.mail.parse import parse_message

    started = time.process_time()  # CPU: the figure holds on a loaded machine
    parsed = parse_message(raw)
    connection.send((time.process_time() - started, list(parsed.defects)[:3]))


def run_case(name: str, scale: float, timeout: float) -> tuple[int, float | None, list[str]]:
    generate, size = CASES[name]
    raw = generate(int(size * scale))
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_parse_in_child, args=(raw, sender), daemon=True
    )
    child.start()
    sender.close()
    if not receiver.poll(timeout):
        child.kill()
        child.join()
        return len(raw), None, []
    elapsed, defects = receiver.recv()
    child.join()
    return len(raw), elapsed, defects


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--case", action="append", choices=sorted(CASES))
    args = parser.parse_args()
    slow = 0
    for name in args.case or CASES:
        size, elapsed, defects = run_case(name, args.scale, args.timeout)
        timeout = f"> {args.timeout:.0f} s TIMEOUT"
        shown = f"{elapsed:8.2f} s CPU" if elapsed is not None else timeout
        slow += elapsed is None or elapsed > 1.0
        print(f"{name:30} {size / 1e6:7.2f} MB {shown:>14}  {'; '.join(defects)[:70]}", flush=True)
    print(f"{slow} case(s) over 1 s")


if __name__ == "__main__":
    main()
