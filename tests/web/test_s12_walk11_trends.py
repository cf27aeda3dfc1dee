"""Walk 11, F-4: a small wave of one defect is marked rising, a longer window never counts
fewer mails for a topic, a customer's signature names no topic, スマートフォン stays whole."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

from madoguchi.quality.words import content_words
from tests.web.conftest import World, make_conversation

GARBLED = [
    "CSVインポートで文字化けが発生します。取引先マスタの会社名がすべて文字化けしました。",
    "顧客リストをCSVでインポートしたら名前が文字化けしました。",
    "CSVを取り込むと全部文字化けします。",
    "CSVインポート時の文字化けについて。氏名と住所が文字化けしています。",
    "取引先のCSVをインポートすると日本語が文字化けします。",
    "CSVファイルのインポートで漢字が文字化けしてしまいます。",
]
OTHER = [
    "請求書の宛名を変更したいのですが、どこで設定できますか。",
    "サポートの受付時間を教えてください。",
    "担当者ごとに署名を設定できますか。",
    "新しいスタッフを3名追加したいです。",
    "解約の手続きについて教えてください。",
    "領収書の発行をお願いします。",
]


def _garbled_wave(world: World) -> None:
    """2.0 a day in the last two days (4 mails), 0.4 a day in the five before (2 mails),
    and two older reports of the same defect three weeks ago."""
    ages = [timedelta(hours=5 + 10 * n) for n in range(4)] + [timedelta(days=3), timedelta(days=5)]
    ages += [timedelta(days=20), timedelta(days=22)]
    for number, age in enumerate(ages):
        make_conversation(
            world.support,
            "CSVインポート 文字化け",
            GARBLED[number % len(GARBLED)],
            sender=f"garbled{number}@customer{number}.example",
            name=f"顧客 {number}",
            age=age,
        )
    for number, text in enumerate(OTHER):
        make_conversation(
            world.support,
            "お問い合わせ",
            text,
            sender=f"other{number}@other{number}.example",
            name=f"別 {number}",
            age=timedelta(days=1 + number * 4),
        )


def _export(world: World, days: int) -> list[dict[str, str]]:
    response = world.client(world.lead).get(f"/trends/export.csv?days={days}")
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_five_fold_rise_of_a_few_mails_is_rising_in_the_export_and_on_the_page(
    world: World,
) -> None:
    _garbled_wave(world)
    rows = _export(world, 7)
    garbled = [row for row in rows if "化け" in row["label"] or "文字化け" in row["terms"]]
    assert garbled, rows
    assert garbled[0]["rising"] == "yes", garbled
    # The compound names it, not its halves 「文字 / 化け」.
    assert any("文字化け" in term for term in garbled[0]["terms"].split()), garbled
    page = world.client(world.lead).get("/trends/?days=7", HTTP_ACCEPT_LANGUAGE="ja")
    assert "急増" in page.content.decode()


def test_a_topic_counts_at_least_as_many_mails_in_30_days_as_in_7(world: World) -> None:
    _garbled_wave(world)
    week = json.loads(world.client(world.lead).get("/trends/export.json?days=7").content)
    month = json.loads(world.client(world.lead).get("/trends/export.json?days=30").content)
    assert week
    for topic in week:
        wider = [other for other in month if set(topic["keys"]) <= set(other["keys"])]
        assert wider, (topic["label"], [other["label"] for other in month])
        assert wider[0]["count"] >= topic["count"]


def test_a_customers_signature_names_no_topic(world: World) -> None:
    signature = "\n\n岡田 健（フリーランス・Web制作）"
    for number, (subject, text) in enumerate(
        [
            ("添付ファイルの容量上限", "添付できるファイルの容量の上限はいくつですか。"),
            ("請求書の宛名", "請求書の宛名を屋号にしたいです。"),
            ("販売パートナー制度", "販売パートナー制度の紹介料を教えてください。"),
            ("パスワード", "パスワード再設定のメールが届きません。"),
        ]
    ):
        make_conversation(
            world.support,
            subject,
            text + signature,
            sender="ken.okada@gmail.example",
            name="岡田 健",
            age=timedelta(hours=3 + number),
        )
    closing = "\n\nよろしくお願いいたします。\nハンドメイド雑貨 ことり舎"
    for number in range(3):
        make_conversation(
            world.support,
            "お問い合わせ",
            OTHER[number] + closing,
            sender="shop@kotori.example",
            name="藤田 美穂",
            age=timedelta(hours=10 + number),
        )
    topics = json.loads(world.client(world.lead).get("/trends/export.json?days=7").content)
    terms = {term for topic in topics for term in topic["terms"]}
    assert not terms & {"フリーランス", "制作", "web", "ハンドメイド", "雑貨", "ことり舎"}, topics


def test_a_katakana_loanword_stays_whole() -> None:
    words = content_words("スマートフォンを機種変更したら二段階認証のコードが届きません。")
    assert "スマートフォン" in words
    assert "フォン" not in words
