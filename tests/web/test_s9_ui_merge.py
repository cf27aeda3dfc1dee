"""The customer panel numbers the customer's other conversations and merges one into this
conversation through the usual preview; the preview shows the kept side's notes and labels
(s8 walk: no numbers, no merge button, and the kept side looked empty)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Label, Note
from tests.web.conftest import World, make_conversation


def test_the_customer_panel_numbers_other_conversations_and_merges_one_here(
    world: World,
) -> None:
    older = make_conversation(
        world.support,
        subject="二重請求の件",
        text="二重に請求されています。",
        age=timedelta(days=3),
    )
    current = make_conversation(world.support, subject="請求について", text="昨日の件です。")
    elsewhere = make_conversation(
        world.sales, subject="見積もり", text="見積もりをください。", age=timedelta(days=1)
    )
    client = world.client(world.lead)
    page = client.get(f"/c/{current.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    panel = page.split('class="card customer"')[1]
    assert f'<span class="conv-number">#{older.pk}</span> 二重請求の件' in panel
    assert f'action="/c/{older.pk}/merge/preview/"' in panel
    assert f'name="target" value="{current.pk}"' in panel
    assert "この問い合わせに統合…" in panel
    # Another team's mailbox: not shown to this lead at all.
    assert f"/c/{elsewhere.pk}/" not in panel

    preview = client.get(
        f"/c/{older.pk}/merge/preview/?target={current.pk}", HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert f"#{older.pk} を #{current.pk} に統合" in preview.content.decode()
    done = client.post(f"/c/{older.pk}/merge/", {"target": current.pk, "confirm": "1"}, follow=True)
    assert done.status_code == 200
    older.refresh_from_db()
    assert older.merged_into_id == current.pk


def test_the_panel_offers_no_merge_across_mailboxes(world: World) -> None:
    other_box = make_conversation(world.sales, subject="見積もり", age=timedelta(days=1))
    current = make_conversation(world.support, subject="請求について")
    page = world.client(world.admin).get(f"/c/{current.pk}/").content.decode()
    panel = page.split('class="card customer"')[1]
    assert f'<span class="conv-number">#{other_box.pk}</span>' in panel
    assert f"/c/{other_box.pk}/merge/preview/" not in panel


def test_the_merge_preview_shows_the_kept_sides_notes_and_labels(world: World) -> None:
    moved = make_conversation(world.support, subject="請求書の再発行", age=timedelta(days=2))
    kept = make_conversation(world.support, subject="Re: 請求書の再発行")
    urgent = Label.objects.create(name="至急対応", color="#b91c1c")
    kept.labels.add(world.label, urgent)
    for text in ("経理に確認中", "再発行済み"):
        Note.objects.create(
            conversation=kept, author=world.alice, text=text, created_at=timezone.now()
        )
    page = (
        world.client(world.alice)
        .get(f"/c/{moved.pk}/merge/preview/?target={kept.pk}", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    kept_card = page.split("残す側")[1]
    assert "メモ: 2 件" in kept_card
    assert ">請求</span>" in kept_card and ">至急対応</span>" in kept_card
    moved_card = page.split("残す側")[0]
    assert "メモ: 0 件" in moved_card
