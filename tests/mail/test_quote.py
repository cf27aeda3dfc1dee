"""Splitting a mail into new text, quoted history and signature (madoguchi.mail.quote)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from madoguchi.mail import quote
from madoguchi.mail.quote import split_quoted


def test_it_keeps_a_mail_without_history_whole() -> None:
    split = split_quoted("ログインできません。\n至急確認してください。")
    assert split.body == "ログインできません。\n至急確認してください。"
    assert split.quoted == ""
    assert split.signature == ""


def test_it_moves_gmail_attribution_and_quotes_to_history() -> None:
    text = (
        "Still broken.\n\n"
        "On Mon, 3 Jun 2024 at 10:12, Madoguchi Support <support@example.com> wrote:\n"
        "> This is urgent: please reset your password.\n"
        "> Regards"
    )
    split = split_quoted(text)
    assert split.body == "Still broken."
    assert "urgent" in split.quoted
    assert "urgent" not in split.body


def test_it_recognises_the_japanese_attribution_line() -> None:
    text = (
        "まだ直っていません。\n\n"
        "2024年6月3日(月) 10:12 サポート <support@example.jp>さんは書きました:\n"
        "> 至急ご確認ください。\n"
    )
    split = split_quoted(text)
    assert split.body == "まだ直っていません。"
    assert "至急" in split.quoted


def test_it_cuts_at_outlook_original_message() -> None:
    text = "承知しました。\n\n-----Original Message-----\nFrom: support\n解約の件"
    assert split_quoted(text).body == "承知しました。"


def test_it_cuts_at_the_japanese_original_message_marker() -> None:
    text = "ありがとうございます。\n\n-----元のメッセージ-----\n差出人: サポート\n件名: 返金"
    split = split_quoted(text)
    assert split.body == "ありがとうございます。"
    assert "返金" in split.quoted


def test_it_cuts_at_an_outlook_header_block_without_marker() -> None:
    text = (
        "Thanks, that fixed it.\n\n"
        "From: Support <support@example.com>\n"
        "Sent: Monday, June 3, 2024 10:12 AM\n"
        "To: Jane\n"
        "Subject: RE: Cannot log in\n\n"
        "We are urgently looking into the outage."
    )
    split = split_quoted(text)
    assert split.body == "Thanks, that fixed it."
    assert "outage" in split.quoted


def test_it_cuts_at_a_japanese_outlook_header_block() -> None:
    text = (
        "了解です。\n\n差出人: サポート窓口\n送信日時: 2024年6月3日 10:12\n件名: 障害のお知らせ\n"
    )
    assert split_quoted(text).body == "了解です。"


def test_it_takes_the_rfc3676_signature_delimiter() -> None:
    split = split_quoted("Please refund the double charge.\n\n-- \nJane Doe\nACME Ltd")
    assert split.body == "Please refund the double charge."
    assert split.signature.endswith("ACME Ltd")


def test_it_takes_a_ruled_japanese_company_signature() -> None:
    text = (
        "請求書の再発行をお願いします。\n\n"
        "━━━━━━━━━━━━━━\n"
        "株式会社サンプル 総務部\n"
        "山田 太郎\n"
        "TEL: 03-1234-5678\n"
        "━━━━━━━━━━━━━━"
    )
    split = split_quoted(text)
    assert split.body == "請求書の再発行をお願いします。"
    assert "03-1234-5678" in split.signature


def test_it_keeps_a_rule_line_that_divides_content() -> None:
    text = "手順1を試しました。\n＝＝＝＝＝＝\n手順2でエラーになります。"
    assert "手順2" in split_quoted(text).body


def test_it_keeps_inline_answers_between_quotes() -> None:
    text = "> Which browser?\nChrome 125.\n> Which plan?\nBusiness."
    split = split_quoted(text)
    assert split.body == "Chrome 125.\nBusiness."
    assert "Which browser?" in split.quoted


def test_it_treats_a_trailing_quote_run_under_a_top_post_as_history() -> None:
    text = "Refund please.\n\n> Your order has shipped.\n> Thanks"
    split = split_quoted(text)
    assert split.body == "Refund please."
    assert "shipped" in split.quoted


def test_it_handles_crlf_line_endings() -> None:
    text = "Help\r\n\r\nOn Tue, Jun 4, 2024, Bob wrote:\r\n> old\r\n"
    assert split_quoted(text).body == "Help"


@given(st.text(max_size=400))
def test_it_never_raises_and_loses_no_letters(text: str) -> None:
    split = split_quoted(text)
    joined = split.body + split.quoted + split.signature
    letters = sorted(ch for ch in text if not ch.isspace())
    assert sorted(ch for ch in joined if not ch.isspace()) == letters


_LINES = [
    "ログインできません。",
    "",
    "> 以前の回答",
    "＞ 引用",
    "On Mon, 3 Jun 2024 at 10:12, Support <s@example.com> wrote:",
    "2024年6月3日(月) 10:12 山田 <y@example.jp>:",
    "山田さんは書きました",
    "-----Original Message-----",
    "-----元のメッセージ-----",
    "From: Support",
    "差出人: サポート",
    "Sent: Monday",
    "件名: Re: 注文",
    "____________",
    "Begin forwarded message:",
    "時刻 10:20 です",
    "-- ",
    "a -- b __ c",
]


def _marked_line_by_line(lines: list[str]) -> int | None:
    """The plain reading _marked_history must agree with: every pattern on every line."""
    for index, line in enumerate(lines):
        if quote._FORWARD_SEPARATOR.match(line):
            return index
        if quote._HEADER_FROM.match(line) and quote._followed_by_header(lines, index):
            return index
        if quote._ATTRIBUTION.match(line) and quote._quote_follows(lines, index):
            return index
    return None


@given(st.lists(st.sampled_from(_LINES) | st.text(max_size=30), max_size=25))
def test_trying_only_candidate_lines_finds_the_same_history_start(lines: list[str]) -> None:
    lines = [line.replace("\n", " ") for line in lines]
    assert quote._marked_history(lines, "\n".join(lines)) == _marked_line_by_line(lines)


def test_the_words_written_under_a_forwarded_mail_are_the_senders() -> None:
    # A customer forwards their own earlier mail and writes under it (fresh-eval48 t-ja-102,
    # whose triage read only the greeting above the forward).
    text = (
        "サポートご担当者様\n\n"
        "---------- 転送メッセージ ----------\n"
        "From: 山本\nDate: 3月2日\n件名: 年会費の返金\n\n"
        "退会したので年会費の返金をお願いします。\n"
        "------------------------------------\n\n"
        "上記のメールを送ってから一か月たちますが、まだ返金されていません。\n"
        "いつ返金されるのか教えてください。\n\n山本"
    )
    split = split_quoted(text)
    assert "一か月たちますが" in split.body
    assert "サポートご担当者様" in split.body
    assert "年会費の返金をお願いします" in split.quoted
    assert "一か月" not in split.quoted


def test_a_forwarded_mails_own_signature_under_a_rule_stays_in_the_history() -> None:
    text = (
        "ご確認ください。\n\n"
        "---------- Forwarded message ---------\n"
        "From: 佐藤 <sato@example.jp>\nDate: 2024/05/01\n\n"
        "見積書を添付します。\n"
        "------------------------------\n"
        "株式会社サトウ 営業部\nTEL 03-1234-5678\n"
    )
    split = split_quoted(text)
    assert split.body == "ご確認ください。"
    assert "TEL 03-1234-5678" in split.quoted


def test_the_words_under_a_forward_are_told_apart_from_those_above_it() -> None:
    # The page folds the forwarded mail in its place: greeting, the forward, then the
    # words that refer to it as 「上記のメール」.
    text = (
        "ご担当者様\n\n"
        "---------- 転送メッセージ ----------\n"
        "From: 北村\n件名: 部品の再送\n\n"
        "届いた部品が一つ足りません。\n"
        "----------------------------------\n\n"
        "上記のメールに二週間お返事がありません。至急ご連絡ください。\n"
    )
    split = split_quoted(text)
    assert split.above == "ご担当者様"
    assert split.below == "上記のメールに二週間お返事がありません。至急ご連絡ください。"
    assert split.body.startswith(split.above) and split.body.endswith(split.below)
    plain = split_quoted("お世話になります。\n\n> 以前のメール\n")
    assert plain.below == "" and plain.above == plain.body == "お世話になります。"
