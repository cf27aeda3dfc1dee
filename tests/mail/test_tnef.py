"""winmail.dat: the files inside are listed as the message's attachments."""

from __future__ import annotations

import base64
import struct

from madoguchi.mail.parse import parse_message
from madoguchi.mail.tnef import SIGNATURE, extract_files


def _attribute(level: int, attribute: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BII", level, attribute, len(data)) + data + struct.pack("<H", checksum)


def _tnef(files: list[tuple[str, bytes]]) -> bytes:
    blob = struct.pack("<IH", SIGNATURE, 0x1234)
    blob += _attribute(1, 0x00089006, b"\x01\x00\x01\x00")  # attTnefVersion (message level)
    for name, data in files:
        blob += _attribute(2, 0x00069002, b"\x01\x00" + b"\x00" * 12)  # attAttachRendData
        blob += _attribute(2, 0x00018010, name.encode("cp1252") + b"\x00")  # attAttachTitle
        blob += _attribute(2, 0x0006800F, data)  # attAttachData
    return blob


def test_it_lists_the_files_inside_a_tnef_blob() -> None:
    files = extract_files(_tnef([("report.pdf", b"%PDF"), ("notes.txt", b"hello")]))
    assert [(file.filename, file.payload) for file in files] == [
        ("report.pdf", b"%PDF"),
        ("notes.txt", b"hello"),
    ]


def test_it_shows_winmail_dat_contents_as_attachments() -> None:
    blob = base64.encodebytes(_tnef([("quote.pdf", b"%PDF")]))
    raw = (
        b"From: a@example.com\r\nTo: b@example.com\r\nSubject: tnef\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\n"
        b'Content-Type: application/ms-tnef; name="winmail.dat"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + blob + b"--b--\r\n"
    )
    message = parse_message(raw)
    assert [(a.filename, a.payload) for a in message.attachments] == [("quote.pdf", b"%PDF")]


def test_it_survives_a_truncated_blob() -> None:
    blob = _tnef([("a.txt", b"x" * 100)])
    assert extract_files(blob[:-40]) == () or extract_files(blob[:-40])[0].filename == "a.txt"
    assert extract_files(b"not tnef") == ()
