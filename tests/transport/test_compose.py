"""The bytes of an outgoing reply (pure: no servers, no database)."""

from __future__ import annotations

from datetime import UTC, datetime

from madoguchi.mail.compose import ISO2022JP, UTF8, OutgoingMail, Recipient, compose, fold_for_jis
from madoguchi.mail.parse import parse_message


def mail(**changes: object) -> OutgoingMail:
    values: dict[str, object] = {
        "from_name": "サポート窓口",
        "from_address": "support@example.test",
        "to": (Recipient("山田 太郎", "taro@example.jp"),),
        "cc": (Recipient("", "hanako@example.jp"),),
        "bcc": (Recipient("", "boss@example.test"),),
        "subject": "Re: 返金について [#12]",
        "body": "山田様\n\n返金を手配いたしました。\n\n-- \n佐藤\n株式会社サンプル\n",
        "message_id": "<mg.12.abc@example.test>",
        "in_reply_to": "<q2@example.jp>",
        "references": "<q1@example.jp> <q2@example.jp>",
        "date": datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
        "charset": UTF8,
    }
    values.update(changes)
    return OutgoingMail(**values)  # type: ignore[arg-type]


def test_a_utf8_reply_reads_back_with_every_header() -> None:
    composed = compose(mail())
    parsed = parse_message(composed.data)

    assert parsed.subject == "Re: 返金について [#12]"
    assert parsed.from_ is not None and parsed.from_.name == "サポート窓口"
    assert parsed.to[0].name == "山田 太郎"
    assert parsed.message_id == "<mg.12.abc@example.test>"
    assert parsed.in_reply_to == "<q2@example.jp>"
    assert parsed.references == ("<q1@example.jp>", "<q2@example.jp>")
    assert "返金を手配いたしました。\n\n-- \n佐藤" in parsed.text
    assert composed.data.isascii()  # 7-bit safe on every hop
    assert b"\r\n" in composed.data and b"\n" not in composed.data.replace(b"\r\n", b"")


def test_bcc_is_only_in_the_envelope() -> None:
    composed = compose(mail())

    assert composed.recipients == ("taro@example.jp", "hanako@example.jp", "boss@example.test")
    assert b"boss@example.test" not in composed.data


def test_iso_2022_jp_folds_what_windows_users_type() -> None:
    composed = compose(mail(body="ｶﾞｲﾄﾞをご覧ください～", charset=ISO2022JP))

    assert composed.charset == ISO2022JP and not composed.fell_back
    assert b"\x1b$B" in composed.data  # JIS X 0208 escape
    assert "ガイドをご覧ください" in parse_message(composed.data).text


def test_iso_2022_jp_falls_back_to_utf8_and_names_what_it_could_not_carry() -> None:
    composed = compose(mail(body="①と㈱について", charset=ISO2022JP))

    assert composed.charset == UTF8 and composed.unencodable == "①㈱"
    assert "①と㈱について" in parse_message(composed.data).text


def test_fold_for_jis_maps_microsoft_code_points() -> None:
    assert fold_for_jis("～－∥ﾊﾟ") == "〜−‖パ"


def test_the_body_goes_out_as_it_is_with_crlf_only_on_the_wire() -> None:
    body = "山田様\r\n\r\n返金を手配いたしました。\n\n-- \n佐藤\n"
    composed = compose(mail(body=body))

    assert parse_message(composed.data).text == "山田様\n\n返金を手配いたしました。\n\n-- \n佐藤\n"


def test_a_line_break_hidden_in_a_header_value_never_reaches_the_header_block() -> None:
    # Decoded from =?utf-8?b?...?= in the customer's subject and From name.
    hostile = mail(
        subject="Re: 返金\r\nBcc: victim@example.org\r\n\r\nbody",
        to=(Recipient("山田\r\nX-Injected: 1", "taro@example.jp\r\nX-Evil: 2"),),
        references="<q1@example.jp>\r\nX-Ref: 3",
    )
    composed = compose(hostile)

    head = composed.data.split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0] for line in head.split(b"\r\n") if not line[:1].isspace()]
    assert names == [
        b"Content-Type",
        b"MIME-Version",
        b"Content-Transfer-Encoding",
        b"From",
        b"To",
        b"Cc",
        b"Subject",
        b"Date",
        b"Message-ID",
        b"In-Reply-To",
        b"References",
    ]
    parsed = parse_message(composed.data)
    assert parsed.subject == "Re: 返金 Bcc: victim@example.org body"
    assert composed.recipients[0] == "taro@example.jpX-Evil:2"  # one token, no new line
    assert "返金を手配いたしました" in parsed.text
