"""The bytes of an outgoing mail against the limits strict readers and relays enforce
(pure: no servers): encoded words of at most 75 characters that each decode alone
(RFC 2047 2 and 5), lines within 998 octets (RFC 5322 2.1.1) also for a long Japanese file
name (RFC 2231 continuations), and a Japanese domain in its ASCII form."""

from __future__ import annotations

import base64
import re

import pytest

from madoguchi.mail.compose import (
    ISO2022JP,
    UTF8,
    OutgoingAttachment,
    OutgoingMail,
    Recipient,
    UnencodableAddress,
    compose,
)
from madoguchi.mail.parse import parse_message
from tests.transport.test_compose import mail as reply

LONG_SUBJECT = (
    "Re: ご注文いただいた商品の返金手続きと今後の配送スケジュールについてのお問い合わせ（至急）"
)
LONG_NAME = "株式会社サンプルホールディングス 経営企画本部 カスタマーサクセス部 第一課 山田 太郎"
# 110 characters: written whole, one RFC 2231 parameter of 1,000 octets and more.
LONG_FILENAME = "ご注文内容確認書_2026年11月分_株式会社サンプル御中_最終版_修正済み" * 3 + ".pdf"
_WORD = re.compile(rb"=\?([^?]+)\?[bB]\?([^?]*)\?=")


def mail(**changes: object) -> OutgoingMail:
    values: dict[str, object] = {
        "to": (Recipient(LONG_NAME, "taro@example.jp"),),
        "subject": LONG_SUBJECT,
        "body": "山田様\n\n返金を手配いたしました。\n",
    }
    return reply(**{**values, **changes})


@pytest.mark.parametrize("charset", [UTF8, ISO2022JP])
def test_every_encoded_word_fits_75_characters_and_decodes_on_its_own(charset: str) -> None:
    composed = compose(mail(charset=charset))
    head = composed.data.split(b"\r\n\r\n", 1)[0]

    words = _WORD.finditer(head)
    for word in words:
        assert len(word.group(0)) <= 75, word.group(0)
        # A reader that decodes word by word sees whole characters: no split multibyte
        # sequence, and an ISO-2022-JP word back in ASCII at its end.
        octets = base64.b64decode(word.group(2))
        assert "\ufffd" not in octets.decode(word.group(1).decode())
        assert octets.rfind(b"\x1b$B") <= octets.rfind(b"\x1b(B")
    assert all(len(line) <= 78 for line in head.split(b"\r\n"))
    assert re.search(rb"^Subject: =\?", head, re.MULTILINE)  # the first word on its line
    parsed = parse_message(composed.data)
    assert parsed.subject == LONG_SUBJECT
    assert parsed.to[0].name == LONG_NAME


def test_a_long_japanese_file_name_goes_in_rfc_2231_continuations_and_reads_back() -> None:
    attachment = OutgoingAttachment(LONG_FILENAME, "application/pdf", b"%PDF-1.4")
    composed = compose(mail(attachments=(attachment,)))

    assert max(len(line) for line in composed.data.split(b"\r\n")) <= 78
    assert b"filename*0*=utf-8''%E3%81%94" in composed.data
    assert b"filename*1*=" in composed.data
    [received] = parse_message(composed.data).attachments
    assert received.filename == LONG_FILENAME


def test_a_short_japanese_file_name_is_one_rfc_2231_parameter() -> None:
    attachment = OutgoingAttachment("見積書.pdf", "application/pdf", b"%PDF-1.4")
    composed = compose(mail(attachments=(attachment,)))

    assert b"filename*=utf-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8.pdf" in composed.data
    assert parse_message(composed.data).attachments[0].filename == "見積書.pdf"


def test_a_japanese_domain_goes_out_in_its_ascii_form_in_headers_and_envelope() -> None:
    composed = compose(mail(to=(Recipient("山田 太郎", "taro@例え.jp"),)))

    assert composed.recipients[0] == "taro@xn--r8jz45g.jp"
    assert parse_message(composed.data).to[0].address == "taro@xn--r8jz45g.jp"


def test_an_address_outside_ascii_before_the_at_is_refused_with_its_name() -> None:
    with pytest.raises(UnencodableAddress, match="山田@"):
        compose(mail(to=(Recipient("", "山田@example.jp"),)))
