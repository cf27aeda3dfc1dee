"""Snooze presets (明日の朝, 来週月曜, until the customer replies), a horizon, and the wake
time in the snoozed list."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from madoguchi.actions.snoozing import preset_time
from madoguchi.models import Agent
from tests.web.conftest import World, make_conversation

TOKYO = ZoneInfo("Asia/Tokyo")


def test_the_presets_fall_on_a_working_morning_in_the_agents_zone() -> None:
    friday = datetime(2026, 11, 27, 15, 0, tzinfo=TOKYO)
    monday = datetime(2026, 11, 30, 8, 0, tzinfo=TOKYO)
    with timezone.override(TOKYO):
        assert preset_time("tomorrow", friday) == datetime(2026, 11, 28, 9, 0, tzinfo=TOKYO)
        assert preset_time("monday", friday) == datetime(2026, 11, 30, 9, 0, tzinfo=TOKYO)
        # On a Monday, 来週月曜 is the Monday after, not this morning.
        assert preset_time("monday", monday) == datetime(2026, 12, 7, 9, 0, tzinfo=TOKYO)
        assert preset_time("reply", friday) == friday + timedelta(days=14)


def test_it_snoozes_until_tomorrow_morning_in_the_agents_time_zone(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support)
    world.client(world.alice).post(f"/c/{conversation.pk}/snooze/", {"preset": "tomorrow"})
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None
    wakes = conversation.snoozed_until.astimezone(TOKYO)
    assert (wakes.hour, wakes.minute) == (9, 0)
    assert wakes.date() == (timezone.now().astimezone(TOKYO) + timedelta(days=1)).date()


def test_it_refuses_a_snooze_past_the_horizon_and_says_how_far(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    response = client.post(
        f"/c/{conversation.pk}/snooze/",
        {"until": "9999-12-31T09:00"},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    assert "スヌーズできるのは 90 日先までです。" in response.content.decode()
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None


def test_the_snoozed_list_shows_when_each_wakes(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/snooze/", {"preset": "monday"})
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None
    shown = conversation.snoozed_until.astimezone(TOKYO).strftime("%m/%d 09:00")
    body = client.get("/q/snoozed/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "再表示 <time datetime=" in body and shown in body


def test_the_conversation_page_offers_the_presets(world: World) -> None:
    conversation = make_conversation(world.support)
    body = (
        world.client(world.alice)
        .get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    for value, name in (
        ("tomorrow", "明日の朝"),
        ("monday", "来週月曜"),
        ("reply", "お客様の返信まで"),
    ):
        assert f'name="preset" value="{value}">{name}</button>' in body
