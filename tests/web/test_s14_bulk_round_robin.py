"""Bulk 割り当て offers 「<team> の次の人（順番に割り当て）」 as a single conversation does, and
spreads the selection over the team's present members (walk 12: sixteen unassigned mails
were spread by picking names by hand, and 鈴木 花子 （不在） was offered)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Agent, Conversation
from tests.web.conftest import World, make_conversation


def test_round_robin_spreads_a_selection_over_the_present_members(world: World) -> None:
    Agent.objects.filter(user=world.lead).update(role="lead")
    today = timezone.localdate()
    Agent.objects.filter(user=world.bob).update(
        away_from=today, away_until=today + timedelta(days=1)
    )
    picked = [
        make_conversation(world.support, subject=f"件名{n}", sender=f"c{n}@customer.example")
        for n in range(3)
    ]
    client = world.client(world.lead)
    queue = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    picker = queue.split('data-for="assign"', 1)[1].split("</select>", 1)[0]
    assert f'value="team:{world.team_a.pk}"' in picker and "Team A の次の人" in picker
    assert f'value="{world.bob.pk}"' not in picker  # away today: not offered

    response = client.post(
        "/q/bulk/",
        {
            "ids": [c.pk for c in picked],
            "operation": "assign",
            "owner": f"team:{world.team_a.pk}",
            "next": "/q/new/",
        },
    )
    assert response.status_code == 303
    owners = set(
        Conversation.objects.filter(pk__in=[c.pk for c in picked]).values_list(
            "owner_id", flat=True
        )
    )
    assert None not in owners and world.bob.pk not in owners
    assert world.alice.pk in owners


def test_a_team_that_does_not_work_the_mailbox_is_named(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.admin)
    client.post(
        "/q/bulk/",
        {"ids": [conversation.pk], "operation": "assign", "owner": f"team:{world.team_b.pk}"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    body = client.get("/q/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "That team does not work in this mailbox." in body
    conversation.refresh_from_db()
    assert conversation.owner is None
