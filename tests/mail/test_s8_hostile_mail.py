"""Hostile mail through the parser: a few fixed cases of the session 8 audit's generator
(tests/mail/mutations.py); bench/fuzz_parse.py runs thousands with a fixed seed."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest

from madoguchi.actions.prepare import prepare_mail
from madoguchi.mail.parse import parse_message, parse_message_id
from tests.mail.mutations import HOSTILE_NAMES, MUTATIONS, attachment_named, fixed_cases

CPU_LIMIT = 5.0  # seconds for one hostile mail on a loaded CI machine (the aim is 1 s)
GOOD = (
    b"Message-ID: <a@example.jp>\r\nFrom: =?iso-2022-jp?b?GyRCO3NFRBsoQg==?= <taro@example.jp>\r\n"
    b"Subject: =?utf-8?b?6L+U6YeR?=\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
    b"Content-Type: text/plain; charset=shift_jis\r\n\r\n\x95\xd4\x8b\xe0\r\n--b\r\n"
    b'Content-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    + b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5eg==\r\n--b--\r\n"
)


@pytest.mark.parametrize(
    ("name", "raw"), [pytest.param(name, raw, id=name) for name, raw in fixed_cases()]
)
def test_it_parses_every_constructed_hostile_mail_quickly(name: str, raw: bytes) -> None:
    started = time.process_time()
    parsed = parse_message(raw)
    assert time.process_time() - started < CPU_LIMIT, name
    assert parsed.message_id  # a mail always comes out, with an id to store it under


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_it_survives_each_mutation_of_a_japanese_mail(mutation: str) -> None:
    rng = random.Random(8)
    for _ in range(30):
        parse_message(MUTATIONS[mutation](rng, GOOD))


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_an_attachment_name_never_reaches_the_disk(name: str, tmp_path: Path) -> None:
    root = tmp_path / "attachments"
    prepared = prepare_mail(attachment_named(name), root)
    assert len(prepared.parsed.attachments) == 2
    for item in prepared.parsed.attachments:
        assert "/" not in item.filename and "\\" not in item.filename
        assert "\x00" not in item.filename  # PostgreSQL refuses NUL in text
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert written and all(path.resolve().is_relative_to(root.resolve()) for path in written)
    assert {path.name for path in written} == set(prepared.attachment_hashes)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [text for item in value for text in _strings(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [
            text for name in value.__dataclass_fields__ for text in _strings(getattr(value, name))
        ]
    return []


def test_a_stray_byte_in_a_header_leaves_no_lone_surrogate() -> None:
    # Found by bench/fuzz_parse.py: `parse --jsonl` printed invalid UTF-8, and neither
    # SQLite nor PostgreSQL stores such a string.
    raw = GOOD.replace(b"<a@example.jp>", b"<a\xdab@example.jp>").replace(
        b"Content-Type: application/pdf", b"Content-Type: application/p\xbedf"
    )
    parsed = parse_message(raw)
    assert all(not re.search("[\ud800-\udfff]", text) for text in _strings(parsed))
    assert parsed.message_id == parse_message_id(raw)  # the fetcher's hash agrees
    "".join(_strings(parsed)).encode("utf-8")  # storable and printable
