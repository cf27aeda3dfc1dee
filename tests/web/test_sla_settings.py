"""The SLA settings pages: leads and admins edit calendars and policies in the app."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from madoguchi.actions import sla
from madoguchi.models import BusinessCalendar, Event, SlaPolicy
from tests.web.conftest import World

WEEK = {f"hours_{day}": "09:00-12:00, 13:00-18:00" if day < 5 else "" for day in range(7)}


def _calendar_form(**changes: str) -> dict[str, str]:
    return {
        "name": "サポート窓口",
        "time_zone": "Asia/Tokyo",
        "holiday_country": "JP",
        "holiday_subdivision": "",
        "team": "",
        "mailbox": "",
        "days_text": "12-29..01-03 年末年始\n2026-08-13..2026-08-14 お盆\n04-01 創立記念日",
        **WEEK,
        **changes,
    }


def test_a_lead_finds_the_page_in_the_navigation_in_japanese(world: World) -> None:
    body = world.client(world.lead).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'href="/sla/"' in body
    body = world.client(world.lead).get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "営業カレンダー" in body and "SLA ポリシー" in body


def test_an_agent_cannot_edit_sla_settings(world: World) -> None:
    client = world.client(world.alice)
    assert 'href="/sla/"' not in client.get("/q/new/").content.decode()
    assert client.get("/sla/").status_code == 404
    assert client.post("/sla/calendars/new/", _calendar_form()).status_code == 404
    assert not BusinessCalendar.objects.exists()


def test_a_lead_saves_a_calendar_with_company_holidays(world: World) -> None:
    client = world.client(world.lead)
    response = client.post("/sla/calendars/new/", _calendar_form(mailbox=str(world.support.pk)))
    assert response.status_code == 303
    calendar = BusinessCalendar.objects.get()
    assert calendar.weekly_hours["0"] == "09:00-12:00, 13:00-18:00"
    assert calendar.days.count() == 6 + 2 + 1
    assert Event.objects.filter(verb="calendar_created", actor=world.lead).exists()
    # The page shows back what the lead wrote, and this year's closed days.
    body = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "12-29..01-03 年末年始" in body and "元日" in body
    # The clock now skips 年末年始 for this mailbox.
    pure = sla.build_calendar(calendar, around=date(2026, 6, 1))
    tokyo = ZoneInfo("Asia/Tokyo")
    assert not pure.is_open(datetime(2026, 12, 30, 10, 0, tzinfo=tokyo))
    assert not pure.is_open(datetime(2027, 4, 1, 10, 0, tzinfo=tokyo))  # 創立記念日, a Thursday
    assert pure.is_open(datetime(2027, 4, 2, 10, 0, tzinfo=tokyo))


def test_it_names_the_mistake_in_the_hours_and_keeps_the_calendar(world: World) -> None:
    client = world.client(world.lead)
    body = client.post(
        "/sla/calendars/new/",
        _calendar_form(hours_2="18:00-09:00", days_text="2026-13-01 休み"),
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "ends before it starts" in body
    assert "Line 1" in body and "is not a date" in body
    assert not BusinessCalendar.objects.exists()


def test_a_lead_sets_a_policy_in_english(world: World) -> None:
    client = world.client(world.lead)
    body = client.get("/sla/policies/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "first response (business hours)" in body.lower()
    response = client.post(
        "/sla/policies/new/",
        {
            "name": "VIP",
            "mailbox": str(world.support.pk),
            "priority": "",
            "label": str(world.label.pk),
            "first_response_minutes": "30",
            "next_response_minutes": "",
            "resolution_minutes": "480",
            "warn_percent": "75",
            "pause_when_snoozed": "on",
        },
    )
    assert response.status_code == 303
    policy = SlaPolicy.objects.get()
    assert (policy.first_response_minutes, policy.resolution_minutes) == (30, 480)
    targets = sla.current_setup().targets_for(world.support.pk, 1, [world.label.pk])
    assert targets.first_response == 30 * 60
    body = client.post("/sla/policies/new/", {"name": "空", "warn_percent": "80"}).content
    assert "目標を 1 つ以上入れてください。" in body.decode()  # no language asked: Japanese


def test_a_lead_names_the_follow_up_template_sent_with_the_reminder(world: World) -> None:
    from madoguchi.models import Template

    template = Template.objects.create(
        name="その後いかがでしょうか", body="その後いかがでしょうか。"
    )
    client = world.client(world.lead)
    body = client.get("/sla/policies/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "お客様へのフォローアップ（テンプレート）" in body and "その後いかがでしょうか" in body
    form = {
        "name": "標準",
        "mailbox": str(world.support.pk),  # a lead sets their own mailboxes' (s8 audit)
        "warn_percent": "80",
        "first_response_minutes": "60",
        "followup_template": str(template.pk),
    }
    body = client.post("/sla/policies/new/", form, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "先にリマインドの日数を設定してください" in body  # the follow-up rides the reminder
    form |= {"remind_after_days": "3", "followup_instead": "on"}
    assert client.post("/sla/policies/new/", form).status_code == 303
    sla.forget_setup()  # done on commit in the app; the test's transaction never commits
    targets = sla.current_setup().targets_for(world.support.pk, 1)
    assert (targets.followup_template_id, targets.followup_instead) == (template.pk, True)
