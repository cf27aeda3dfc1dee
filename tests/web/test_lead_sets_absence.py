"""A lead marks a colleague away: the call saying someone is ill comes to the lead, who
must not need the colleague's password to route their work (found by a new user's walk)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Agent, Event, Status
from tests.web.conftest import World, make_conversation


def absence_post(world: World, person_id: int, **extra: object) -> dict[str, object]:
    today = timezone.localdate()
    return {
        "absence-away_from": today.isoformat(),
        "absence-away_until": (today + timedelta(days=2)).isoformat(),
        "absence-substitute": world.bob.pk,
        **extra,
    }


def test_it_lets_a_lead_mark_their_team_member_away_and_hand_over_their_work(
    world: World,
) -> None:
    conversation = make_conversation(world.support)
    conversation.owner = world.alice
    conversation.status = Status.OPEN
    conversation.save()
    lead = world.client(world.lead)
    page = lead.get(f"/people/{world.alice.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "不在" in page and "代理" in page

    response = lead.post(
        f"/people/{world.alice.pk}/absence/",
        absence_post(world, world.alice.pk, **{"absence-hand_over": "on"}),
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    text = response.content.decode()
    assert "不在を設定しました。" in text
    agent = Agent.objects.get(user=world.alice)
    assert agent.away_from == timezone.localdate() and agent.substitute == world.bob
    conversation.refresh_from_db()
    assert conversation.owner == world.bob
    event = Event.objects.get(verb="absence_set")
    assert event.actor == world.lead and event.after["user"] == world.alice.pk

    lead.post(f"/people/{world.alice.pk}/absence/end/", HTTP_ACCEPT_LANGUAGE="ja")
    agent.refresh_from_db()
    assert agent.away_from is None and agent.substitute is None


def test_it_refuses_a_lead_of_another_team_and_an_agent(world: World) -> None:
    # charlie is in team B, which `lead` does not lead; bob is an agent, not a lead.
    response = world.client(world.lead).post(
        f"/people/{world.charlie.pk}/absence/", absence_post(world, world.charlie.pk)
    )
    assert response.status_code == 404
    response = world.client(world.bob).post(
        f"/people/{world.alice.pk}/absence/", absence_post(world, world.alice.pk)
    )
    assert response.status_code == 404
    assert not Agent.objects.filter(away_from__isnull=False).exists()


def test_it_refuses_the_absent_person_as_their_own_substitute_with_a_message(
    world: World,
) -> None:
    response = world.client(world.lead).post(
        f"/people/{world.bob.pk}/absence/",
        absence_post(world, world.bob.pk),  # bob standing in for himself
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )
    assert "Select a valid choice" in response.content.decode()
    assert Agent.objects.get(user=world.bob).away_from is None
