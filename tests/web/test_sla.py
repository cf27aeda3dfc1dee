"""SLA clocks kept by the actions: a mail starts them, a reply, 返信待ち, a snooze and
resolving move them; the timer warns once and records the breach once."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from madoguchi.actions import sla
from madoguchi.actions.conversations import (
    add_label,
    merge,
    set_priority,
    set_status,
    snooze,
    wake_snoozed,
)
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.actions.replies import send_reply
from madoguchi.models import Conversation, Event, Label, Priority, SlaPolicy, Status
from tests.web.conftest import World

TOKYO = ZoneInfo("Asia/Tokyo")


def tokyo(*args: int) -> datetime:
    return datetime(*args, tzinfo=TOKYO)  # type: ignore[misc]


@pytest.fixture(name="clock")
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Sets the time every action sees."""

    class Clock:
        at = timezone.now()

        def set(self, at: datetime) -> None:
            self.at = at

    current = Clock()
    monkeypatch.setattr(timezone, "now", lambda: current.at)
    sla.forget_setup()
    yield current
    sla.forget_setup()


def mail(
    world: World, at: datetime, subject: str = "請求書の宛名", reply_to: str = ""
) -> Conversation:
    message_id = f"<{at.timestamp()}.{subject.encode().hex()[:8]}@customer.example>"
    headers = [
        "From: 山田 太郎 <taro@customer.example>",
        f"To: {world.support.address}",
        f"Subject: {'Re: ' if reply_to else ''}{subject}",
        f"Message-ID: {message_id}",
        f"Date: {at.strftime('%a, %d %b %Y %H:%M:%S %z')}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if reply_to:
        headers.append(f"In-Reply-To: {reply_to}")
    raw = ("\r\n".join(headers) + "\r\n\r\n宛名を変更してください。\r\n").encode()
    prepared = prepare_mail(raw, Path(settings.ATTACHMENT_DIR))
    ingest_batch(
        IngestSession(world.support, trust_own_address=True),
        [(IncomingMail(raw=raw, source="test", received_at=at), prepared)],
    )
    return Conversation.objects.get(messages__message_id=message_id)


def reply(world: World, conversation: Conversation, at: datetime) -> Conversation:
    send_reply(world.alice, conversation.pk, "ご連絡ありがとうございます。", seen_at=at, force=True)
    return Conversation.objects.get(pk=conversation.pk)


def policy(**targets: Any) -> SlaPolicy:
    created = SlaPolicy.objects.create(name="標準", **targets)
    sla.forget_setup()
    return created


def test_a_friday_evening_mail_is_due_after_the_monday_holiday(world: World, clock: Any) -> None:
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 17, 17, 50))
    conversation = mail(world, tokyo(2026, 7, 17, 17, 50))  # Monday 7/20 is 海の日
    assert conversation.sla_due_at == tokyo(2026, 7, 21, 9, 50)
    assert conversation.sla_kind == sla.FIRST_RESPONSE
    assert conversation.sla_warn_at == tokyo(2026, 7, 21, 9, 38)  # 80 % of the hour


def test_without_a_policy_the_mailbox_target_counts_business_hours(
    world: World, clock: Any
) -> None:
    world.support.sla_hours = 4
    world.support.save()
    clock.set(tokyo(2026, 7, 17, 16, 0))
    conversation = mail(world, tokyo(2026, 7, 17, 16, 0))
    # Two hours on Friday, two on Tuesday after 海の日 (lunch excluded: 09:00–11:00).
    assert conversation.sla_due_at == tokyo(2026, 7, 21, 11, 0)


def test_the_clock_stops_while_waiting_on_the_customer(world: World, clock: Any) -> None:
    policy(first_response_minutes=60, next_response_minutes=30, resolution_minutes=120)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 10, 30))
    conversation = reply(world, conversation, tokyo(2026, 7, 14, 10, 30))
    assert conversation.status == Status.WAITING
    assert (conversation.first_response_seconds, conversation.first_response_met) == (1800, True)
    assert conversation.sla_due_at is None  # 返信待ち: nothing is owed
    # The customer answers the next morning: 30 minutes of resolution time were used.
    clock.set(tokyo(2026, 7, 15, 9, 0))
    conversation = mail(
        world, tokyo(2026, 7, 15, 9, 0), reply_to=conversation.messages.first().message_id
    )
    assert conversation.status == Status.OPEN
    assert conversation.sla_kind == sla.NEXT_RESPONSE
    assert conversation.sla_due_at == tokyo(2026, 7, 15, 9, 30)
    clock.set(tokyo(2026, 7, 15, 9, 20))
    conversation = set_status(world.alice, conversation.pk, Status.RESOLVED)
    assert (conversation.resolution_seconds, conversation.resolution_met) == (3000, True)
    assert conversation.sla_due_at is None


def test_reopening_continues_the_resolution_clock(world: World, clock: Any) -> None:
    policy(resolution_minutes=120)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 11, 0))
    set_status(world.alice, conversation.pk, Status.RESOLVED)
    clock.set(tokyo(2026, 7, 16, 15, 0))
    conversation = set_status(world.alice, conversation.pk, Status.OPEN)
    assert conversation.sla_kind == sla.RESOLUTION
    assert conversation.sla_due_at == tokyo(2026, 7, 16, 16, 0)
    assert Event.objects.filter(
        conversation=conversation, verb="status_changed", before={"status": "resolved"}
    ).exists()


def test_a_snooze_pauses_the_clock_when_the_policy_says_so(world: World, clock: Any) -> None:
    policy(first_response_minutes=120, pause_when_snoozed=True)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 11, 0))
    conversation = snooze(world.alice, conversation.pk, tokyo(2026, 7, 15, 9, 0))
    assert conversation.sla_due_at is None
    clock.set(tokyo(2026, 7, 15, 9, 0))
    wake_snoozed()
    conversation.refresh_from_db()
    # One hour was used before the snooze; one remains from the wake-up.
    assert conversation.sla_due_at == tokyo(2026, 7, 15, 10, 0)


def test_a_snooze_does_not_pause_when_the_lead_chose_so(world: World, clock: Any) -> None:
    policy(first_response_minutes=120, pause_when_snoozed=False)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 11, 0))
    conversation = snooze(world.alice, conversation.pk, tokyo(2026, 7, 15, 9, 0))
    assert conversation.sla_due_at == tokyo(2026, 7, 14, 12, 0)  # still running


def test_priority_and_label_policies_win_over_the_general_one(world: World, clock: Any) -> None:
    policy(first_response_minutes=240)
    SlaPolicy.objects.create(name="至急", priority=Priority.URGENT, first_response_minutes=60)
    vip = Label.objects.create(name="VIP")
    SlaPolicy.objects.create(name="VIP", label=vip, first_response_minutes=30)
    sla.forget_setup()
    clock.set(tokyo(2026, 7, 14, 9, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 9, 0))
    assert conversation.sla_due_at == tokyo(2026, 7, 14, 14, 0)
    conversation = set_priority(world.alice, conversation.pk, Priority.URGENT)
    assert conversation.sla_due_at == tokyo(2026, 7, 14, 10, 0)
    conversation = add_label(world.alice, conversation.pk, vip)
    assert conversation.sla_due_at == tokyo(2026, 7, 14, 9, 30)


def test_the_timer_warns_once_then_records_the_breach_once(world: World, clock: Any) -> None:
    policy(first_response_minutes=60, warn_percent=50)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 9, 0))
    assert sla.check_sla(tokyo(2026, 7, 14, 9, 20)) == 0
    assert sla.check_sla(tokyo(2026, 7, 14, 9, 31)) == 1
    assert sla.check_sla(tokyo(2026, 7, 14, 9, 40)) == 0
    assert sla.check_sla(tokyo(2026, 7, 14, 10, 1)) == 1
    assert sla.check_sla(tokyo(2026, 7, 14, 11, 0)) == 0
    warnings = Event.objects.filter(conversation=conversation, verb="sla_warning")
    assert [e.after["kind"] for e in warnings.order_by("id")] == [sla.DUE_SOON, sla.BREACHED]


def test_the_overdue_folder_lists_late_conversations_with_a_count(world: World, clock: Any) -> None:
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    late = mail(world, tokyo(2026, 7, 14, 9, 0), subject="遅れている件")
    clock.set(tokyo(2026, 7, 14, 10, 0))
    soon = mail(world, tokyo(2026, 7, 14, 10, 0), subject="まもなく期限の件")
    clock.set(tokyo(2026, 7, 14, 10, 55))
    body = world.client(world.alice).get("/q/overdue/").content.decode()
    assert f'data-href="/c/{late.pk}/"' in body
    assert f'data-href="/c/{soon.pk}/"' not in body
    assert '<em data-count="overdue">1</em>' in body
    body = world.client(world.alice).get("/q/due_soon/").content.decode()
    assert f'data-href="/c/{soon.pk}/"' in body
    assert '<em data-count="due_soon">1</em>' in body
    assert "7/14 11:00" in body  # the due time on the row, in the user's time zone
    body = world.client(world.alice).get(f"/c/{late.pk}/").content.decode()
    assert "2026-07-14 10:00" in body and "badge late" in body


def test_sla_bucket_expression_orders_overdue_first(world: World, clock: Any) -> None:
    from madoguchi.web.queries import sla_bucket_expression

    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    late = mail(world, tokyo(2026, 7, 14, 9, 0), subject="一")
    soon = mail(world, tokyo(2026, 7, 14, 9, 50), subject="二")
    later = mail(world, tokyo(2026, 7, 14, 10, 50), subject="三")
    at = tokyo(2026, 7, 14, 10, 45)
    ordered = (
        Conversation.objects.annotate(bucket=sla_bucket_expression(at))
        .order_by("bucket")
        .values_list("pk", "bucket")
    )
    assert list(ordered) == [(late.pk, 0), (soon.pk, 1), (later.pk, 2)]
    set_status(world.alice, later.pk, Status.WAITING)
    assert Conversation.objects.annotate(b=sla_bucket_expression(at)).get(pk=later.pk).b == 3
    assert timedelta(0) < sla.due_in(Conversation.objects.get(pk=soon.pk), at)  # type: ignore[operator]


def test_waiting_too_long_reminds_the_owner_then_resolves(world: World, clock: Any) -> None:
    policy(first_response_minutes=60, remind_after_days=2, resolve_after_days=1)
    clock.set(tokyo(2026, 7, 14, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 14, 10, 0))
    clock.set(tokyo(2026, 7, 14, 10, 30))
    conversation = reply(world, conversation, tokyo(2026, 7, 14, 10, 30))  # 返信待ち
    assert conversation.reminder_at == tokyo(2026, 7, 16, 10, 30)  # two business days
    assert sla.check_reminders(tokyo(2026, 7, 16, 10, 0)) == 0
    assert sla.check_reminders(tokyo(2026, 7, 16, 10, 31)) == 1
    conversation.refresh_from_db()
    # One more business day: Friday 7/17, then the weekend and 海の日 do not count.
    assert conversation.reminder_at == tokyo(2026, 7, 17, 10, 30)
    assert sla.check_reminders(tokyo(2026, 7, 17, 10, 31)) == 1
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED
    steps = Event.objects.filter(conversation=conversation, verb="waiting_reminder")
    assert [e.after["step"] for e in steps.order_by("id")] == [sla.REMINDED, sla.AUTO_RESOLVED]
    assert Event.objects.filter(
        conversation=conversation, verb="status_changed", after__why="no_answer"
    ).exists()


def test_a_customer_reply_cancels_the_reminder(world: World, clock: Any) -> None:
    policy(first_response_minutes=60, remind_after_days=1, resolve_after_days=1)
    clock.set(tokyo(2026, 7, 17, 10, 0))
    conversation = mail(world, tokyo(2026, 7, 17, 10, 0))
    conversation = reply(world, conversation, tokyo(2026, 7, 17, 10, 0))
    assert conversation.reminder_at == tokyo(2026, 7, 21, 10, 0)  # past the weekend and 海の日
    clock.set(tokyo(2026, 7, 20, 9, 0))
    conversation = mail(
        world, tokyo(2026, 7, 20, 9, 0), reply_to=conversation.messages.first().message_id
    )
    assert conversation.status == Status.OPEN and conversation.reminder_at is None
    assert sla.check_reminders(tokyo(2026, 7, 22, 12, 0)) == 0
    assert not Event.objects.filter(verb="waiting_reminder").exists()


def test_a_follow_up_merged_with_the_late_conversation_stays_late(world: World, clock: Any) -> None:
    """Walk 12, F-1: 「昨日の件、まだ返事がないのですが」 merged with the customer's unanswered
    mail of the day before kept its own fresh deadline; the breach left 期限超過."""
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    late = mail(world, tokyo(2026, 7, 14, 9, 0), subject="二重に請求されています")
    clock.set(tokyo(2026, 7, 15, 9, 0))
    follow_up = mail(world, tokyo(2026, 7, 15, 9, 0), subject="昨日の件、まだ返事がないのですが")
    assert sla.check_sla(tokyo(2026, 7, 15, 9, 5)) == 1  # the late one's breach

    kept = merge(world.lead, late, follow_up)

    kept.refresh_from_db()
    assert kept.sla_due_at == tokyo(2026, 7, 14, 10, 0)
    body = world.client(world.alice).get("/q/overdue/").content.decode()
    assert f'data-href="/c/{kept.pk}/"' in body
    assert f'data-href="/c/{late.pk}/"' not in body  # merged away: nothing owed there
    assert sla.check_sla(tokyo(2026, 7, 15, 9, 10)) == 0  # not announced a second time


def test_a_late_follow_up_keeps_its_own_deadline_when_merged_with_an_answered_one(
    world: World, clock: Any
) -> None:
    policy(first_response_minutes=60)
    clock.set(tokyo(2026, 7, 14, 9, 0))
    answered = reply(world, mail(world, tokyo(2026, 7, 14, 9, 0), subject="請求書の宛名"), clock.at)
    clock.set(tokyo(2026, 7, 15, 9, 0))
    follow_up = mail(world, tokyo(2026, 7, 15, 9, 0), subject="追加の質問")

    kept = merge(world.lead, answered, follow_up)

    kept.refresh_from_db()
    assert kept.sla_due_at == tokyo(2026, 7, 15, 10, 0)
