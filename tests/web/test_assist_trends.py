"""The trends page: recurring topics with examples, rising marks, names, CSV/JSON export."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest

from madoguchi.models import Event, FaqEntry, TopicLabel
from tests.web.conftest import World, make_conversation

CRASH = [
    "アップデート後にアプリが起動しなくなりました。起動するとすぐに落ちます。",
    "最新版にアップデートしたらアプリが起動直後にクラッシュします。",
    "アップデートしてからアプリが起動しません。起動するとすぐ落ちてしまいます。",
    "昨日のアップデート後、アプリが起動直後に落ちます。",
    "アプリをアップデートしたら起動できなくなりました。すぐに落ちます。",
    "アップデート後、アプリが起動してもすぐ落ちます。再インストールしても同じです。",
]
OTHER = [
    "請求書の宛名を変更したいのですが、どこで設定できますか。",
    "サポートの受付時間を教えてください。",
    "担当者ごとに署名を設定できますか。",
    "新しいスタッフを3名追加したいです。",
]


@pytest.fixture
def planted(world: World) -> list[int]:
    """Six crash reports in the last day (a spike), four unrelated mails over the week."""
    crash_ids = [
        make_conversation(
            world.support,
            "アプリが起動しない",
            text,
            sender=f"user{number}@customer.example",
            age=timedelta(hours=2 + number),
        ).pk
        for number, text in enumerate(CRASH)
    ]
    for number, text in enumerate(OTHER):
        make_conversation(
            world.support,
            "お問い合わせ",
            text,
            sender=f"other{number}@customer.example",
            age=timedelta(days=2 + number),
        )
    return crash_ids


def test_the_page_lists_the_planted_cluster_with_examples(world: World, planted: list[int]) -> None:
    page = world.client(world.alice).get("/trends/?days=7").content.decode()
    assert "アプリ" in page
    assert "rising" in page  # six mails in the last two days, none before
    assert any(f'href="/c/{pk}/"' in page for pk in planted)


def test_csv_export_carries_the_topic_and_its_mails(world: World, planted: list[int]) -> None:
    response = world.client(world.alice).get("/trends/export.csv?days=7")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    crash = max(rows, key=lambda row: int(row["count"]))
    assert int(crash["count"]) >= 5
    assert crash["rising"] == "yes"
    conversations = {int(key.split(".")[0]) for key in crash["keys"].split()}
    assert len(conversations & set(planted)) >= 5


def test_json_export(world: World, planted: list[int]) -> None:
    data = json.loads(world.client(world.alice).get("/trends/export.json?days=30").content)
    assert data and {"label", "count", "rising", "keys"} <= set(data[0])


def test_a_lead_names_a_topic_and_everyone_sees_the_name(world: World, planted: list[int]) -> None:
    rows = list(
        csv.DictReader(
            io.StringIO(
                world.client(world.lead)
                .get("/trends/export.csv?days=7")
                .content.decode("utf-8-sig")
            )
        )
    )
    auto_label = max(rows, key=lambda row: int(row["count"]))["label"]
    response = world.client(world.lead).post(
        "/trends/label/", {"auto_label": auto_label, "label": "v5.2 起動クラッシュ", "days": "7"}
    )
    assert response.status_code == 303
    assert TopicLabel.objects.get(auto_label=auto_label).label == "v5.2 起動クラッシュ"
    assert "v5.2 起動クラッシュ" in world.client(world.alice).get("/trends/").content.decode()
    assert Event.objects.filter(verb="topic_label_set").exists()


def test_an_agent_cannot_name_topics(world: World, planted: list[int]) -> None:
    response = world.client(world.alice).post("/trends/label/", {"auto_label": "x", "label": "y"})
    assert response.status_code == 404
    assert not TopicLabel.objects.exists()


def test_charlie_sees_no_topics_or_examples_from_mailboxes_not_his(
    world: World, planted: list[int]
) -> None:
    client = world.client(world.charlie)
    page = client.get("/trends/?days=7").content.decode()
    assert not any(f'href="/c/{pk}/"' in page for pk in planted)
    assert "アップデート" not in page
    assert json.loads(client.get("/trends/export.json?days=7").content) == []
    assert client.get(f"/trends/?mailbox={world.support.pk}").status_code == 404


def test_faq_is_managed_by_leads(world: World) -> None:
    lead = world.client(world.lead)
    response = lead.post(
        "/faq/new/",
        {
            "title": "領収書の宛名変更",
            "language": "ja",
            "body": "管理画面から変更できます。",
            "team": world.team_a.pk,  # a lead's entries belong to their team
        },
    )
    assert response.status_code == 303
    entry = FaqEntry.objects.get()
    lead.post(
        f"/faq/{entry.pk}/",
        {
            "title": "領収書の宛名",
            "language": "ja",
            "body": "変更できます。",
            "team": world.team_a.pk,
        },
    )
    entry.refresh_from_db()
    assert entry.title == "領収書の宛名"
    assert "領収書の宛名" in world.client(world.alice).get("/faq/").content.decode()
    assert world.client(world.alice).get("/faq/new/").status_code == 404
    assert world.client(world.alice).post(f"/faq/{entry.pk}/delete/").status_code == 404
    assert lead.post(f"/faq/{entry.pk}/delete/").status_code == 303
    assert not FaqEntry.objects.exists()


DOUBLE_CHARGE = [
    "Hi, Tsunagu charged our card twice for the invoice last month. Please refund the duplicate.",
    "Our Tsunagu invoice was charged twice last month, the card shows a duplicate charge.",
    "We were charged twice by Tsunagu last month: duplicate invoice charge on the card.",
    "Last month Tsunagu charged the card twice for one invoice. Duplicate charge, please refund.",
    "The card was charged twice for our Tsunagu invoice last month; please refund the duplicate.",
]
JA_DOUBLE_CHARGE = [
    "ツナグ顧客管理の請求が先月二重請求になっています。カードに二重請求が届きました。",
    "ツナグ顧客管理の利用料が先月二重請求されました。二重請求の返金をお願いします。",
    "先月分のツナグ顧客管理の請求が二重請求になっていました。カードの二重請求です。",
    "ツナグ顧客管理で先月二重請求がありました。二重請求分を返金してください。",
]


def test_the_companys_own_names_and_stop_words_never_name_a_topic(world: World) -> None:
    """Walk 8 finding 15: the top topic was "last / tsunagu / month"."""
    world.support.name = "ツナグ サポート窓口"
    world.support.signature = "ツナグ顧客管理 サポート窓口"
    world.support.save()
    for number, text in enumerate(DOUBLE_CHARGE + JA_DOUBLE_CHARGE):
        make_conversation(
            world.support,
            "Duplicate charge" if text.isascii() else "二重請求",
            text,
            sender=f"payer{number}@customer.example",
            age=timedelta(hours=3 + number),
        )
    topics = json.loads(world.client(world.lead).get("/trends/export.json?days=7").content)
    terms = {term for topic in topics for term in topic["label"].split(" / ")}
    assert terms, topics
    assert not terms & {"tsunagu", "last", "month", "ツナグ", "顧客管理", "先月", "crm"}
    assert terms & {"charged", "twice", "duplicate", "invoice", "charge", "refund", "card"}
    assert "二重請求" in terms


def test_the_page_explains_rising_without_jargon_and_names_each_figure(
    world: World, planted: list[int]
) -> None:
    page = world.client(world.lead).get("/trends/?days=7", HTTP_ACCEPT_LANGUAGE="ja")
    text = page.content.decode()
    assert "不具合や障害の始まりかもしれません。" in text
    assert "傾向不良" not in text  # an engineering word the walker could not read
    # On a phone each figure is written with its name (the header row is hidden there).
    assert 'data-label="件数"' in text and 'data-label="直近 / 日"' in text
