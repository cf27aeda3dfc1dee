"""Suggested templates and FAQ entries for an incoming mail."""

from __future__ import annotations

from madoguchi.quality.similarity import SuggestionEntry, SuggestionIndex, is_reply_ready

ENTRIES = [
    SuggestionEntry(
        "tpl-password",
        "パスワード再設定のご案内",
        "ログインできない場合は、ログイン画面の「パスワードをお忘れの方」から再設定してください。",
        "template",
    ),
    SuggestionEntry(
        "tpl-refund",
        "二重請求・返金のご案内",
        "二重に請求されている場合は、確認のうえ返金手続きをいたします。請求書番号をお知らせください。",
        "template",
    ),
    SuggestionEntry(
        "faq-invoice",
        "請求書の再発行",
        "請求書は管理画面の「請求」メニューからいつでも再発行・ダウンロードできます。",
        "faq",
    ),
    SuggestionEntry(
        "faq-hours",
        "サポートの受付時間",
        "サポートは平日10時から18時まで受け付けています。土日祝日は休業です。",
        "faq",
    ),
    SuggestionEntry(
        "en-password",
        "Resetting your password",
        "If you cannot log in, use the 'Forgot password' link on the sign-in page.",
        "template",
    ),
    SuggestionEntry(
        "en-refund",
        "Duplicate charges and refunds",
        "If you were charged twice, we will refund the duplicate payment.",
        "template",
    ),
    SuggestionEntry(
        "en-export",
        "Exporting conversations",
        "You can export all conversations as CSV from Settings > Export.",
        "faq",
    ),
]


def test_it_puts_the_password_template_first_for_a_japanese_login_problem() -> None:
    suggestions = SuggestionIndex(ENTRIES).suggest(
        "昨日からログインできません。パスワードも分かりません。"
    )
    assert suggestions[0].key == "tpl-password"


def test_it_finds_the_refund_template_for_a_double_charge() -> None:
    suggestions = SuggestionIndex(ENTRIES).suggest("今月2回請求されています。返金してください。")
    assert suggestions[0].key == "tpl-refund"


def test_it_ranks_english_entries_for_an_english_mail() -> None:
    suggestions = SuggestionIndex(ENTRIES).suggest("I was charged twice, please refund me.")
    assert suggestions[0].key == "en-refund"
    assert suggestions[0].kind == "template"


def test_it_returns_at_most_three_by_default_best_first() -> None:
    suggestions = SuggestionIndex(ENTRIES).suggest("請求書の再発行と返金をお願いします")
    assert 1 < len(suggestions) <= 3
    assert suggestions[0].key == "faq-invoice"
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_it_honours_k() -> None:
    assert len(SuggestionIndex(ENTRIES).suggest("How do I export conversations?", k=1)) == 1


def test_it_ignores_the_quoted_history_of_the_mail() -> None:
    mail = (
        "How do I export all conversations to CSV?\n\n"
        "On Mon, 3 Jun 2024, Support wrote:\n"
        "> If you cannot log in, use the Forgot password link.\n"
        "> If you cannot log in, use the Forgot password link.\n"
    )
    assert SuggestionIndex(ENTRIES).suggest(mail)[0].key == "en-export"


def test_it_suggests_nothing_from_an_empty_index_or_an_empty_mail() -> None:
    assert SuggestionIndex([]).suggest("ログインできません") == []
    assert SuggestionIndex(ENTRIES).suggest("") == []
    assert SuggestionIndex([SuggestionEntry("x", "", "", "faq")]).suggest("hello") == []


def test_it_offers_nothing_that_shares_no_content_word_with_the_mail() -> None:
    # s8 walk: an app's notifications got 「お問い合わせ受付」 and other unrelated templates,
    # matched on particles and endings (「が来ません」「なりました」).
    index = SuggestionIndex(ENTRIES)
    notification = "スマホアプリの通知が来ません。予約が入っても通知が来なくなりました。"
    assert index.suggest(notification) == []
    assert index.suggest("Push notifications stopped on my phone app.") == []
    assert index.suggest("Thank you!") == []


def test_it_names_the_words_it_matched_on() -> None:
    top = SuggestionIndex(ENTRIES).suggest("ログインできません。パスワードを忘れました。")[0]
    assert top.key == "tpl-password" and {"ログイン", "パスワード"} <= set(top.shared_words)


def test_the_product_name_in_every_entry_matches_nothing() -> None:
    entries = [
        SuggestionEntry(f"e{n}", title, f"ツナグでは{text}", "template")
        for n, (title, text) in enumerate(
            [
                ("請求書", "請求書を発行できます。"),
                ("ログイン", "ログイン画面から入れます。"),
                ("解約", "解約は月末まで受け付けます。"),
                ("予約", "予約の変更ができます。"),
            ]
        )
    ]
    assert SuggestionIndex(entries).suggest("ツナグのアプリの通知が来ません") == []


WEBSITE_FAQ = SuggestionEntry(
    "faq-double-web",
    "二重に請求された",
    "決済のリトライで二重に売上が計上されることがあります。サポート窓口にご連絡いただければ、"
    "確認のうえ重複分を返金いたします。",
    "faq",
)
REPLY_READY_TEMPLATE = SuggestionEntry(
    "tpl-double",
    "二重請求のお詫び",
    "二重に請求が計上されておりました。重複分は本日返金の手続きをいたしました。",
    "template",
)


def test_text_for_the_website_ranks_below_a_reply_and_says_so() -> None:
    mail = "今月の利用料が二重に請求されています。返金してください。"
    found = SuggestionIndex([WEBSITE_FAQ, REPLY_READY_TEMPLATE]).suggest(mail)
    assert [s.key for s in found] == ["tpl-double", "faq-double-web"]
    assert found[0].reply_ready and not found[1].reply_ready
    alone = SuggestionIndex([WEBSITE_FAQ]).suggest(mail)
    assert [s.reply_ready for s in alone] == [False]  # still offered, flagged


def test_it_knows_text_that_sends_the_customer_to_support() -> None:
    for website in (
        "サポート窓口にご連絡いただければ、確認のうえ返金いたします。",
        "詳しくはカスタマーセンターまでお問い合わせください。",
        "If this happens, contact our support team.",
        "Please contact us and we will fix it.",
    ):
        assert not is_reply_ready(website), website
    for reply in (
        "重複分は本日返金いたしました。",
        "ご連絡ありがとうございます。確認いたします。",
        "Thanks for contacting support. We refunded the charge today.",
    ):
        assert is_reply_ready(reply), reply
