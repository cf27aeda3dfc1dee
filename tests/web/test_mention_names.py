"""A note reaches the colleague named 「@佐藤さん」, and typing @ offers the people who can
see the conversation."""

from __future__ import annotations

from madoguchi.models import Mention
from tests.web.conftest import World, make_conversation


def test_it_notifies_a_colleague_named_by_family_name_and_san(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.bob)
    client.post(f"/c/{conversation.pk}/note/", {"text": "@佐藤さん 返金の件、確認お願いします"})
    assert list(Mention.objects.values_list("user__username", flat=True)) == ["alice"]
    assert "返金の件" in world.client(world.alice).get("/mentions/").content.decode()


def test_it_does_not_notify_someone_who_cannot_see_the_conversation(world: World) -> None:
    conversation = make_conversation(world.support)
    world.charlie.agent.display_name = "佐藤 チャーリー"
    world.charlie.agent.save()
    world.client(world.bob).post(f"/c/{conversation.pk}/note/", {"text": "@佐藤さん"})
    assert list(Mention.objects.values_list("user__username", flat=True)) == ["alice"]


def test_it_suggests_names_for_the_mention_being_typed(world: World) -> None:
    conversation = make_conversation(world.support)
    world.charlie.agent.display_name = "佐藤 チャーリー"  # team B: not to be offered
    world.charlie.agent.save()
    client = world.client(world.bob)
    url = f"/c/{conversation.pk}/note/mentions/"
    body = client.get(url, {"text": "確認お願いします @佐"}, HTTP_HX_REQUEST="true")
    text = body.content.decode()
    assert 'data-mention="佐藤アリス"' in text and "@alice" in text
    assert "チャーリー" not in text
    assert client.get(url, {"text": "@佐藤さん 済み"}).content.decode().strip() == ""
    assert world.client(world.charlie).get(url, {"text": "@"}).status_code == 404


def test_the_note_box_asks_for_suggestions_as_one_types(world: World) -> None:
    conversation = make_conversation(world.support)
    body = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert f'hx-get="/c/{conversation.pk}/note/mentions/"' in body


def test_it_reads_the_full_width_at_sign_a_japanese_ime_types(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.bob)
    url = f"/c/{conversation.pk}/note/mentions/"
    for typed in ("＠佐藤", "確認お願いします。＠佐", "@佐藤さん"):
        assert 'data-mention="佐藤アリス"' in client.get(url, {"text": typed}).content.decode()
    client.post(f"/c/{conversation.pk}/note/", {"text": "返金の件、確認お願いします。＠佐藤さん"})
    assert list(Mention.objects.values_list("user__username", flat=True)) == ["alice"]
