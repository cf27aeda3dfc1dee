"""Undoing a merge says what happened since, and never brings back as 未対応 a customer
who was answered from the merged conversation (s8 walk, screens 71/72)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.notes import add_note
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Event, OutboxItem, OutboxState, Status
from tests.web.conftest import World, make_conversation


def _merged(world: World) -> tuple[Conversation, Conversation]:
    answered = make_conversation(
        world.support, subject="ログインできません", age=timedelta(hours=2)
    )
    kept = make_conversation(world.support, subject="Re: ログインできません")
    world.client(world.alice).post(f"/c/{answered.pk}/merge/", {"target": kept.pk, "confirm": "1"})
    return answered, kept


def test_it_confirms_the_undo_naming_the_reply_and_the_note_since_the_merge(world: World) -> None:
    split, kept = _merged(world)
    send_reply(world.alice, kept, "パスワードを再設定いたしました。", seen_at=timezone.now())
    add_note(world.bob, kept, "電話でも確認済み")
    client = world.client(world.alice)

    page = client.post(f"/c/{split.pk}/unmerge/", HTTP_ACCEPT_LANGUAGE="ja")
    body = page.content.decode()
    assert page.status_code == 200
    assert Conversation.objects.get(pk=split.pk).merged_into_id == kept.pk  # nothing undone yet
    assert "統合後、" in body and "が返信しました" in body
    assert "パスワードを再設定いたしました。" in body
    assert "メモが 1 件追加されました" in body
    assert "返信待ち" in body

    english = client.post(f"/c/{split.pk}/unmerge/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Since the merge" in english and "1 note was added" in english


def test_it_brings_an_answered_conversation_back_as_waiting_with_the_reply_linked(
    world: World,
) -> None:
    split, kept = _merged(world)
    send_reply(world.alice, kept, "パスワードを再設定いたしました。", seen_at=timezone.now())
    client = world.client(world.alice)

    response = client.post(f"/c/{split.pk}/unmerge/", {"confirm": "1"})
    assert response.status_code == 303
    split.refresh_from_db()
    assert split.merged_into_id is None
    assert split.status == Status.WAITING
    assert not split.sla_response_owed
    event = Event.objects.get(conversation=split, verb="unmerged_from")
    assert event.after["answered_in"] == kept.pk

    page = client.get(f"/c/{split.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f'href="/c/{kept.pk}/" data-answered-in' in page
    assert f"#{kept.pk} での" in page
    # Not first in line for a second answer: it is not among the unanswered.
    queue = client.get("/q/new/").content.decode()
    assert f"/c/{split.pk}/" not in queue


def test_it_restores_an_unanswered_conversation_as_it_was(world: World) -> None:
    split, kept = _merged(world)
    client = world.client(world.alice)
    page = client.post(f"/c/{split.pk}/unmerge/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nothing was sent or noted since the merge." in page
    client.post(f"/c/{split.pk}/unmerge/", {"confirm": "1"})
    split.refresh_from_db()
    assert split.merged_into_id is None and split.status == Status.NEW


def test_a_reply_that_failed_since_the_merge_is_no_answer(world: World) -> None:
    """Walk 12, F-26: the undo said 「お客様にはすでに返信済みです」 of a reply that had failed
    (no SMTP), and would have brought the conversation back as 返信待ち."""
    split, kept = _merged(world)
    item = send_reply(world.alice, kept, "返金いたします。", seen_at=timezone.now())
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED)
    client = world.client(world.alice)

    body = client.post(f"/c/{split.pk}/unmerge/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "すでに返信済み" not in body

    client.post(f"/c/{split.pk}/unmerge/", {"confirm": "1"})
    split.refresh_from_db()
    assert split.status == Status.NEW  # back among the unanswered


def test_the_undo_names_a_failed_reply_as_not_delivered(world: World) -> None:
    """Walk 12, F-26 (expected): the preview says the reply after the merge did not reach the
    customer, rather than saying nothing happened since."""
    split, kept = _merged(world)
    item = send_reply(world.alice, kept, "返金いたします。", seen_at=timezone.now())
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED)
    body = (
        world.client(world.alice)
        .post(f"/c/{split.pk}/unmerge/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "返信が 1 件書かれましたが、お客様には届いていません" in body
    assert "すでに返信済み" not in body
