"""「ドメインごとブロック」 asks first when the domain is more than this sender: it names the
customer company, counts the people at the domain and their open conversations in every
mailbox, and says when the company is VIP (walk 12, F-30: the question counted only the
sender's own conversations, not a colleague's in 営業窓口)."""

from __future__ import annotations

import re

from madoguchi.models import BlockedSender, Label, Organization, Status
from tests.web.conftest import World, make_conversation


def test_a_company_domain_names_the_company_and_counts_every_mailbox(world: World) -> None:
    mine = make_conversation(
        world.support, subject="契約更新", sender="yoshida@hikari.example", name="吉田 浩二"
    )
    theirs = make_conversation(
        world.sales, subject="導入のご相談", sender="yamaguchi@hikari.example", name="山口 隆"
    )
    Organization.objects.filter(domain="hikari.example").update(name="株式会社ヒカリ製作所")
    theirs.labels.add(Label.objects.create(name="VIP", color="#b45309"))
    client = world.client(world.alice)  # she does not see 営業窓口 (sales)

    ja = client.post(f"/c/{mine.pk}/spam/", {"block": "domain"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert ja.status_code == 200
    page = ja.content.decode()
    assert "hikari.example は取引先「株式会社ヒカリ製作所」のドメインです。" in page
    assert "VIP" in page
    assert re.search(r"data-customers>2<", page) and re.search(r"data-open>1<", page)
    assert "導入のご相談" not in page  # counted, not shown: another team's conversation
    assert not BlockedSender.objects.exists()
    mine.refresh_from_db()
    assert mine.status != Status.SPAM

    en = client.post(f"/c/{mine.pk}/spam/", {"block": "domain"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "This blocks everyone who writes from hikari.example, in every mailbox" in (
        en.content.decode()
    )
    client.post(f"/c/{mine.pk}/spam/", {"block": "domain", "confirmed": "1"})
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["hikari.example"]


def test_a_one_sender_spam_domain_is_blocked_without_a_question(world: World) -> None:
    spam = make_conversation(world.support, subject="当選", sender="win@prize.example")
    response = world.client(world.alice).post(f"/c/{spam.pk}/spam/", {"block": "domain"})
    assert response.status_code == 303
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["prize.example"]
