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
