"""The notification centre: who hears of what, the badge, the page, reading them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.conversations import assign
from madoguchi.actions.notes import add_note
from madoguchi.actions.outbox import record_failed
from madoguchi.models import (
    ApprovalPolicy,
    Conversation,
    Notification,
    NotificationKind,
    OutboxItem,
    OutboxState,
    SlaPolicy,
)
from tests.web.conftest import World, make_conversation


def kinds(user: Any) -> list[str]:
    return list(
        Notification.objects.filter(recipient=user).order_by("id").values_list("kind", flat=True)
    )


def queue_reply(world: World, user: Any, conversation_pk: int) -> OutboxItem:
    world.client(user).post(
        f"/c/{conversation_pk}/reply/",
        {"body": "ご確認ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    return OutboxItem.objects.get(conversation_id=conversation_pk)


def test_it_notifies_the_new_owner_but_not_who_took_it_themselves(world: World) -> None:
    conversation = make_conversation(world.support)
    assign(world.lead, conversation, world.alice)
    assert kinds(world.alice) == [NotificationKind.ASSIGNED]
    assign(world.bob, conversation, world.bob)
    assert kinds(world.bob) == []


def test_it_notifies_a_mention_by_japanese_name_with_the_authors_name(world: World) -> None:
    conversation = make_conversation(world.support)
    add_note(world.bob, conversation, "@佐藤さん 請求書の件、確認をお願いします")
    assert kinds(world.alice) == [NotificationKind.MENTIONED]
    client = world.client(world.alice)
    page = client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "bobさんがメモであなたに言及しました。" in page
    world.bob.agent.display_name = "鈴木 ボブ"
    world.bob.agent.save()
    page = client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "鈴木 ボブ mentioned you in a note." in page
    assert f'href="/c/{conversation.pk}/"' in page


def test_it_asks_the_approvers_and_tells_the_author_the_result(world: World) -> None:
    policy = ApprovalPolicy.objects.create(name="新人チェック")
    policy.agents.add(world.alice)
    policy.approvers.add(world.bob)
    conversation = make_conversation(world.support)
    item = queue_reply(world, world.alice, conversation.pk)
    assert item.state == OutboxState.AWAITING_APPROVAL
    # The mailbox's lead, the admin and the policy's approver; not charlie (other team).
    for approver in (world.lead, world.admin, world.bob):
        assert kinds(approver) == [NotificationKind.APPROVAL_REQUESTED]
    assert kinds(world.charlie) == [] and kinds(world.alice) == []
    world.client(world.lead).post(
        f"/c/{conversation.pk}/outbox/{item.pk}/review/",
        {"decision": "return", "comment": "敬語を直してください"},
    )
    decided = Notification.objects.get(recipient=world.alice)
    assert decided.kind == NotificationKind.APPROVAL_DECIDED
    assert decided.detail["state"] == "returned" and decided.actor == world.lead
    page = world.client(world.alice).get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "leadさんがあなたの返信を差し戻しました。" in page.content.decode()


def test_it_tells_the_author_and_the_owner_when_a_reply_fails(world: World) -> None:
    conversation = make_conversation(world.support)
    conversation.owner = world.bob
    conversation.save()
    item = queue_reply(world, world.alice, conversation.pk)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w1")
    assert record_failed(item.pk, "w1", "550 no such user")
    assert kinds(world.alice) == [NotificationKind.SEND_FAILED]
    assert kinds(world.bob) == [NotificationKind.SEND_FAILED]


@pytest.fixture(name="clock")
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    class Clock:
        at = timezone.now()

    current = Clock()
    monkeypatch.setattr(timezone, "now", lambda: current.at)
    sla.forget_setup()
    yield current
    sla.forget_setup()


def test_it_warns_the_owner_and_the_lead_before_and_at_the_breach(world: World, clock: Any) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    SlaPolicy.objects.create(name="標準", first_response_minutes=60, warn_percent=50)
    sla.forget_setup()
    clock.at = datetime(2026, 7, 14, 9, 0, tzinfo=tokyo)  # a Tuesday, business hours
    conversation = make_conversation(world.support, age=timedelta(0))
    conversation.owner = world.alice
    sla.on_customer_message(conversation, clock.at)
    conversation.save()
    assert sla.check_sla(datetime(2026, 7, 14, 9, 31, tzinfo=tokyo)) == 1
    assert sla.check_sla(datetime(2026, 7, 14, 10, 1, tzinfo=tokyo)) == 1
    expected = [NotificationKind.SLA_DUE_SOON, NotificationKind.SLA_BREACHED]
    assert kinds(world.alice) == expected and kinds(world.lead) == expected
    assert kinds(world.bob) == []


def test_a_deadline_found_past_is_announced_once_as_overdue_even_when_it_comes_back(
    world: World, clock: Any
) -> None:
    # Walk 11 F-17: "due soon" and "overdue" arrived together, and again after each failed
    # reply gave the conversation its deadline back.
    tokyo = ZoneInfo("Asia/Tokyo")
    SlaPolicy.objects.create(name="標準", first_response_minutes=60, warn_percent=50)
    sla.forget_setup()
    clock.at = datetime(2026, 7, 14, 9, 0, tzinfo=tokyo)
    conversation = make_conversation(world.support, age=timedelta(0))
    conversation.owner = world.alice
    sla.on_customer_message(conversation, clock.at)
    conversation.save()
    late = datetime(2026, 7, 14, 11, 0, tzinfo=tokyo)  # the worker first looks after the due
    assert sla.check_sla(late) == 1
    assert kinds(world.alice) == [NotificationKind.SLA_BREACHED]
    Conversation.objects.filter(pk=conversation.pk).update(sla_alerted=0)  # deadline back
    assert sla.check_sla(late + timedelta(minutes=5)) == 0
    assert kinds(world.alice) == [NotificationKind.SLA_BREACHED]


def test_the_badge_counts_unread_and_reading_clears_it(world: World) -> None:
    first = make_conversation(world.support)
    second = make_conversation(world.support)
    assign(world.lead, first, world.alice)
    assign(world.lead, second, world.alice)
    client = world.client(world.alice)
    badge = re.compile(r'class="notify-badge"> <b>(\d+)</b>')
    assert badge.findall(client.get("/q/new/").content.decode())[0] == "2"
    client.get(f"/c/{first.pk}/")  # opening the conversation reads its notification
    assert badge.findall(client.get("/q/new/").content.decode())[0] == "1"
    other = Notification.objects.get(recipient=world.alice, read_at__isnull=True)
    # Nobody else can read it for her.
    assert world.client(world.bob).post(f"/notifications/{other.pk}/read/").status_code == 404
    assert client.post(f"/notifications/{other.pk}/read/").status_code == 303
    assert badge.findall(client.get("/q/new/").content.decode()) == []


def test_mark_all_read_reads_only_ones_own(world: World) -> None:
    conversation = make_conversation(world.support)
    assign(world.lead, conversation, world.alice)
    add_note(world.alice, conversation, "@bob 見てください")
    world.client(world.alice).post("/notifications/read-all/")
    assert not Notification.objects.filter(recipient=world.alice, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=world.bob, read_at__isnull=True).count() == 1


def test_the_page_lists_newest_first_in_keyset_pages(world: World, monkeypatch: Any) -> None:
    from madoguchi.web.views import notifications

    monkeypatch.setattr(notifications, "PAGE_SIZE", 3)
    conversations = [make_conversation(world.support, subject=f"件名{i}") for i in range(7)]
    for conversation in conversations:
        assign(world.lead, conversation, world.alice)
    client = world.client(world.alice)
    seen: list[str] = []
    url = "/notifications/"
    while url:
        body = client.get(url).content.decode()
        seen += re.findall(r'class="subject">(件名\d)</a>', body)
        cursor = re.search(r'href="\?after=([^"]+)" rel="next"', body)
        url = f"/notifications/?after={cursor.group(1)}" if cursor else ""
    assert seen == [f"件名{i}" for i in reversed(range(7))]


def test_the_page_hides_conversations_the_reader_can_no_longer_see(world: World) -> None:
    conversation = make_conversation(world.support)
    assign(world.lead, conversation, world.alice)
    world.alice.agent.teams.clear()
    body = world.client(world.alice).get("/notifications/").content.decode()
    assert f"/c/{conversation.pk}/" not in body


def test_the_badge_is_one_query_whatever_the_number(
    world: World, django_assert_num_queries: Any
) -> None:
    from madoguchi.actions.notify import Unread, unread_badges

    for _ in range(5):
        conversation = make_conversation(world.support)
        assign(world.lead, conversation, world.alice)
    add_note(world.bob, conversation, "@alice お願いします")
    with django_assert_num_queries(1):
        assert unread_badges(world.alice) == Unread(notifications=6, mentions=1)
    with django_assert_num_queries(1):
        assert unread_badges(world.charlie) == Unread(notifications=0, mentions=0)


def test_every_notification_and_the_pages_read_in_japanese(world: World) -> None:
    from django.utils import translation

    from madoguchi.web.notification_texts import describe

    conversation = make_conversation(world.support)
    variants: list[tuple[str, dict[str, Any]]] = [
        (kind, {}) for kind in NotificationKind.values
    ] + [
        (NotificationKind.APPROVAL_DECIDED, {"state": "edited"}),
        (NotificationKind.APPROVAL_DECIDED, {"state": "returned"}),
        (NotificationKind.ASSIGNED, {"by": "rule: 大口顧客"}),
    ]
    for kind, detail in variants:
        for actor, on_behalf_of in ((world.bob, None), (None, None), (world.bob, world.lead)):
            notification = Notification.objects.create(
                recipient=world.alice,
                kind=kind,
                conversation=conversation,
                actor=actor,
                on_behalf_of=on_behalf_of,
                detail=detail,
                created_at=timezone.now(),
            )
            with translation.override("en"):
                english = describe(notification)
            with translation.override("ja"):
                japanese = describe(notification)
            assert english != japanese, (kind, detail, english)
            assert not re.search(r"\b(you|the|a|to|in)\b", japanese), japanese
    for url in ("/notifications/", "/preferences/absence/"):
        body = world.client(world.alice).get(url, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
        for english in ("Notifications", "Mark all as read", "Absence", "Substitute", "away"):
            assert f">{english}<" not in body and f"{english}:" not in body, (url, english)


def test_the_page_costs_the_same_queries_for_many_notifications(
    world: World, django_assert_max_num_queries: Any
) -> None:
    client = world.client(world.alice)
    assign(world.lead, make_conversation(world.support), world.alice)
    client.get("/notifications/")  # the session is set up
    # 13 (s14; 14 before the sidebar's mailboxes and the ids were one read).
    # 14: the sidebar's 送信失敗 count is read apart (s44: two index reads
    # instead of a walk of every conversation).
    with django_assert_max_num_queries(14) as few:
        client.get("/notifications/")
    for i in range(20):
        conversation = make_conversation(world.support, subject=f"件名{i}")
        assign(world.lead if i % 2 else world.bob, conversation, world.alice)
        add_note(world.bob, conversation, "@佐藤さん 確認お願いします")
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get("/notifications/").content.decode()
    assert body.count('class="notification ') == 41


def test_an_unread_assignment_is_withdrawn_when_the_conversation_goes_elsewhere(
    world: World,
) -> None:
    # Walk 23: a bulk assignment undone left the agent an unread "assigned to you".
    conversation = make_conversation(world.support)
    assign(world.lead, conversation, world.alice)
    assign(world.lead, conversation, world.bob)
    assert kinds(world.alice) == []
    assert kinds(world.bob) == [NotificationKind.ASSIGNED]
    # One already read is history and stays.
    Notification.objects.filter(recipient=world.bob).update(read_at=timezone.now())
    assign(world.lead, conversation, None)
    assert kinds(world.bob) == [NotificationKind.ASSIGNED]
