from __future__ import annotations

import json

from madoguchi.mail.parse import has_header_block, parse_message

RAW = (
    "From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <taro@example.jp>\r\nTo: support@example.com\r\n"
    "Subject: =?UTF-8?B?6L+U6YeR44Gr44Gk44GE44Gm?=\r\nMessage-ID: <x1@example.jp>\r\n"
    "In-Reply-To: <x0@example.jp>\r\nReferences: <a@example.jp>\r\n <x0@example.jp>\r\n"
    "Date: Mon, 23 Nov 2026 09:00:00 +0900\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "先日の注文の返金について教えてください。\r\n"
).encode()


def test_it_returns_the_contract_object() -> None:
    assert parse_message(RAW).to_dict() == {
        "message_id": "<x1@example.jp>",
        "in_reply_to": "<x0@example.jp>",
        "references": ["<a@example.jp>", "<x0@example.jp>"],
        "from": {"name": "山田 太郎", "address": "taro@example.jp"},
        "to": [{"name": "", "address": "support@example.com"}],
        "cc": [],
        "subject": "返金について",
        "date": "2026-11-23T09:00:00+09:00",
        "text": "先日の注文の返金について教えてください。\n",
        "html": None,
        "attachments": [],
        "defects": [],
    }


def test_it_gives_a_usable_result_for_random_bytes() -> None:
    message = parse_message(bytes(range(256)) * 8)
    json.dumps(message.to_dict())
    assert message.from_ is None and message.to_dict()["from"] is None


def test_it_reports_an_unparseable_date_instead_of_guessing() -> None:
    message = parse_message(b"From: a@example.com\r\nDate: someday soon\r\n\r\nhi\r\n")
    assert message.date is None
    assert any("Date" in defect for defect in message.defects)


def test_it_tells_a_raw_mail_from_plain_text() -> None:
    assert has_header_block(RAW)
    assert has_header_block(b"From someone Mon Jan 1 00:00:00 2026\nSubject: x\n\nbody")
    assert not has_header_block("ログインできません！\n至急対応してください。".encode())
    assert not has_header_block(b"Note: the meeting moved.\nSee you there.\n")


def test_it_rejoins_header_lines_that_lost_their_folding() -> None:
    raw = b"X-Tracker: abc\r\ndef\r\nSubject: kept\r\nFrom: a@example.com\r\n\r\nbody\r\n"
    message = parse_message(raw)
    assert message.subject == "kept"
    assert message.text == "body\n"
