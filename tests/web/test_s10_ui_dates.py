"""One kind of date field everywhere (s10-ui): text written the way the UI language writes
dates (2026/11/01 in Japanese, 2026-11-01 in English) with the browser's calendar beside it.
The calendar is never sent; the text is, and it is read in every form people type."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from madoguchi.models import Agent
from madoguchi.web.date_fields import read_day_time
from tests.web.conftest import World, make_conversation

TOKYO = ZoneInfo("Asia/Tokyo")
EXAMPLE = {"ja": "YYYY/MM/DD", "en": "YYYY-MM-DD"}  # a format, not a date (walk 11 F-2)


def _fields(page: str) -> list[tuple[str, str, str]]:
    """(name, placeholder, the picker's type) of each date field on the page."""
    found = []
    for field in re.findall(r'<span class="date-field"[^>]*>(.*?)</span>\s*</span>', page, re.S):
        name = re.search(r'<input type="text" name="([^"]+)"', field)
        placeholder = re.search(r'placeholder="([^"]+)"', field)
        picker = re.search(r'<input type="([^"]+)" tabindex="-1" aria-hidden="true"', field)
        assert name and placeholder and picker, field
        assert not re.search(r'<input type="(?:date|datetime-local)"[^>]*name=', field), field
        found.append((name.group(1), placeholder.group(1), picker.group(1)))
    return found


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_date_field_is_text_in_the_ui_languages_way_with_a_calendar(
    world: World, language: str
) -> None:
    conversation = make_conversation(world.support, status="waiting")
    lead = world.client(world.lead)
    day, moment = EXAMPLE[language], EXAMPLE[language] + " hh:mm"

    def fields(url: str) -> list[tuple[str, str, str]]:
        return _fields(lead.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode())

    assert fields("/reports/") == [("start", day, "date"), ("end", day, "date")]
    assert fields("/audit/") == [("since", day, "date"), ("until", day, "date")]
    assert fields("/preferences/absence/") == [
        ("away_from", day, "date"),
        ("away_until", day, "date"),
    ]
    assert fields(f"/people/{world.alice.pk}/") == [  # the lead sets it for alice
        ("absence-away_from", day, "date"),
        ("absence-away_until", day, "date"),
    ]
    assert fields(f"/c/{conversation.pk}/") == [("until", moment, "datetime-local")]
    assert fields("/q/new/") == [("until", moment, "datetime-local")]


def test_the_snooze_calendar_is_bounded_by_now_and_the_horizon(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    picker = re.search(r'<input type="datetime-local"[^>]*min="([^"]+)" max="([^"]+)"', page)
    assert picker is not None
    now = timezone.now().astimezone(TOKYO)
    earliest = datetime.fromisoformat(picker.group(1))
    latest = datetime.fromisoformat(picker.group(2))
    assert abs(earliest - now.replace(tzinfo=None)) < timedelta(minutes=5)
    assert (latest - earliest).days == 90


@pytest.mark.parametrize(
    "typed",
    [
        "{y}/{m}/{d} 10:30",
        "{y}-{m}-{d}T10:30",  # what the browser's own picker sends without JavaScript
        "{y}年{m}月{d}日 10時30分",
        "{y}/{m}/{d}　１０：３０",  # full width, as a Japanese IME types it
    ],
)
def test_a_snooze_time_is_read_in_every_form_people_type(world: World, typed: str) -> None:
    Agent.objects.filter(user=world.alice).update(time_zone="Asia/Tokyo")
    conversation = make_conversation(world.support, status="open")
    day = (timezone.now().astimezone(TOKYO) + timedelta(days=3)).date()
    until = typed.format(y=day.year, m=f"{day.month:02d}", d=day.day)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/snooze/", {"until": until}, HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None, response.content.decode()[-3000:]
    wakes = conversation.snoozed_until.astimezone(TOKYO)
    assert (wakes.date(), wakes.hour, wakes.minute) == (day, 10, 30)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("ja", "2026/11/01 09:30"),
        ("en", "Enter a date and time such as 2026/11/01 09:30 or 2026-11-01 09:30."),
    ],
)
def test_a_snooze_time_that_is_no_date_is_named(world: World, language: str, message: str) -> None:
    conversation = make_conversation(world.support, status="open")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/snooze/",
        {"until": "11/03/2026 10:30"},  # month first: read either way, so refused
        HTTP_ACCEPT_LANGUAGE=language,
        follow=True,
    )
    page = response.content.decode()
    assert message in page
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None


def test_an_absence_is_set_with_days_written_the_japanese_way(world: World) -> None:
    today = timezone.localdate()
    later = today + timedelta(days=4)
    world.client(world.alice).post(
        "/preferences/absence/",
        {
            "away_from": f"{today.year}/{today.month}/{today.day}",
            "away_until": f"{later.year}年{later.month}月{later.day}日",
            "substitute": world.bob.pk,
        },
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    agent = Agent.objects.get(user=world.alice)
    assert (agent.away_from, agent.away_until) == (today, later)
    page = world.client(world.alice).get("/preferences/absence/", HTTP_ACCEPT_LANGUAGE="ja")
    assert f'value="{today:%Y/%m/%d}"' in page.content.decode()


def test_read_day_time_reads_a_day_alone_as_its_midnight_and_refuses_impossible_times() -> None:
    assert read_day_time("2026/11/01") == datetime(2026, 11, 1)
    assert read_day_time("2026-11-01 7:05") == datetime(2026, 11, 1, 7, 5)
    assert read_day_time("11/01/2026") is None
    with pytest.raises(ValueError):
        read_day_time("2026/11/01 25:00")
    assert date(2026, 11, 1) == read_day_time("２０２６年１１月１日").date()  # type: ignore[union-attr]
