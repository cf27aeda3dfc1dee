"""Suggested templates and FAQ entries for an incoming mail."""

from __future__ import annotations

from madoguchi.quality.similarity import SuggestionEntry, SuggestionIndex

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


def test_it_returns_three_by_default_best_first() -> None:
    suggestions = SuggestionIndex(ENTRIES).suggest("請求書を再発行してほしいです")
    assert len(suggestions) == 3
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
