"""Message identity: the cheap header-only Message-ID agrees with the full parse."""

from __future__ import annotations

from pathlib import Path

from test_corpus import message_files

from madoguchi.mail.ids import content_hash
from madoguchi.mail.parse import parse_message, parse_message_id


def test_the_header_only_message_id_is_the_parsed_one_for_every_corpus_file(
    shared_dir: Path,
) -> None:
    # The fetcher hashes with parse_message_id, the importer with the full parse: if they
    # disagreed, one mail fetched and imported would be stored twice.
    differing = [
        path.name
        for path in message_files(shared_dir / "corpus")
        if parse_message_id(raw := path.read_bytes()) != parse_message(raw).message_id
    ]
    assert differing == []


def test_trace_headers_and_line_endings_do_not_change_the_hash() -> None:
    raw = b"Message-ID: <a@b>\nSubject: x\n\nbody\n"
    routed = b"Received: from mx by mx; Mon, 1 Jan 2026 00:00:00 +0000\r\n" + raw.replace(
        b"\n", b"\r\n"
    )
    assert content_hash(raw, "<a@b>") == content_hash(routed, "<a@b>")
    assert content_hash(raw, "<a@b>") != content_hash(raw.replace(b"body", b"other"), "<a@b>")
