"""Merge suggestions need two conversations about the same thing, not just one customer."""

from __future__ import annotations

from madoguchi.quality.related import compare_topics

INVOICE_JA = (
    "請求書の再発行について",
    "お世話になっております。\n先月分の請求書を再発行していただけますか。\nよろしくお願いいたします。",
)
INVOICE_JA_AGAIN = ("Re: 請求書の再発行について", "請求書の宛名を変更して再発行をお願いします。")
LOGIN_JA = (
    "ログインできない",
    "お世話になっております。\n昨日からログインできません。パスワードを再設定してもエラーになります。\nよろしくお願いいたします。",
)
LOGIN_JA_AGAIN = (
    "まだログインできない",
    "ログインできない件、まだ解決していません。エラーが出ます。",
)
INVOICE_EN = (
    "Invoice for March",
    "Hi team,\nCould you resend the invoice for March? The address changed.\nThanks,\nAnna",
)
INVOICE_EN_AGAIN = (
    "Invoice address",
    "Hello,\nThe invoice still shows our old address. Please resend it.\nBest regards,\nAnna",
)
LOGIN_EN = (
    "Cannot log in",
    "Hello,\nI cannot log in since yesterday, the password reset fails.\nBest regards,\nAnna",
)


def test_it_finds_the_same_japanese_topic_and_names_the_shared_words() -> None:
    match = compare_topics(INVOICE_JA, INVOICE_JA_AGAIN)
    assert match.similar
    assert set(match.shared_terms) == {"請求書", "再発行"}
    assert compare_topics(LOGIN_JA, LOGIN_JA_AGAIN).similar


def test_it_does_not_match_two_topics_wrapped_in_the_same_greetings() -> None:
    match = compare_topics(INVOICE_JA, LOGIN_JA)
    assert not match.similar
    assert match.shared_terms == ()


def test_it_compares_english_mail_too() -> None:
    match = compare_topics(INVOICE_EN, INVOICE_EN_AGAIN)
    assert match.similar and "invoice" in match.shared_terms
    assert not compare_topics(INVOICE_EN, LOGIN_EN).similar


def test_it_says_nothing_is_alike_for_empty_or_punctuation_only_text() -> None:
    assert not compare_topics(("", ""), INVOICE_JA).similar
    assert not compare_topics(("…", "!!"), ("…", "!!")).similar
