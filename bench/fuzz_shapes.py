"""Randomized hostile shapes through the parser, for stalls and crashes (session 10, hardening).
`.venv/bin/python bench/fuzz_shapes.py [--minutes M] [--seed S] [--save DIR] [--shape NAME]`

bench/fuzz_parse.py and tests/mail/test_fuzz_corpus.py mutate the corpus's mails; this makes
shapes those mutations rarely reach: deep MIME nesting, huge header counts, long lines without
spaces, many tiny parts, broken base64 and quoted-printable, encoded-words in every header, TNEF
blobs, RFC 2231 continuations, HTML with pathological nesting, attributes, comments and
misnested formatting. Sizes are drawn up to 4 MB.

Each case is parsed (`parse_message` and `to_dict`; with --prepare the import's whole pure half:
parse, attachments, hash, triage) in a forked child cut off at --timeout. Reported:
exceptions, timeouts, and mails over the aim of 1 s of CPU per MB (at least --floor seconds,
so tiny mails are not judged on noise). Unseeded by default (the
seed is printed); --save writes each finding as DIR/<shape>-<seed>-<n>.eml.
"""

from __future__ import annotations

import argparse
import base64
import multiprocessing
import random
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from madoguchi.mail.parse import parse_message  # noqa: E402

MAX_SIZE = 4_000_000
HEAD = (
    b"Message-ID: <shape@example.com>\r\nDate: Tue, 01 Dec 2026 09:00:00 +0900\r\n"
    b"From: =?UTF-8?B?5bGx55Sw?= <yamada@example.jp>\r\nTo: support@example.test\r\n"
    b"Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\r\nMIME-Version: 1.0\r\n"
)
_JA = "請求書の件でご連絡いたしました。ご確認のほどよろしくお願いいたします。"


def _size(rng: random.Random) -> int:
    return rng.choice([10_000, 100_000, 1_000_000, 3_000_000])


def _text(rng: random.Random, size: int) -> bytes:
    words = [b"invoice", b"refund", _JA.encode(), b"hello", b"x" * 40]
    out = bytearray()
    while len(out) < size:
        out += rng.choice(words) + rng.choice([b" ", b"\r\n", b""])
    return bytes(out[:size])


def deep_mime(rng: random.Random) -> bytes:
    depth = rng.choice([100, 1_000, 5_000, 20_000])
    kind = rng.choice([b"mixed", b"alternative", b"related", b"digest"])
    opening = bytearray(HEAD)
    closing = bytearray()
    for level in range(depth):
        boundary = b"b%d" % level if rng.random() < 0.9 else b"same"
        opening += b'Content-Type: multipart/%s; boundary="%s"\r\n\r\n--%s\r\n' % (
            kind,
            boundary,
            boundary,
        )
        if rng.random() < 0.3:
            opening += b"Content-Type: message/rfc822\r\n\r\n"
        closing[:0] = b"\r\n--%s--\r\n" % boundary
    return bytes(opening + b"Content-Type: text/plain\r\n\r\nbody\r\n" + closing)[:MAX_SIZE]


def many_headers(rng: random.Random) -> bytes:
    count = rng.choice([10_000, 50_000, 200_000])
    names = [b"Received", b"X-H", b"To", b"Cc", b"Subject", b"Content-Type", b"References"]
    chosen = [rng.choice(names) for _ in range(3)]
    lines = []
    for number in range(count):
        name = rng.choice(chosen)
        value = rng.choice(
            [b"v%d" % number, b"a@b.c", b"=?utf-8?b?44GC?=", b"<id%d@x>" % number, b"(c)"]
        )
        folded = rng.random() < 0.3
        lines.append(name + b": " + value + (b"\r\n\t" + value if folded else b""))
    raw = HEAD + b"\r\n".join(lines) + b"\r\n\r\nbody\r\n"
    return raw[:MAX_SIZE]


def long_lines(rng: random.Random) -> bytes:
    size = _size(rng)
    piece = rng.choice([b"x", b"=", b"<", b"a@", b"=?", b"\xe3\x81\x82", b"%", b"&amp;", b"\\"])
    line = (piece * (size // len(piece) + 1))[:size]
    where = rng.choice(["subject", "from", "references", "body", "html", "filename", "boundary"])
    if where == "subject":
        return HEAD + b"Subject: " + line + b"\r\n\r\nbody\r\n"
    if where == "from":
        return HEAD + b"From: " + line + b"\r\n\r\nbody\r\n"
    if where == "references":
        return HEAD + b"References: " + line + b"\r\nIn-Reply-To: <" + line + b">\r\n\r\nb\r\n"
    if where == "html":
        return HEAD + b"Content-Type: text/html\r\n\r\n<p>" + line + b"</p>\r\n"
    if where == "filename":
        return (
            HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: application/pdf; name=" + line + b"\r\n\r\nx\r\n--b--\r\n"
        )
    if where == "boundary":
        return HEAD + b'Content-Type: multipart/mixed; boundary="' + line + b'"\r\n\r\n--x\r\n'
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + line + b"\r\n"


def tiny_parts(rng: random.Random) -> bytes:
    count = rng.choice([1_000, 20_000, 100_000])
    out = bytearray(HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n')
    kinds = [
        b"Content-Type: text/plain\r\n\r\nx",
        b"Content-Type: text/html\r\n\r\n<b>x",
        b"Content-Type: application/octet-stream; name=a.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nAA==",
        b"\r\n",
        b"Content-Type: message/rfc822\r\n\r\nSubject: x\r\n\r\ny",
        b"Content-Type: image/png; name=a.png\r\nContent-ID: <a@b>\r\n\r\n",
    ]
    for _ in range(count):
        out += b"--b\r\n" + rng.choice(kinds) + b"\r\n"
        if len(out) > MAX_SIZE:
            break
    return bytes(out + b"--b--\r\n")[:MAX_SIZE]


def broken_encodings(rng: random.Random) -> bytes:
    size = _size(rng)
    kind = rng.choice(["base64", "qp"])
    content = rng.choice([b"text/plain; charset=utf-8", b"text/html; charset=shift_jis"])
    if kind == "base64":
        good = base64.b64encode(_text(rng, size * 3 // 4))
        junk = rng.choice([b"=", b"!", b"\r\n", b"==\r\n", b" ", b"\x00", b"A"])
        cuts = sorted(
            rng.sample(range(len(good)), min(len(good), rng.choice([10, 1_000, 100_000])))
        )
        body = junk.join(
            good[start:end] for start, end in zip([0, *cuts], [*cuts, len(good)], strict=True)
        )
        if rng.random() < 0.3:
            body = junk * (size // len(junk))
    else:
        pieces = [b"=\r\n", b"=ZZ", b"=E3=81", b"=", b"=3D", b"a", b" \r\n", b"=\n"]
        chosen = [rng.choice(pieces) for _ in range(3)]
        body = b"".join(rng.choice(chosen) for _ in range(size // 3))
    return (
        HEAD
        + b"Content-Type: "
        + content
        + b"\r\nContent-Transfer-Encoding: "
        + kind.encode()
        + b"\r\n\r\n"
        + body[:MAX_SIZE]
    )


def encoded_words(rng: random.Random) -> bytes:
    count = rng.choice([100, 5_000, 50_000])
    words = [
        b"=?utf-8?b?44GC44GE44GG?=",
        b"=?iso-2022-jp?b?GyRCJCIbKEI=?=",
        b"=?shift_jis?q?=82=A0?=",
        b"=?utf-8?q?broken=E3=8?=",
        b"=?x-unknown?b?!!!?=",
        b"=?utf-8?b?",
        b"=?utf-8*ja?b?44GC?=",
        b"=??=",
    ]
    chosen = [rng.choice(words) for _ in range(3)]
    separator = rng.choice([b" ", b"", b"\r\n ", b"\r\n\t"])

    def value() -> bytes:
        return separator.join(rng.choice(chosen) for _ in range(count))

    head = b"".join(
        name + b": " + value() + b"\r\n"
        for name in (b"Subject", b"From", b"To", b"Cc", b"Reply-To", b"X-Mailer", b"Comments")
    )
    return (
        b"Message-ID: <ew@x>\r\n" + head + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
        b'Content-Type: application/pdf; name="' + value()[:100_000] + b'"\r\n\r\nx\r\n--b--\r\n'
    )[:MAX_SIZE]


def _tnef_attribute(level: int, ident: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, ident, len(data)) + data + struct.pack("<H", 0)


def tnef(rng: random.Random) -> bytes:
    blob = bytearray(struct.pack("<IH", 0x223E9F78, 1))
    for _ in range(rng.choice([10, 1_000, 50_000])):
        choice = rng.random()
        if choice < 0.3:
            blob += _tnef_attribute(2, 0x9002, b"\x01\x00" * 7)  # a new attachment
        elif choice < 0.5:
            blob += _tnef_attribute(2, 0x8010, b"a" * rng.choice([1, 200]) + b"\x00")
        elif choice < 0.7:
            blob += _tnef_attribute(2, 0x800F, b"x" * rng.choice([0, 10, 1000]))
        elif choice < 0.9:
            count = rng.choice([1, 1_000, 0xFFFFFFF])  # MAPI properties, counts that lie
            props = struct.pack("<I", count)
            props += struct.pack("<HHI", 0x101F, 0x3707, rng.choice([1, 0x7FFFFFFF]))
            props += struct.pack("<I", rng.choice([4, 0x7FFFFFFF])) + b"a\x00b\x00"
            blob += _tnef_attribute(2, 0x9005, props)
        else:
            blob += struct.pack("<BII", 2, 0x800F, rng.choice([0x7FFFFFFF, 100]))  # truncated
    if rng.random() < 0.3:
        blob = blob[: rng.randrange(len(blob))]
    return (
        HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\n"
        b'Content-Type: application/ms-tnef; name="winmail.dat"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(bytes(blob)).replace(b"\n", b"\r\n")
        + b"--b--\r\n"
    )[:MAX_SIZE]


def rfc2231(rng: random.Random) -> bytes:
    count = rng.choice([100, 10_000, 100_000])
    order = rng.choice(["forward", "backward", "random", "huge"])
    indices = list(range(count))
    if order == "backward":
        indices.reverse()
    elif order == "random":
        rng.shuffle(indices)
    elif order == "huge":
        indices = [rng.randrange(10**9) for _ in range(count)]
    parts = []
    for index in indices:
        star = rng.choice([b"*", b""])
        value = rng.choice([b"%E8%AB%8B", b"utf-8''%E3%81", b'"a"', b"%", b"''", b"x"])
        parts.append(b"filename*%d%s=%s" % (index, star, value))
    params = b";\r\n ".join(parts)
    return (
        HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nhi\r\n--b\r\n"
        b"Content-Type: application/pdf;\r\n "
        + params.replace(b"filename", b"name")
        + b"\r\nContent-Disposition: attachment;\r\n "
        + params
        + b"\r\n\r\nx\r\n--b--\r\n"
    )[:MAX_SIZE]


_HTML_PIECES = [
    b"<div>",
    b"<table><tr><td>",
    b"<b><i><u>",
    b"<b><p></b></p>",  # misnested: the adoption agency
    b"<a href=x><a href=y>",
    b"<font color=red>",
    b'<font-size:11pt;">',
    b"<!--",
    b"<!-- x -- y -->",
    b"<![CDATA[",
    b"<svg><g><math><mi>",
    b"<select><option>",
    # s11: shapes the depth limit once counted wrongly (a slash ignored, nesting outside
    # select or ruby, svg/math ended by an HTML tag, an end tag stopped by a special one).
    b"<div/>",
    b"<optgroup>",
    b"<rt/>",
    b"<svg><center/>",
    b"<math>x<dt>",
    b"<optgroup><dt/></optgroup>",
    b"<em/><p>x<hr/>",
    b"<table>text",  # foster parenting
    b"<p>",
    b"<pre>",
    b"<li>",
    b'<span style="display:none">',
    b"<o:p>",
    b"&#x1F600;&amp;&#12354;",
    b'<a href="mailto:a@b">',
    b"</div>",
    b"</td></tr></table>",
    b"<script>",
    b"<style>",
    b"<template>",
    b"<noscript>",
    b'<img src="http://x/a.png">',
    b"<br>",
    b"<",
    b">",
    b"text ",
    _JA.encode(),
]


def html(rng: random.Random) -> bytes:
    size = _size(rng)
    kind = rng.choice(["repeat", "mixture", "attributes", "comments", "text"])
    if kind == "repeat":
        piece = b"".join(rng.choice(_HTML_PIECES) for _ in range(rng.randint(1, 3)))
        body = piece * (size // len(piece) + 1)
    elif kind == "mixture":
        chosen = [rng.choice(_HTML_PIECES) for _ in range(rng.randint(2, 6))]
        out = bytearray()
        while len(out) < size:
            out += rng.choice(chosen)
        body = bytes(out)
    elif kind == "attributes":
        attribute = rng.choice([b' a="b"', b' style="color:red"', b" x", b" href='", b' title="'])
        tag = rng.choice([b"<div", b"<a", b"<img", b"<td", b"<font"])
        per_tag = rng.choice([10, 10_000, 100_000])
        one = tag + attribute * per_tag + b">t"
        body = one * max(1, size // len(one))
    elif kind == "text":  # one long text node of references, bare & and odd characters
        chosen = [rng.choice(_TEXT_PIECES) for _ in range(rng.randint(1, 4))]
        out = bytearray(rng.choice([b"", b"<div>" * 600, b"<table>", b"<pre>", b"<p>"]))
        while len(out) < size:
            out += rng.choice(chosen)
        body = bytes(out)
    else:
        piece = rng.choice([b"<!-- a -->", b"<!--", b"-->", b"<!- ->", b"<!--<!--", b"<!>"])
        body = (piece + b"t") * (size // (len(piece) + 1))
    part = HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + body[:MAX_SIZE]
    if rng.random() < 0.3:  # with a plain part too, or under an alternative
        return (
            HEAD + b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
            b"Content-Type: text/plain\r\n\r\nplain\r\n--b\r\n"
            b"Content-Type: text/html\r\n\r\n" + body[:MAX_SIZE] + b"\r\n--b--\r\n"
        )
    return part


_TEXT_PIECES = [
    b"&amp;",
    b"&nbsp;",
    "\u00a0".encode(),
    b"&",
    b"&#38;",
    b"&#x26;",
    b"&zzzz;",
    b"&amp",
    b"&notin;",
    b"&lt;",
    b"&#0;",
    b"&#xFFFFFFFF;",
    b"a",
    b" ",
    b"\r\n",
    b"\t",
    b"\x00",
    "\u3000".encode(),
    "\u200b".encode(),
    b"=",
    b"http://example.com/",
]


SHAPES: dict[str, Callable[[random.Random], bytes]] = {
    "deep_mime": deep_mime,
    "many_headers": many_headers,
    "long_lines": long_lines,
    "tiny_parts": tiny_parts,
    "broken_encodings": broken_encodings,
    "encoded_words": encoded_words,
    "tnef": tnef,
    "rfc2231": rfc2231,
    "html": html,
}


def _child(raw: bytes, pipe: Connection, prepare: bool) -> None:
    started = time.process_time()
    try:
        if prepare:  # what the import does: parse, write attachments, hash, triage
            with tempfile.TemporaryDirectory() as folder:
                prepare_mail(raw, Path(folder))
        else:
            parse_message(raw).to_dict()
        error = ""
    except Exception as exception:  # the finding itself: reported, not raised
        error = f"{type(exception).__name__}: {exception}"[:300]
    pipe.send((error, time.process_time() - started))


def run_case(raw: bytes, timeout: float, prepare: bool = False) -> tuple[str, float]:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(raw, send, prepare))
    process.start()
    if receive.poll(timeout):
        result = receive.recv()
        process.join()
        return result  # type: ignore[no-any-return]
    process.kill()
    process.join()
    return ("TIMEOUT", timeout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one each run")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--floor", type=float, default=0.3, help="CPU seconds never reported")
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    parser.add_argument("--prepare", action="store_true", help="the import's whole pure half")
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.SystemRandom().randrange(10**9)
    rng = random.Random(seed)
    names = options.shape or sorted(SHAPES)
    with tempfile.TemporaryDirectory() as folder:  # lazy parts loaded once, before forking
        prepare_mail(HEAD + b"\r\n" + _JA.encode() + b"\r\n", Path(folder))
    print(f"seed {seed}, shapes {', '.join(names)}", flush=True)
    deadline = time.monotonic() + options.minutes * 60
    done = 0
    findings = 0
    worst: dict[str, tuple[float, float]] = {}
    while time.monotonic() < deadline:
        name = rng.choice(names)
        raw = SHAPES[name](rng)
        error, cpu = run_case(raw, options.timeout, options.prepare)
        done += 1
        megabytes = len(raw) / 1e6
        per_mb = cpu / max(megabytes, 1e-6)
        if per_mb > worst.get(name, (0.0, 0.0))[0] and cpu > 0.05:
            worst[name] = (per_mb, megabytes)
        if error or cpu > max(options.floor, megabytes):
            findings += 1
            print(f"  {name} #{done}: {megabytes:.2f} MB, {cpu:.2f} s CPU {error}", flush=True)
            if options.save is not None:
                options.save.mkdir(parents=True, exist_ok=True)
                (options.save / f"{name}-{seed}-{done}.eml").write_bytes(raw)
    print(f"{done} mails, {findings} findings (seed {seed})")
    for name, (per_mb, megabytes) in sorted(worst.items()):
        print(f"  worst {name}: {per_mb:.2f} s CPU per MB ({megabytes:.2f} MB)")


if __name__ == "__main__":
    main()
