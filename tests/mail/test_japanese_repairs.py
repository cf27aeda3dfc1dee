"""Each hand-made fixture in tests/fixtures/mail is named after the defect it triggers."""

from __future__ import annotations

from pathlib import Path

from madoguchi.mail.parse import ParsedMessage, parse_message

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


def parse_fixture(name: str) -> ParsedMessage:
    return parse_message((FIXTURES / name).read_bytes())


def test_it_reads_shift_jis_bytes_labelled_iso_2022_jp_and_says_so() -> None:
    message = parse_fixture("iso2022jp_labelled_but_shift_jis.eml")
    assert message.subject == "ツール"
    assert message.from_ is not None and message.from_.name == "山田"
    assert message.text == "お世話になっております。ツールが動きません。\n"
    assert "text/plain: labelled ISO-2022-JP but is Shift_JIS" in message.defects


def test_it_keeps_nec_specials_wave_dash_and_half_width_kana_in_iso_2022_jp() -> None:
    message = parse_fixture("iso2022jp_nec_extensions_and_halfwidth_kana.eml")
    assert message.subject == "テスト①"
    # Windows clients show JIS 0x2141 as U+FF5E (～), as CP932 maps it.
    assert "㈱山田商事です。納期は３日～５日、№12 の件。" in message.text
    assert "ｱｲ" in message.text
    assert message.defects == ()


def test_it_joins_encoded_words_split_inside_a_character() -> None:
    message = parse_fixture("encoded_word_split_mid_character.eml")
    assert message.subject == "日本語の件名テスト"
    assert ("X-Jis-Subject", "返金について") in message.headers


def test_it_joins_rfc_2231_continuations_of_a_japanese_filename() -> None:
    message = parse_fixture("rfc2231_continuation_filename.eml")
    [attachment] = message.attachments
    assert (attachment.filename, attachment.content_type) == ("見積書.pdf", "application/pdf")
    assert attachment.payload == b"%PDF-1.4 test"


def test_it_reads_raw_shift_jis_headers_in_the_declared_body_charset() -> None:
    message = parse_fixture("raw_8bit_shift_jis_headers.eml")
    assert message.subject == "請求書の件"
    assert message.from_ is not None and message.from_.name == "鈴木 一郎"
    assert any("raw 8-bit bytes in a header" in defect for defect in message.defects)


def test_it_guesses_undeclared_shift_jis_text() -> None:
    message = parse_fixture("undeclared_8bit_shift_jis_body.eml")
    assert message.text.startswith("文字コードの指定がないメールです。")
    assert "text/plain: undeclared 8-bit text read as Shift_JIS" in message.defects


def test_it_gives_euc_jp_the_same_wave_dash_and_minus_as_shift_jis() -> None:
    message = parse_fixture("euc_jp_body.eml")
    assert message.text == "ＥＵＣ－ＪＰの本文です。～\n"


def test_it_turns_html_only_mail_into_readable_text_and_sanitises_the_html() -> None:
    message = parse_fixture("html_only_iso2022jp.eml")
    assert message.text.startswith("いつもお世話になっております。\n\n- 項目一\n- 項目二")
    assert "FAQ <https://example.com/faq>" in message.text
    assert message.html is not None
    assert "<script" not in message.html and "onerror" not in message.html
    assert "color:red" not in message.text


def test_it_lists_a_forwarded_message_under_its_subject_with_its_exact_bytes() -> None:
    message = parse_fixture("forwarded_message_rfc822.eml")
    assert message.text == "転送します。"
    [forward] = message.attachments
    assert forward.filename == "元の質問.eml"
    assert forward.payload.startswith(b"From: customer@example.jp\r\n")
    assert parse_message(forward.payload).text == "元のメール本文\n"


def test_it_extracts_a_uuencoded_file_from_the_text() -> None:
    message = parse_fixture("uuencoded_attachment_in_text.eml")
    [attachment] = message.attachments
    assert (attachment.filename, attachment.payload) == ("report.csv", b"a,b,c\n1,2,3\n")
    assert "begin 644 report.csv" in message.text
    assert "M" not in message.text.splitlines()[-1]


def test_it_decodes_encoded_words_in_quoted_names_and_marks_auto_replies() -> None:
    message = parse_fixture("encoded_word_in_quoted_display_name.eml")
    assert message.from_ is not None and message.from_.name == "事務局"
    assert [address.name for address in message.to] == ["サポート", ""]
    assert message.subject == "事務局"  # base64 with excess padding
    assert message.auto_submitted
    assert message.list_id == "notices.example.org"
