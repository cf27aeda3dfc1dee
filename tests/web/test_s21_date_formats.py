"""English dates are written one way across the UI (walk 20 G17): the timeline's 2026-12-02 05:35
was beside "Dec. 17, 2026, 5:43 p.m." in the snooze hint and "Dec. 4, 2026, 9 a.m." in the
bulk snooze's message. Japanese keeps 2026年12月4日9:00."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from madoguchi.models import Agent
from tests.web.conftest import World, make_conversation

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", lambda d: f"{d:%Y-%m-%d %H:%M}"),
        ("ja", lambda d: f"{d.year}年{d.month}月{d.day}日{d.hour}:{d:%M}"),
    ],
)
def test_the_bulk_snooze_message_writes_the_time_as_the_timeline_does(
    world: World, language: str, written
) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support, status="open")
    until = (
        (timezone.now() + timedelta(days=3))
        .astimezone(TOKYO)
        .replace(hour=9, minute=5, second=0, microsecond=0)
    )
    done = (
        world.client(world.alice)
        .post(
            "/q/bulk/",
            {"ids": [conversation.pk], "operation": "snooze", "until": f"{until:%Y-%m-%dT%H:%M}"},
            HTTP_ACCEPT_LANGUAGE=language,
            follow=True,
        )
        .content.decode()
    )
    flash = re.search(r'<li class="flash-success">([^<]*)<', done)
    assert flash is not None
    assert written(until) in flash.group(1), flash.group(1)
    assert "a.m." not in flash.group(1) and "p.m." not in flash.group(1)


def test_the_english_conversation_page_has_no_month_name_dates(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support, status="waiting")
    page = (
        world.client(world.alice)
        .get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en")
        .content.decode()
    )
    hint = re.search(r'class="muted snooze-reply-hint"><small>([^<]*)<', page)
    assert hint is not None, "the snooze-until-reply hint"
    assert re.search(r"it is back on \d{4}-\d\d-\d\d \d\d:\d\d\.", hint.group(1)), hint.group(1)
    assert not re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? \d", page)
