"""Trends cluster and name topics by content words (s8 walk: clusters formed by language
first, unrelated Japanese mail shared a topic, and topics were named by a customer's name
or the first words of a mail)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from madoguchi.quality.trends import TrendMail, find_topics

NOW = datetime(2024, 6, 30, 12, 0, tzinfo=UTC)

# Four topics, two languages; the Japanese ones share every particle and ending.
PLANTED: dict[str, list[tuple[str, str]]] = {
    "invoice_ja": [
        ("田中 一郎", "田中です。先月分の請求書を再発行していただけますか。"),
        ("佐藤 花子", "佐藤です。請求書の宛名を変更して再発行をお願いできますか。"),
        ("鈴木 次郎", "鈴木です。請求書が届いていないので再発行していただけますか。"),
        ("高橋 美香", "高橋です。請求書の再発行はどこからできますか。"),
    ],
    "delivery_ja": [
        ("田中 一郎", "田中です。お世話になっております。注文した商品がまだ届いていません。"),
        ("佐藤 花子", "佐藤です。商品の配送状況を教えていただけますか。注文から一週間です。"),
        ("鈴木 次郎", "鈴木です。注文した商品が届かないのですが、配送はどうなっていますか。"),
        ("高橋 美香", "高橋です。商品がまだ届きません。配送業者を教えてください。"),
    ],
    "password_en": [
        ("Grace Hopper", "Hi, I forgot my password and the reset email never arrives. Grace"),
        ("Alan Turing", "Hello, the password reset link has expired, can you send a new one? Alan"),
        ("Grace Hopper", "Hi, password reset email still not arriving. Grace"),
        ("Ada Lovelace", "Hi team, how do I reset my password? The reset email is missing. Ada"),
    ],
    "refund_en": [
        ("Alan Turing", "Hello, I was charged twice this month, please refund the duplicate. Alan"),
        ("Ada Lovelace", "Hi, my card shows a duplicate charge. Can you refund it? Ada"),
        ("Grace Hopper", "Hi, you charged my card twice. Refund please. Grace"),
        ("Alan Turing", "Hello, refund for the double charge on my card? Alan"),
    ],
}


def _mails() -> tuple[list[TrendMail], dict[str, str]]:
    mails, topic_of = [], {}
    for topic, texts in PLANTED.items():
        for number, (name, text) in enumerate(texts):
            key = f"{topic}-{number}"
            at = NOW - timedelta(hours=len(mails) + 1)
            mails.append(TrendMail(key, at, text, names=(name,)))
            topic_of[key] = topic
    return mails, topic_of


def test_it_groups_by_content_not_by_language() -> None:
    mails, topic_of = _mails()
    topics = find_topics(mails, now=NOW, window_days=7)
    assert topics
    for topic in topics:
        planted = {topic_of[key] for key in topic.keys}
        assert len(planted) == 1, f"{topic.label} mixes {planted}"
    found = {topic_of[topic.keys[0]] for topic in topics}
    assert {"invoice_ja", "delivery_ja"} <= found


def test_it_names_topics_by_content_words_never_by_names_or_greetings() -> None:
    mails, _ = _mails()
    topics = find_topics(mails, now=NOW, window_days=7)
    names = {"田中", "佐藤", "鈴木", "高橋", "grace", "alan", "ada", "hopper", "turing"}
    for topic in topics:
        assert not set(topic.terms) & names, topic.label
        assert "お世話" not in topic.label and "hello" not in topic.label
    labels = " ".join(topic.label for topic in topics)
    assert "請求書" in labels or "再発行" in labels
    assert "商品" in labels or "配送" in labels


def test_it_joins_two_languages_only_where_the_words_meet() -> None:
    at = NOW - timedelta(hours=2)
    mails = [
        TrendMail("csv-ja-1", at, "CSVエクスポートで日付の列が文字化けします。"),
        TrendMail("csv-ja-2", at, "CSVエクスポートの文字化けを直す方法はありますか。"),
        TrendMail("csv-en-1", at, "The CSV export shows garbled dates in Excel."),
        TrendMail("csv-en-2", at, "CSV export: garbled characters when opened in Excel."),
        TrendMail("other-ja-1", at, "担当者ごとに署名を設定できますか。"),
        TrendMail("other-ja-2", at, "署名を担当者ごとに変えたいです。"),
        TrendMail("other-ja-3", at, "メールの署名を個人ごとに設定する方法を教えてください。"),
    ]
    topics = find_topics(mails, now=NOW, window_days=7)
    for topic in topics:
        prefixes = {key.split("-")[0] for key in topic.keys}
        assert len(prefixes) == 1, f"{topic.label}: {topic.keys}"


def test_a_group_with_no_content_word_is_no_topic() -> None:
    at = NOW - timedelta(hours=1)
    mails = [TrendMail(f"t{n}", at, "Thank you!", names=("Grace",)) for n in range(4)]
    mails += [TrendMail(f"a{n}", at, "ありがとうございました。") for n in range(4)]
    assert find_topics(mails, now=NOW, window_days=7) == []


def test_a_word_only_one_customer_writes_does_not_name_a_topic() -> None:
    # s8 walk: a customer's shop name in their signature named a topic.
    at = NOW - timedelta(hours=1)
    mails = [
        TrendMail(f"k{n}", at, f"領収書を発行してください。\nことり舎 藤田 ({n})", names=("藤田",))
        for n in range(3)
    ]
    mails += [
        TrendMail(f"o{n}", at, "領収書の発行方法を教えてください。", names=(f"客{n}",))
        for n in range(3)
    ]
    [topic] = find_topics(mails, now=NOW, window_days=7)
    assert "ことり舎" not in topic.terms and "領収書" in topic.terms
