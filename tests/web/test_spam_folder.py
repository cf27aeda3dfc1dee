"""The 迷惑メール folder and the buttons that fill and empty it."""

from __future__ import annotations

from madoguchi.models import BlockedSender, Status
from tests.web.conftest import World, make_conversation


def test_spam_has_its_own_folder_and_leaves_the_others(world: World) -> None:
    spam = make_conversation(world.support, subject="当選のお知らせ", sender="win@prize.example")
    real = make_conversation(world.support, subject="請求書の件")
    client = world.client(world.alice)
    page = client.get(f"/c/{spam.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "ドメインごとブロック" in page
    response = client.post(f"/c/{spam.pk}/spam/", {"block": "domain"})
    assert response.status_code == 303
    spam.refresh_from_db()
    assert spam.status == Status.SPAM
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["prize.example"]

    new = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "当選のお知らせ" not in new and "請求書の件" in new
    assert 'href="/q/spam/"' in new and "迷惑メール" in new  # the folder in the sidebar
    folder = client.get("/q/spam/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "当選のお知らせ" in folder and "請求書の件" not in folder

    client.post(f"/c/{spam.pk}/not-spam/")
    spam.refresh_from_db()
    assert spam.status == Status.NEW and not BlockedSender.objects.exists()
    assert real.status == Status.NEW


def test_other_teams_cannot_mark_spam(world: World) -> None:
    conversation = make_conversation(world.support)
    assert world.client(world.charlie).post(f"/c/{conversation.pk}/spam/").status_code == 404
    conversation.refresh_from_db()
    assert conversation.status == Status.NEW and not BlockedSender.objects.exists()


def test_the_block_list_is_shown_and_an_entry_can_be_taken_off(world: World) -> None:
    spam = make_conversation(world.support, subject="当選", sender="win@prize.example")
    client = world.client(world.alice)
    client.post(f"/c/{spam.pk}/spam/", {"block": "sender"})
    page = client.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "win@prize.example" in page and "佐藤 アリス" in page
    entry = BlockedSender.objects.get()
    response = client.post(f"/spam/blocked/{entry.pk}/delete/", HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 303
    assert not BlockedSender.objects.exists()
    assert (
        "win@prize.example のブロックを解除しました。"
        in client.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    )


def test_a_free_mail_domain_is_never_offered_for_a_domain_block(world: World) -> None:
    # Walk 11 F-21: the button was offered for gmail.com, and its question listed unrelated
    # Gmail customers as one sender's other conversations.
    gmail = make_conversation(world.support, sender="tom.becker@gmail.com", name="Tom Becker")
    make_conversation(world.support, sender="anna@gmail.com", name="Anna")
    company = make_conversation(world.support, sender="sato@aoba-logi.example")
    client = world.client(world.alice)
    assert 'value="domain"' not in client.get(f"/c/{gmail.pk}/").content.decode()
    assert 'value="domain"' in client.get(f"/c/{company.pk}/").content.decode()
    response = client.post(
        f"/c/{gmail.pk}/spam/", {"block": "domain"}, HTTP_ACCEPT_LANGUAGE="en", follow=True
    )
    assert "gmail.com is a free mail service: block the address instead." in (
        response.content.decode()
    )
    gmail.refresh_from_db()
    assert gmail.status != "spam"
