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
        "body": "山田様\n\n返金を手配いたしました。",
        "signature": "佐藤\n株式会社サンプル",
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


def test_the_signature_is_not_added_twice() -> None:
    body = "本文\n\n-- \n佐藤\n株式会社サンプル"
    composed = compose(mail(body=body))

    assert parse_message(composed.data).text.count("株式会社サンプル") == 1
