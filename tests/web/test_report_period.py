"""The reports' period menu and the figures say the same thing (a walker chose 直近7日 and
the figures covered the month: dates left in the form won over the menu)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from madoguchi.models import Priority, ReportDay
from tests.web.conftest import World


def received_on(world: World, days_ago: int, count: int) -> None:
    ReportDay.objects.create(
        day=timezone.localdate() - timedelta(days=days_ago),
        mailbox_id=world.support.pk,
        priority=Priority.NORMAL,
        received=count,
    )


def selected_period(page: str) -> str:
    start = page.index('name="days"')
    menu = page[start : page.index("</select>", start)]
    chosen = menu[menu.index(" selected") :]
    return chosen[chosen.index(">") + 1 : chosen.index("</option>")]


def show(world: World, query: str) -> Any:
    return world.client(world.lead).get(f"/reports/{query}", HTTP_ACCEPT_LANGUAGE="ja")


def test_it_covers_the_seven_days_chosen_even_with_a_months_dates_left_in_the_form(
    world: World,
) -> None:
    received_on(world, 2, 3)
    received_on(world, 20, 5)
    today = timezone.localdate()
    month_ago = today - timedelta(days=29)
    response = show(world, f"?days=7&start={month_ago}&end={today}&group=agent")
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.start, report.end) == (today - timedelta(days=6), today)
    assert response.context["current"]["received"] == 3  # not the month's 8
    page = response.content.decode()
    assert selected_period(page) == "直近 7 日"
    assert f"{today - timedelta(days=6):%Y-%m-%d}〜{today:%Y-%m-%d}（比較" in page
    assert f'value="{month_ago}"' not in page  # the stale dates are gone from the form
    assert "days=7" in page and f"start={month_ago}" not in page  # the CSV links agree


def test_with_nothing_chosen_the_menu_shows_the_thirty_days_the_figures_cover(
    world: World,
) -> None:
    received_on(world, 20, 5)
    response = show(world, "")
    report = response.context["report"]
    assert (report.end - report.start).days == 29
    assert response.context["current"]["received"] == 5
    assert selected_period(response.content.decode()) == "直近 30 日"


def test_dates_without_a_preset_are_the_period_and_the_menu_says_so(world: World) -> None:
    received_on(world, 2, 3)
    received_on(world, 20, 5)
    today = timezone.localdate()
    start = today - timedelta(days=25)
    response = show(world, f"?start={start}&end={today - timedelta(days=10)}")
    report = response.context["report"]
    assert (report.start, report.end) == (start, today - timedelta(days=10))
    assert response.context["current"]["received"] == 5
    assert selected_period(response.content.decode()) == "下の日付"
