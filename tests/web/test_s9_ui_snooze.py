"""お客様の返信まで says what it does and when it wakes without a reply; スヌーズ中 has a
count (s8 walk: a 2-week date was set silently and the folder showed no number)."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from madoguchi.models import Agent, Conversation
from tests.web.conftest import World, make_conversation

TOKYO = ZoneInfo("Asia/Tokyo")


def test_it_says_when_a_snooze_until_the_reply_wakes_without_one(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support, status="waiting")
    client = world.client(world.alice)
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    wakes = (timezone.now() + timedelta(days=14)).astimezone(TOKYO)
    day = f"{wakes.year}年{wakes.month}月{wakes.day}日"
    hint = re.search(r'class="muted snooze-reply-hint"><small>([^<]*)<', page)
    assert hint is not None
    assert "返信があればすぐに戻ります" in hint.group(1) and day in hint.group(1)

    response = client.post(
        f"/c/{conversation.pk}/snooze/",
        {"preset": "reply"},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    text = response.content.decode()
    assert "お客様の返信までスヌーズしました" in text and day in text
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None
    # The page keeps saying it: in the header and in the timeline.
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    wakes_at = conversation.snoozed_until.astimezone(TOKYO).strftime("%Y-%m-%d %H:%M")
    assert f"お客様の返信までスヌーズ中（返信がなければ {wakes_at} に戻ります）" in page
    assert "佐藤 アリス さんがお客様の返信までスヌーズしました" in page

    english = client.post(
        f"/c/{conversation.pk}/snooze/",
        {"preset": "reply"},
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    ).content.decode()
    assert "Snoozed until the customer replies" in english
    assert "If no reply comes, it is back on" in english


def test_the_snoozed_folder_shows_how_many_are_snoozed(world: World) -> None:
    first = make_conversation(world.support, status="waiting")
    second = make_conversation(world.support, subject="請求書", status="open")
    make_conversation(world.sales, subject="他のチーム")  # not alice's to see
    client = world.client(world.alice)

    def snoozed_count() -> str:
        page = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
        found = re.search(r"<span>スヌーズ中</span><em>(\d+)</em>", page)
        assert found is not None
        return found.group(1)

    assert snoozed_count() == "0"
    client.post(f"/c/{first.pk}/snooze/", {"preset": "reply"})
    client.post(f"/c/{second.pk}/snooze/", {"preset": "tomorrow"})
    assert snoozed_count() == "2"
    world.client(world.charlie).post(f"/c/{first.pk}/snooze/", {"preset": "tomorrow"})
    assert snoozed_count() == "2"


def test_a_timed_snooze_keeps_its_plain_header(world: World) -> None:
    conversation = make_conversation(world.support, status="open")
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/snooze/", {"preset": "tomorrow"})
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "スヌーズ期限" in page and "お客様の返信までスヌーズ中" not in page


def test_snoozing_a_first_mail_past_its_reply_deadline_is_warned(world: World) -> None:
    """Walk 12, F-12: one tap hid a customer's first mail, unanswered and unowned, past the
    deadline promised to them, without a word. (Since walk 13, F13, the warning asks before
    snoozing: tests/web/test_s17_snooze_asks_first.py.)"""
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(
        sla_response_owed=True, sla_due_at=timezone.now() + timedelta(hours=2)
    )
    client = world.client(world.alice)

    page = client.post(
        f"/c/{conversation.pk}/snooze/", {"preset": "tomorrow"}, follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()  # fmt: skip

    assert "まだ一度も返信していません" in page
    later = make_conversation(world.support, status="open")
    page = client.post(
        f"/c/{later.pk}/snooze/", {"preset": "tomorrow"}, follow=True, HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert "まだ一度も返信していません" not in page
