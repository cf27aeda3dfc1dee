"""A NUL or 8-bit byte in a charset name costs that part its label, not the whole mail (issue 16).

Before, the codec lookup raised on such a name and the whole mail fell back to raw text with
no sender, subject or attachments.
"""

from __future__ import annotations

import pytest

from madoguchi.mail.parse import parse_message


def _mail(charset: bytes, subject: bytes = b"hello") -> bytes:
    return (
        b"From: Taro <taro@example.jp>\r\nSubject: " + subject + b"\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b'Content-Type: text/plain; charset="' + charset + b'"\r\n\r\n'
        b"\xe8\xbf\x94\xe9\x87\x91\r\n--b\r\n"
        b"Content-Type: application/pdf; name=estimate.pdf\r\n\r\n%PDF\r\n--b--\r\n"
    )


@pytest.mark.parametrize("charset", [b"utf\x00-8", b"\x00", b"utf-8\xff", b"\x82\xa0"])
def test_it_keeps_the_mail_when_a_part_names_a_junk_charset(charset: bytes) -> None:
    parsed = parse_message(_mail(charset))
    assert parsed.from_ is not None and parsed.from_.address == "taro@example.jp"
    assert parsed.subject == "hello"
    assert [attachment.filename for attachment in parsed.attachments] == ["estimate.pdf"]
    assert parsed.text.strip() == "返金"
    if b"\x00" in charset:  # Python's codec registry drops the 8-bit byte and finds utf-8
        assert any("unknown charset" in defect for defect in parsed.defects)


@pytest.mark.parametrize("charset", [b"utf\x00-8", b"utf-8\xff"])
def test_it_keeps_the_mail_when_an_encoded_word_names_a_junk_charset(charset: bytes) -> None:
    parsed = parse_message(_mail(b"utf-8", b"=?" + charset + b"?B?6L+U6YeR?= ok"))
    assert parsed.from_ is not None and parsed.from_.name == "Taro"
    assert parsed.subject.endswith("ok")
    assert [attachment.filename for attachment in parsed.attachments] == ["estimate.pdf"]
