"""Walk 11: what a new user noticed — undo send leaves the conversation as before the
reply (deadline, 期限超過, preview, owner, report counts); the reports count only replies
that reached (or are on their way to) the customer."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from madoguchi.actions.outbox import record_failed
from madoguchi.actions.replies import send_reply
from madoguchi.models import (
    ApprovalPolicy,
    Conversation,
    Notification,
    OutboxItem,
    OutboxState,
    ReportDay,
    Status,
)
from tests.web.conftest import World, make_conversation
from tests.web.test_sla import frozen_clock, mail, policy, reply, tokyo

HTMX = {"HTTP_HX_REQUEST": "true"}
__all__ = ["frozen_clock"]  # the `clock` fixture


def replies_counted() -> int:
    return int(ReportDay.objects.filter(label_id=0).aggregate(n=Sum("replies"))["n"] or 0)


def test_undo_send_on_an_overdue_conversation_leaves_it_overdue_as_before(
    world: World, clock: Any
) -> None:
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    late = mail(world, tokyo(2026, 7, 14, 9, 0), subject="二段階認証の必須化")
    clock.set(tokyo(2026, 7, 14, 10, 30))
    before = Conversation.objects.get(pk=late.pk)
    alice = world.client(world.alice)
    assert f'data-href="/c/{late.pk}/"' in alice.get("/q/overdue/").content.decode()
    counted = replies_counted()

    sent = alice.post(
        f"/c/{late.pk}/reply/",
        {"body": "山田様\n\n必須化は来月からです。", "seen_at": timezone.now().isoformat()},
        **HTMX,
    )
    item = OutboxItem.objects.filter(conversation=late).first()
    assert item is not None, sent.content.decode()[:3000]
    assert f'data-href="/c/{late.pk}/"' not in alice.get("/q/overdue/").content.decode()
    alice.post(f"/c/{late.pk}/outbox/{item.pk}/undo/")

    after = Conversation.objects.get(pk=late.pk)
    assert after.status == before.status
    assert after.sla_due_at == before.sla_due_at and after.sla_kind == before.sla_kind
    assert after.first_response_at is None and after.first_response_seconds is None
    assert after.preview == before.preview == "宛名を変更してください。"
    assert after.last_message_at == before.last_message_at
    assert after.owner_id is None  # taking a reply back does not keep the conversation
    assert replies_counted() == counted
    overdue = alice.get("/q/overdue/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f'data-href="/c/{late.pk}/"' in overdue
    assert '<em data-count="overdue">1</em>' in overdue
    page = alice.get(f"/c/{late.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "badge late" in page and "山田様" not in page.split('id="reply-body"')[0]


def summary_by_agent(world: World) -> dict[str, dict[str, str]]:
    response = world.client(world.lead).get(
        "/reports/summary.csv?start=2026-07-13&end=2026-07-19&group=agent",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return {row["Agent"]: row for row in csv.DictReader(io.StringIO(text))}


def fail(item: OutboxItem) -> None:
    """What the worker does with a reply the mailbox cannot send."""
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w")
    assert record_failed(item.pk, "w", "no SMTP server is set for this mailbox")


def test_reports_leave_out_replies_that_failed_or_wait_for_approval(
    world: World, clock: Any
) -> None:
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    sent, failed, held = (
        mail(world, tokyo(2026, 7, 14, 10, minute), subject=subject)
        for minute, subject in enumerate(("届いた返信", "届かなかった返信", "承認待ちの返信"))
    )
    clock.set(tokyo(2026, 7, 14, 10, 30))
    for conversation in (sent, failed):
        reply(world, conversation, tokyo(2026, 7, 14, 10, 30))
    fail(OutboxItem.objects.get(conversation=failed))
    ApprovalPolicy.objects.create(name="新人チェック").agents.add(world.alice)
    reply(world, held, tokyo(2026, 7, 14, 10, 30))
    assert OutboxItem.objects.get(conversation=held).state == OutboxState.AWAITING_APPROVAL
    clock.set(tokyo(2026, 7, 20, 12, 0))

    rows = summary_by_agent(world)

    assert rows["佐藤 アリス"]["Replies"] == "1"
    assert all(row["Replies"] == "0" for name, row in rows.items() if name != "佐藤 アリス")
    # One customer was answered: one first response, 佐藤's (the replier owns it before the
    # response is counted), on no one's row twice or below zero (the failed reply's is
    # taken back from the row it was counted on).
    firsts = (
        ReportDay.objects.filter(label_id=0)
        .values_list("agent_id")
        .annotate(n=Sum("first_responses"))
        .order_by()
    )  # per agent: on PostgreSQL the rollups are appended rows, folded later
    assert sum(n for _, n in firsts) == 1 and all(n >= 0 for _, n in firsts)
    assert dict(firsts).get(world.alice.pk) == 1


def test_a_failed_mail_that_is_not_a_reply_is_not_taken_off_the_replies(
    world: World, clock: Any
) -> None:
    """Walk 12, F-20: a satisfaction survey that failed to go was subtracted from replies it
    was never counted in: 「（担当なし） 返信 -1」."""
    from madoguchi.actions.outbound import _outgoing

    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0), subject="アンケート")
    _message, item = _outgoing(
        conversation,
        to=[{"name": "", "address": "taro@customer.example"}],
        subject="アンケートのお願い",
        text="ご評価ください。",
        author=None,
        is_auto=True,
    )
    fail(item)
    clock.set(tokyo(2026, 7, 20, 12, 0))

    rows = summary_by_agent(world)

    assert all(row["Replies"] == "0" for row in rows.values())


def test_a_failed_reply_is_marked_in_the_queue_with_the_customers_words(
    world: World, clock: Any
) -> None:
    clock.set(tokyo(2026, 7, 14, 10, 0))
    failed = mail(world, tokyo(2026, 7, 14, 10, 0), subject="届かなかった返信")
    fine = mail(world, tokyo(2026, 7, 14, 10, 1), subject="届いた返信")
    clock.set(tokyo(2026, 7, 14, 10, 30))
    for conversation in (failed, fine):
        send_reply(
            world.alice,
            conversation.pk,
            "山田様\n\n変更いたしました。",
            seen_at=clock.at,
            force=True,
        )
    fail(OutboxItem.objects.get(conversation=failed))
    Conversation.objects.filter(pk=fine.pk).update(status="open")  # both in 対応中

    page = world.client(world.alice).get("/q/open/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()

    rows = {
        pk: page.split(f'data-href="/c/{pk}/"')[1].split("</tr>")[0] for pk in (failed.pk, fine.pk)
    }
    assert "送信失敗" in rows[failed.pk] and "送信失敗" not in rows[fine.pk]
    assert "宛名を変更してください。" in rows[failed.pk] and "山田様" not in rows[failed.pk]

    # The search results read the same: the customer's words, not our unsent greeting.
    found = (
        world.client(world.alice)
        .get("/search/", {"q": "status:open"}, HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    result = found.split(f'href="/c/{failed.pk}/"')[1].split("</li>")[0]
    assert "宛名を変更してください。" in result and "変更いたしました" not in result


def test_merging_into_an_unassigned_follow_up_keeps_the_owner_and_says_so(world: World) -> None:
    owned = make_conversation(
        world.support,
        subject="二重に請求されています",
        text="今月二重に請求されています。",
        age=timedelta(days=1),
        status=Status.OPEN,
    )
    Conversation.objects.filter(pk=owned.pk).update(owner=world.bob)
    follow_up = make_conversation(
        world.support,
        subject="昨日の件、まだ返事がないのですが",
        text="二重請求の件はどうなりましたか。",
    )
    lead = world.client(world.lead)

    preview = lead.get(
        f"/c/{owned.pk}/merge/preview/?target={follow_up.pk}", HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert f"#{follow_up.pk} は #{owned.pk} の担当者 bob さんに割り当てられます。" in preview
    assert f"#{follow_up.pk} は「対応中」になります。" in preview

    lead.post(f"/c/{owned.pk}/merge/", {"target": follow_up.pk, "confirm": "1"})

    merged = Conversation.objects.get(pk=follow_up.pk)
    assert merged.owner_id == world.bob.pk and merged.status == Status.OPEN
    assert Notification.objects.filter(recipient=world.bob, conversation=merged).exists()
    mine = world.client(world.bob).get("/q/mine/").content.decode()
    assert f'data-href="/c/{merged.pk}/"' in mine

    # Undoing the merge gives back what the follow-up took over: nobody's, 未対応.
    lead.post(f"/c/{owned.pk}/unmerge/", {"confirm": "1"})
    follow_up.refresh_from_db()
    owned.refresh_from_db()
    assert follow_up.owner_id is None and follow_up.status == Status.NEW
    assert owned.owner_id == world.bob.pk and owned.status == Status.OPEN


def test_undoing_a_merge_keeps_an_owner_chosen_since(world: World) -> None:
    owned = make_conversation(world.support, text="二重請求です。", status=Status.OPEN)
    Conversation.objects.filter(pk=owned.pk).update(owner=world.bob)
    follow_up = make_conversation(world.support, text="どうなりましたか。")
    lead = world.client(world.lead)
    lead.post(f"/c/{owned.pk}/merge/", {"target": follow_up.pk, "confirm": "1"})
    lead.post(f"/c/{follow_up.pk}/assign/", {"owner": world.alice.pk})

    lead.post(f"/c/{owned.pk}/unmerge/", {"confirm": "1"})

    assert Conversation.objects.get(pk=follow_up.pk).owner_id == world.alice.pk


def test_the_approvals_page_says_why_a_reply_failed_in_the_readers_language(
    world: World,
) -> None:
    conversation = make_conversation(world.support, subject="届かなかった返信")
    send_reply(world.alice, conversation.pk, "ご連絡ありがとうございます。", seen_at=timezone.now())
    fail(OutboxItem.objects.get(conversation=conversation))

    page = world.client(world.lead).get("/approvals/", HTTP_ACCEPT_LANGUAGE="ja")

    html = page.content.decode()
    assert "届かなかった返信" in html
    assert "このメールボックスには送信（SMTP）サーバーが設定されていません。" in html
    assert "no SMTP server is set" not in html
