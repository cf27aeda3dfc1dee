"""The one owner of the outgoing body: signature once, the right one, quote, line endings."""

from __future__ import annotations

from datetime import datetime

from madoguchi.mail.body import QuotedOriginal, Signatures, outgoing_body, signs_off

JA_SIGNATURE = "株式会社サンプル サポート窓口\n佐藤 花子"
EN_SIGNATURE = "Sample Inc. Support\nHanako Sato"


def test_it_adds_the_signature_once_below_the_separator() -> None:
    body = outgoing_body("山田様\n\n返金を手配いたしました。", JA_SIGNATURE, "ja")

    assert body == "山田様\n\n返金を手配いたしました。\n\n-- \n" + JA_SIGNATURE + "\n"


def test_a_browser_crlf_draft_that_already_carries_the_signature_gets_no_second_one() -> None:
    draft = "山田様\r\n\r\n承知しました。\r\n\r\n株式会社サンプル サポート窓口\r\n佐藤 花子\r\n"

    body = outgoing_body(draft, JA_SIGNATURE, "ja")

    assert body.count("株式会社サンプル") == 1
    assert "\r" not in body


def test_a_template_that_signs_off_with_the_signatures_first_line_gets_the_rest_of_it() -> None:
    draft = "山田様\n\nご連絡ありがとうございます。\n\n株式会社サンプル サポート窓口"
    body = outgoing_body(draft, JA_SIGNATURE, "ja")
    assert body == draft + "\n佐藤 花子\n"


def test_a_sign_off_with_the_agents_name_gets_the_company_and_address_below_it() -> None:
    """Walk 24 H6: the English template ends "Best regards,\n{agent_name}"; the reply left
    with the name only, no company, no address."""
    signature = "Emi Kobayashi\nCustomer Support, Example Inc.\nsupport@example.com"
    draft = "Hi Tom,\n\nWe are looking into it.\n\nBest regards,\nEmi Kobayashi"
    body = outgoing_body(draft, signature, "en")
    assert body == (
        "Hi Tom,\n\nWe are looking into it.\n\nBest regards,\nEmi Kobayashi\n"
        "Customer Support, Example Inc.\nsupport@example.com\n"
    )
    assert not signs_off(draft, signature)
    # A whole signature typed by hand is still not added a second time.
    typed = draft + "\nCustomer Support, Example Inc."
    assert signs_off(typed, signature)
    assert outgoing_body(typed, signature, "en").count("Example Inc.") == 1


def test_a_pasted_separator_means_the_agent_signed_it_themselves() -> None:
    draft = "Thanks!\n\n-- \nHanako (mobile)"
    assert outgoing_body(draft, EN_SIGNATURE, "en") == draft + "\n"


def test_english_replies_never_get_the_japanese_signature() -> None:
    signatures = Signatures(mailbox_ja=JA_SIGNATURE, mailbox_en=EN_SIGNATURE)
    assert signatures.for_language("en") == EN_SIGNATURE
    assert signatures.for_language("ja") == JA_SIGNATURE
    assert Signatures(mailbox_ja=JA_SIGNATURE).for_language("en") == ""
    assert Signatures(mailbox_ja="Sample Inc.").for_language("en") == "Sample Inc."


def test_the_agents_own_signature_overrides_the_mailboxs() -> None:
    signatures = Signatures(agent_ja="佐藤（直通 03-0000-0000）", mailbox_ja=JA_SIGNATURE)
    assert signatures.for_language("ja") == "佐藤（直通 03-0000-0000）"


def test_the_quote_comes_below_the_signature_in_japanese_style() -> None:
    question = "返金はいつですか？\n\nよろしく"
    quoted = QuotedOriginal("山田 太郎", "taro@example.jp", datetime(2026, 11, 25, 9, 30), question)

    body = outgoing_body("明日返金いたします。", JA_SIGNATURE, "ja", quoted)

    assert body.endswith(
        "佐藤 花子\n\n2026年11月25日(水) 09:30 山田 太郎 様 <taro@example.jp>:\n"
        "> 返金はいつですか？\n>\n> よろしく\n"
    )


def test_an_english_quote_header_reads_as_english() -> None:
    quoted = QuotedOriginal("Sara Lee", "sara@example.com", datetime(2026, 11, 25, 9, 30), "Hi")
    body = outgoing_body("Hello Sara", EN_SIGNATURE, "en", quoted)
    assert "On 2026-11-25 09:30, Sara Lee <sara@example.com> wrote:\n> Hi\n" in body


def test_a_japanese_reply_quoted_back_is_read_as_history() -> None:
    from madoguchi.mail.quote import split_quoted

    at = datetime(2026, 11, 25, 9, 30)
    quoted = QuotedOriginal("山田 太郎", "taro@example.jp", at, "返金は？")
    ours = outgoing_body("明日返金いたします。", JA_SIGNATURE, "ja", quoted)
    assert "wrote" not in ours
    # Our own stored reply splits into what the agent wrote and the history below it: the
    # attribution line goes with the history, not into the agent's words.
    split = split_quoted(ours)
    assert "明日返金いたします。" in split.body and "山田 太郎 様" not in split.body


def test_only_a_separator_line_starts_the_signature() -> None:
    from madoguchi.mail.body import above_signature

    text = "返金は 5/10 -- 5/12 の間に行います。\r\n\r\n-- \r\n佐藤"
    assert above_signature(text) == "返金は 5/10 -- 5/12 の間に行います。\n"
    assert above_signature("署名なし") == "署名なし"


def test_a_signature_typed_with_its_own_separator_gets_one_separator() -> None:
    typed_ones = ("-- \n" + JA_SIGNATURE, "--\r\n" + JA_SIGNATURE + "\r\n", "\n--\n" + JA_SIGNATURE)
    for typed in typed_ones:
        body = outgoing_body("山田様\n\n承知しました。", typed, "ja")

        assert body == "山田様\n\n承知しました。\n\n-- \n" + JA_SIGNATURE + "\n"


def test_a_pasted_signature_that_carries_its_separator_is_not_added_again() -> None:
    draft = "山田様\n\n承知しました。\n\n-- \n" + JA_SIGNATURE

    assert outgoing_body(draft, "-- \n" + JA_SIGNATURE, "ja") == draft + "\n"


def test_a_closing_phrase_atop_the_signature_is_not_taken_for_the_signature() -> None:
    # The agent typed the closing the signature starts with: the company and telephone
    # number still go, and the closing is not written twice.
    signature = "今後ともよろしくお願いいたします。\n株式会社サンプル 佐藤\nTEL 03-0000-0000"
    draft = "山田様\n\n承知しました。\n\n今後ともよろしくお願いいたします。"

    assert outgoing_body(draft, signature, "ja") == (
        draft + "\n\n-- \n株式会社サンプル 佐藤\nTEL 03-0000-0000\n"
    )


def test_a_ruled_line_atop_the_signature_is_not_taken_for_the_signature() -> None:
    signature = "━━━━━━━━━━\n株式会社サンプル 佐藤\n━━━━━━━━━━"
    draft = "山田様\n\n承知しました。\n\n━━━━━━━━━━\n追伸：資料は明日お送りします。"

    body = outgoing_body(draft, signature, "ja")

    assert body == draft + "\n\n-- \n" + signature + "\n"
    assert body.count("株式会社サンプル 佐藤") == 1
