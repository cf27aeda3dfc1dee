"""Merging: suggested only for the same topic (with the reason), previewed and confirmed
before it happens, and undone with everything put back."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Conversation, Event, Label, Note, Status
from tests.web.conftest import World, add_message, make_conversation


def _pair(world: World) -> tuple[Conversation, Conversation]:
    old = make_conversation(
        world.support,
        subject="請求書の再発行について",
        text="先月分の請求書を再発行していただけますか。",
        age=timedelta(days=2),
    )
    new = make_conversation(
        world.support,
        subject="Re: 請求書の再発行",
        text="請求書の宛名を変更して再発行をお願いします。",
    )
    return old, new


def test_it_suggests_a_merge_for_the_same_topic_and_says_why(world: World) -> None:
    old, new = _pair(world)
    new.likely_predecessors.add(old)
    body = world.client(world.alice).get(f"/c/{new.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content
    text = body.decode()
    assert f'action="/c/{old.pk}/merge/preview/"' in text
    assert "似た話題" in text and "再発行" in text and "請求書" in text


def test_it_does_not_suggest_merging_another_topic_of_the_same_customer(world: World) -> None:
    invoice = make_conversation(
        world.support,
        subject="請求書の再発行について",
        text="先月分の請求書を再発行していただけますか。",
        age=timedelta(days=1),
    )
    login = make_conversation(
        world.support, subject="ログインできない", text="昨日からログインできません。"
    )
    login.likely_predecessors.add(invoice)
    body = world.client(world.alice).get(f"/c/{login.pk}/").content.decode()
    # No suggestion above the thread; the customer panel still offers it by hand (s9-ui).
    thread, panel = body.split('class="card customer"')
    assert f"/c/{invoice.pk}/merge/preview/" not in thread
    assert f"/c/{invoice.pk}/merge/preview/" in panel


def test_two_answered_topics_of_one_company_are_not_alike_by_its_name(world: World) -> None:
    """Walk 12, F-5: after a reply the conversation's preview is our reply's first line, the
    salutation 「青葉物流株式会社」; two different questions of one customer were offered a
    merge as 似た話題: 青葉物流株式会社. The customers' own mails decide, signature aside."""
    signature = "\n--------------------\n青葉物流株式会社\n業務推進部\n木村 拓也\nTEL: 045-000-1122"
    csv = make_conversation(
        world.support,
        subject="CSVインポートで文字化けが発生します",
        text="取引先マスタをCSVで一括インポートしたところ、会社名が文字化けしました。" + signature,
        name="木村 拓也",
        sender="kimura@aoba-logistics.example",
        age=timedelta(days=2),
    )
    duplicates = make_conversation(
        world.support,
        subject="重複した顧客データの統合方法",
        text="同じ取引先が2件登録されてしまった場合、1件にまとめる方法はありますか。" + signature,
        name="木村 拓也",
        sender="kimura@aoba-logistics.example",
    )
    Conversation.objects.filter(pk__in=[csv.pk, duplicates.pk]).update(
        preview="青葉物流株式会社"  # what a reply "青葉物流株式会社\n木村様\n…" leaves
    )
    duplicates.likely_predecessors.add(csv)
    body = world.client(world.alice).get(f"/c/{duplicates.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    thread, _panel = body.content.decode().split('class="card customer"')
    assert f"/c/{csv.pk}/merge/preview/" not in thread
    assert "似た話題" not in thread
    page = world.client(world.alice).get(
        f"/c/{duplicates.pk}/merge/preview/?target={csv.pk}", HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert "似た話題" not in page.content.decode()


def test_it_shows_what_will_move_before_merging(world: World) -> None:
    old, new = _pair(world)
    client = world.client(world.alice)
    # A plain POST (an old form, a double click) only leads to the preview.
    response = client.post(f"/c/{old.pk}/merge/", {"target": new.pk})
    assert response.status_code == 303
    assert response.url == f"/c/{old.pk}/merge/preview/?target={new.pk}"
    assert old.messages.count() == 1 and new.messages.count() == 1

    page = client.get(response.url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"#{old.pk} のメール・メモ・ラベルを #{new.pk} に移し" in page
    assert "メール: 1 件" in page
    assert "似た話題" in page
    assert 'name="confirm" value="1"' in page


def test_it_warns_when_the_topics_differ(world: World) -> None:
    invoice = make_conversation(
        world.support, subject="請求書", text="請求書を再発行してください。"
    )
    login = make_conversation(world.support, subject="ログイン", text="ログインできません。")
    page = (
        world.client(world.alice)
        .get(f"/c/{login.pk}/merge/preview/?target={invoice.pk}", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "同じ話題には見えません" in page


def test_it_merges_and_unmerges_putting_everything_back(world: World) -> None:
    old, new = _pair(world)
    urgent = Label.objects.create(name="至急", color="#b42318")
    old.labels.add(urgent)
    old.status = Status.WAITING
    old.save()
    note = Note.objects.create(
        conversation=old, author=world.alice, text="経理に確認中", created_at=timezone.now()
    )
    new_before = Conversation.objects.get(pk=new.pk)
    client = world.client(world.alice)

    client.post(f"/c/{old.pk}/merge/", {"target": new.pk, "confirm": "1"})
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.merged_into_id == new.pk and old.status == Status.NO_ACTION
    assert new.messages.count() == 2 and new.message_count == 2
    assert list(new.labels.all()) == [urgent]
    assert Note.objects.get(pk=note.pk).conversation_id == new.pk
    # A mail that arrives after the merge belongs to the merged conversation.
    later = add_message(new, "追記です。")

    page = client.get(f"/c/{new.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"#{old.pk} はこの問い合わせに統合されています。" in page
    response = client.post(f"/c/{old.pk}/unmerge/", {"confirm": "1"})
    assert response.status_code == 303

    old.refresh_from_db()
    new.refresh_from_db()
    assert old.merged_into_id is None and old.status == Status.WAITING
    assert old.message_count == 1 and old.messages.count() == 1
    assert set(new.messages.values_list("pk", flat=True)) == {
        *new_before.messages.values_list("pk", flat=True),
        later.pk,
    }
    assert new.message_count == 2
    assert list(old.labels.all()) == [urgent] and not new.labels.exists()
    assert Note.objects.get(pk=note.pk).conversation_id == old.pk
    assert new.created_at == new_before.created_at
    assert Event.objects.filter(conversation=new, verb="unmerged", actor=world.alice).exists()
    assert Event.objects.filter(conversation=old, verb="unmerged_from").exists()
    # Undone once: a second undo has nothing to undo.
    client.post(f"/c/{old.pk}/unmerge/", {"confirm": "1"})
    assert Conversation.objects.get(pk=old.pk).merged_into_id is None


def test_it_keeps_merge_and_unmerge_from_other_teams(world: World) -> None:
    old, new = _pair(world)
    charlie = world.client(world.charlie)
    assert charlie.get(f"/c/{old.pk}/merge/preview/?target={new.pk}").status_code == 404
    assert charlie.post(f"/c/{old.pk}/merge/", {"target": new.pk}).status_code == 404
    world.client(world.alice).post(f"/c/{old.pk}/merge/", {"target": new.pk, "confirm": "1"})
    assert charlie.post(f"/c/{old.pk}/unmerge/").status_code == 404
    assert Conversation.objects.get(pk=old.pk).merged_into_id == new.pk


def test_a_merged_away_conversation_offers_no_reply_and_refuses_one(world: World) -> None:
    """Walk 12, F-2: the merged-away conversation kept a live reply box with the customer in
    To; a reply from there answers beside the kept conversation's owner."""
    import pytest

    from madoguchi.actions.base import ActionError
    from madoguchi.actions.replies import send_reply

    source, target = _pair(world)
    client = world.client(world.alice)
    client.post(f"/c/{source.pk}/merge/", {"target": target.pk, "confirm": "1"})

    page = client.get(f"/c/{source.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "data-merged-no-reply" in page and 'id="reply-body"' not in page
    assert f"#{target.pk} に統合されています" in page
    with pytest.raises(ActionError, match=f"#{target.pk}"):
        send_reply(world.alice, source.pk, "返金いたします。", seen_at=timezone.now())
