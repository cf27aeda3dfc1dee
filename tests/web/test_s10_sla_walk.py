"""SLA settings as the walker met them (walk 10): calendar mistakes said wholly in the
reader's language (F13), company holidays listed by the names given (F13), a lead asked
for one of their mailboxes up front (F14), and the page saying when a policy applies
(F14b)."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.models import BusinessCalendar
from tests.web.conftest import World
from tests.web.test_sla_settings import _calendar_form


def test_it_names_calendar_mistakes_in_japanese_only(world: World) -> None:
    body = (
        world.client(world.lead)
        .post(
            "/sla/calendars/new/",
            _calendar_form(hours_3="18:00-09:00", days_text="12/32-1/3 年末年始"),
            HTTP_ACCEPT_LANGUAGE="ja",
        )
        .content.decode()
    )
    assert "「18:00-09:00」は始まりより前に終わっています。" in body
    assert "1 行目：「12/32-1/3」は 2026-08-13 のような日付" in body
    assert "ends before it starts" not in body and "is not a date" not in body
    assert not BusinessCalendar.objects.exists()


def test_it_lists_company_holidays_by_their_names(world: World) -> None:
    year = timezone.localdate().year
    client = world.client(world.lead)
    response = client.post(
        "/sla/calendars/new/",
        _calendar_form(
            team=str(world.team_a.pk), days_text=f"{year}-12-25 クリスマス\n12-29..12-30 年末"
        ),
    )
    assert response.status_code == 303
    body = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    listed = body.split("holidays", 1)[1]
    assert f'datetime="{year}-12-25">' in listed
    assert "</time> クリスマス</li>" in listed and "</time> 年末</li>" in listed


def test_a_lead_chooses_one_of_their_mailboxes_and_learns_when_it_applies(world: World) -> None:
    client = world.client(world.lead)
    form = client.get("/sla/policies/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "すべてのメールボックス" not in form
    assert world.support.name in form and world.sales.name not in form
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "すでに開いている問い合わせも、1〜2分のうちに" in page
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "the open conversations of the mailboxes it applies to their new deadline" in page
    # An admin still may set one for every mailbox.
    form = world.client(world.admin).get("/sla/policies/new/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "すべてのメールボックス" in form.content.decode()


def test_a_policy_refuses_zero_days_and_the_list_shows_the_waiting_days(world: World) -> None:
    client = world.client(world.lead)
    form = {
        "name": "返信待ち",
        "mailbox": str(world.support.pk),
        "first_response_minutes": "4時間",
        "warn_percent": "80",
        "remind_after_days": "3",
        "resolve_after_days": "0",
    }
    body = client.post("/sla/policies/new/", form, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "1 以上の営業日数を書いてください（使わないときは空欄）。" in body
    body = client.post("/sla/policies/new/", form, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Write a number of business days from 1, or leave it empty for none." in body
    response = client.post("/sla/policies/new/", {**form, "resolve_after_days": "5"})
    assert response.status_code == 303
    page = client.get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "返信待ち：リマインド / 自動で対応済（営業日）" in page
    assert '<td class="sla-waiting">3 / 5</td>' in page
