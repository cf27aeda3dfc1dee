"""The queue's bulk snooze says what お客様の返信まで does and when the conversations come
back, in the side panel's words: beside the choice, and after applying it (s9 walk)."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from madoguchi.models import Agent, Conversation
from tests.web.conftest import World, make_conversation

TOKYO = ZoneInfo("Asia/Tokyo")


def _day_in_two_weeks(language: str) -> str:
    wakes = (timezone.now() + timedelta(days=14)).astimezone(TOKYO)
    if language == "ja":
        return f"{wakes.year}年{wakes.month}月{wakes.day}日"
    with translation.override("en"):
        return date_format(wakes, "DATE_FORMAT")  # Dec. 15, 2026


@pytest.mark.parametrize(
    ("language", "beside", "after"),
    [
        (
            "ja",
            "「お客様の返信まで」：返信があればすぐに戻ります。返信がなければ",
            "2 件の問い合わせをお客様の返信までスヌーズしました。"
            "お客様から返信があった問い合わせはすぐに戻ります。返信がなければ",
        ),
        (
            "en",
            "“Until the customer replies”: their next mail brings it back at once; if none "
            "comes, it is back on",
            "2 conversations snoozed until the customer replies: a customer&#x27;s next mail "
            "brings that conversation back at once. If no reply comes, it is back on",
        ),
    ],
)
def test_the_bulk_snooze_until_the_reply_says_when_they_come_back(
    world: World, language: str, beside: str, after: str
) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    first = make_conversation(world.support, status="waiting")
    second = make_conversation(world.support, subject="請求書の再発行", status="waiting")
    client = world.client(world.alice)
    day = _day_in_two_weeks(language)

    queue = client.get("/q/waiting/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    hint = re.search(r'class="muted snooze-reply-hint" data-for="snooze">([^<]*)<', queue)
    assert hint is not None and beside in hint.group(1) and day in hint.group(1), hint

    done = client.post(
        "/q/bulk/",
        {"ids": [first.pk, second.pk], "operation": "snooze", "preset": "reply"},
        HTTP_ACCEPT_LANGUAGE=language,
        follow=True,
    ).content.decode()
    assert after in done and day in done
    woken = Conversation.objects.filter(pk__in=[first.pk, second.pk])
    assert all(c.snoozed_until is not None for c in woken)
    # Each conversation says it too, as a snooze from its own panel does.
    page = client.get(f"/c/{first.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "お客様の返信までスヌーズ中" in page


def test_a_bulk_snooze_to_a_time_names_the_time(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    first = make_conversation(world.support, status="open")
    until = (timezone.now() + timedelta(days=3)).astimezone(TOKYO)
    done = (
        world.client(world.alice)
        .post(
            "/q/bulk/",
            {"ids": [first.pk], "operation": "snooze", "until": until.strftime("%Y-%m-%dT%H:%M")},
            HTTP_ACCEPT_LANGUAGE="ja",
            follow=True,
        )
        .content.decode()
    )
    flash = re.search(r'<li class="flash-success">([^<]*)<', done)
    assert flash is not None
    day = f"{until.year}年{until.month}月{until.day}日"
    assert flash.group(1).startswith(f"1 件の問い合わせを {day}")
    assert flash.group(1).endswith("までスヌーズしました。")
