"""The lead's trend view never names a topic by a customer's name or company (s8 walk: some
topics were named by a customer's name or the first words of a mail)."""

from __future__ import annotations

import json
from datetime import timedelta

from django.core.cache import cache

from madoguchi.models import Organization
from tests.web.conftest import World, make_conversation

EXPORT_MAILS = [
    "Hi, Grace here from Northwind. The CSV export shows garbled dates in Excel. Grace",
    "Hello, Northwind again: our CSV export has garbled characters in Excel. Grace",
    "Hi, the CSV export from Northwind's account is garbled when opened in Excel. Grace",
    "Hi, still a garbled CSV export in Excel for Northwind. Thanks, Grace",
]
JA_MAILS = [
    "田中です。ミナト商事の田中です。CSVエクスポートで日付が文字化けします。田中",
    "田中です。CSVエクスポートの文字化けがミナト商事でまだ直りません。田中",
    "ミナト商事 田中です。エクスポートしたCSVが文字化けしています。田中",
]


def test_no_topic_is_named_by_the_customer_or_their_company(world: World) -> None:
    cache.clear()
    for number, text in enumerate(EXPORT_MAILS):
        make_conversation(
            world.support,
            "CSV export",
            text,
            sender="grace@northwind.example",
            name="Grace Hopper",
            age=timedelta(hours=2 + number),
        )
    for number, text in enumerate(JA_MAILS):
        make_conversation(
            world.support,
            "エクスポートについて",
            text,
            sender="tanaka@minato.example",
            name="田中 一郎",
            age=timedelta(hours=8 + number),
        )
    Organization.objects.filter(domain="northwind.example").update(name="Northwind")
    Organization.objects.filter(domain="minato.example").update(name="ミナト商事")
    topics = json.loads(world.client(world.lead).get("/trends/export.json?days=7").content)
    terms = {term for topic in topics for term in topic["label"].split(" / ")}
    assert terms & {"csv", "export", "garbled", "excel", "エクスポート", "文字化け"}, topics
    assert not terms & {"grace", "hopper", "northwind", "田中", "ミナト", "商事", "ミナト商事"}
