"""SLA targets read as people say them (「40時間」, "1 hour 30 minutes"), not 「2400分」, on
the settings page, the policy form and the reports; typed as hours or minutes."""

from __future__ import annotations

from madoguchi.models import SlaPolicy
from tests.web.conftest import World


def _policy(**targets: int) -> SlaPolicy:
    # Company-wide (no team, no mailbox): an administrator's since the s8 audit.
    return SlaPolicy.objects.create(name="標準", **targets)


def test_the_settings_page_shows_targets_in_hours_in_japanese(world: World) -> None:
    _policy(first_response_minutes=2400, resolution_minutes=90)
    page = world.client(world.admin).get("/sla/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "<td>40時間</td>" in page
    assert "<td>1時間30分</td>" in page
    assert "2400" not in page and "分</td>" not in page.replace("30分</td>", "")


def test_the_settings_page_shows_targets_in_hours_in_english(world: World) -> None:
    _policy(first_response_minutes=2400, next_response_minutes=60, resolution_minutes=45)
    page = world.client(world.admin).get("/sla/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<td>40 hours</td>" in page
    assert "<td>1 hour</td>" in page
    assert "<td>45 minutes</td>" in page


def test_the_policy_form_shows_the_stored_target_in_hours(world: World) -> None:
    policy = _policy(first_response_minutes=2400)
    page = world.client(world.admin).get(f"/sla/policies/{policy.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert 'value="40時間"' in page.content.decode()


def test_a_lead_types_hours_and_minutes(world: World) -> None:
    response = world.client(world.admin).post(
        "/sla/policies/new/",
        {
            "name": "VIP",
            "first_response_minutes": "4時間",
            "next_response_minutes": "1時間30分",
            "resolution_minutes": "2400",  # minutes, as before
            "warn_percent": "80",
        },
    )
    assert response.status_code == 303
    policy = SlaPolicy.objects.get(name="VIP")
    assert (
        policy.first_response_minutes,
        policy.next_response_minutes,
        policy.resolution_minutes,
    ) == (240, 90, 2400)


def test_days_are_refused_with_the_reason(world: World) -> None:
    response = world.client(world.lead).post(
        "/sla/policies/new/",
        {"name": "VIP", "first_response_minutes": "2日", "warn_percent": "80"},
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 200
    assert "目標は日数ではなく時間で書いてください" in response.content.decode()
    assert not SlaPolicy.objects.exists()
