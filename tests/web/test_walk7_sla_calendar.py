"""Opening hours typed as people type them in a Japanese form, and a mistake explained in the
reader's language."""

from __future__ import annotations

from datetime import time

from madoguchi.models import BusinessCalendar
from madoguchi.sla.calendar import parse_periods
from tests.web.conftest import World
from tests.web.test_sla_settings import _calendar_form


def test_it_reads_ji_and_full_width_times() -> None:
    assert parse_periods("10時-18時") == ((time(10), time(18)),)
    assert parse_periods("１０：００－１２：００、13時-17時30分") == (
        (time(10), time(12)),
        (time(13), time(17, 30)),
    )


def test_it_saves_a_calendar_whose_hours_are_written_in_ji(world: World) -> None:
    response = world.client(world.lead).post(
        "/sla/calendars/new/",
        _calendar_form(hours_0="10時-18時", team=str(world.team_a.pk)),
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code in (302, 303)
    calendar = BusinessCalendar.objects.get()
    assert calendar.weekly_hours["0"] == "10:00-18:00"


def test_it_explains_a_single_time_in_japanese(world: World) -> None:
    body = (
        world.client(world.lead)
        .post(
            "/sla/calendars/new/",
            _calendar_form(hours_0="10時", team=str(world.team_a.pk)),
            HTTP_ACCEPT_LANGUAGE="ja",
        )
        .content.decode()
    )
    assert "09:00-12:00, 13:00-18:00 のように書いてください" in body
    assert not BusinessCalendar.objects.exists()
