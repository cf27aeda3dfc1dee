"""Trends name topics by what their mails share (walk 13 F16): no lone kanji of a compound,
no word every mail uses, and unrelated mails that share only such words are no topic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from madoguchi.quality.trends import TrendMail, find_topics

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
UNRELATED = [
    "ログインできません。名前を入れてもエラーで困る。データも見えません。",
    "API が 500 を返します。名前の項目のデータで困る状態です。",
    "退会したいです。名前とデータを消す方法が分からず困る。",
    "支払い方法を変えたい。名前とデータの登録で困る。",
]
GARBLED = [
    "CSV の取り込みで文字化けします。",
    "CSV を取り込むと文字化けして読めません。",
    "文字化け：CSV 取り込みの件",
    "CSV の文字化けがまた起きました。",
]


def _mails(texts: list[str]) -> list[TrendMail]:
    return [
        TrendMail(f"m{i}", NOW - timedelta(hours=i * 5), text, (f"客{i}",))
        for i, text in enumerate(texts)
    ]


def test_unrelated_mails_sharing_only_generic_words_are_no_topic() -> None:
    # Before: one topic 「ログイン / api / エラー」 of all eight (a login failure, an API 500, a
    # cancellation, a payment change), held together by 困る, 名前 and データ.
    topics = find_topics(_mails(UNRELATED * 2), now=NOW, window_days=7)
    assert [topic.label for topic in topics] == []


def test_mails_about_one_defect_group_under_its_words() -> None:
    topics = find_topics(_mails(GARBLED + UNRELATED), now=NOW, window_days=7)
    garbled = [topic for topic in topics if "文字化け" in topic.terms]
    assert garbled and {f"m{i}" for i in range(4)} <= set(garbled[0].keys)
    assert not any(word in garbled[0].terms for word in ("困る", "名前", "データ"))


def test_a_lone_kanji_of_a_compound_never_names_a_topic() -> None:
    invoices = [f"請求書 の宛名を変更したい。書 式 {i}" for i in range(5)]
    topics = find_topics(_mails(invoices), now=NOW, window_days=7)
    assert [topic.terms[0] for topic in topics] == ["請求書"]
    assert all(len(term) > 1 or term.isascii() for t in topics for term in t.terms)


def test_a_word_of_time_or_amount_never_names_a_topic() -> None:
    # Session 20's look at the demo's 傾向 page: a topic 「全部」 over a closed account, customer
    # data deleted by mistake and a cancellation. Here 全部 named an invoice topic's third
    # word before 宛名 did.
    invoices = [f"請求書の宛名を全部変えたい。今回と最近の分の{i}件" for i in range(5)]
    topics = find_topics(_mails(invoices + GARBLED), now=NOW, window_days=7)
    terms = [term for topic in topics for term in topic.terms]
    assert "請求書" in terms and "宛名" in terms
    assert not {"全部", "今回", "最近"} & set(terms)
