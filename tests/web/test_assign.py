"""Assigning: to me, to a teammate, round-robin in a team; never outside the mailbox's teams."""

from __future__ import annotations

from madoguchi.models import Event, Status
from tests.web.conftest import World, make_conversation


def test_it_assigns_to_me_without_calling_the_conversation_answered(world: World) -> None:
    conversation = make_conversation(world.support)
    world.client(world.alice).post(f"/c/{conversation.pk}/assign/", {"owner": "me"})
    conversation.refresh_from_db()
    assert conversation.owner == world.alice
    # Assigning is not answering: it stays 未対応 until someone replies.
    assert conversation.status == Status.NEW
    assert Event.objects.filter(conversation=conversation, verb="assigned").exists()


def test_a_teammate_can_be_given_the_conversation(world: World) -> None:
    conversation = make_conversation(world.support)
    world.client(world.alice).post(f"/c/{conversation.pk}/assign/", {"owner": world.bob.pk})
    conversation.refresh_from_db()
    assert conversation.owner == world.bob


def test_nobody_outside_the_mailbox_can_be_given_it(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.lead).post(
        f"/c/{conversation.pk}/assign/", {"owner": world.charlie.pk}
    )
    assert response.status_code == 303
    conversation.refresh_from_db()
    assert conversation.owner is None


def test_round_robin_takes_turns(world: World) -> None:
    first = make_conversation(world.support)
    second = make_conversation(world.support)
    client = world.client(world.lead)
    client.post(f"/c/{first.pk}/assign/", {"owner": f"team:{world.team_a.pk}"})
    client.post(f"/c/{second.pk}/assign/", {"owner": f"team:{world.team_a.pk}"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.owner is not None and second.owner is not None
    assert first.owner != second.owner


def test_status_snooze_and_labels(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/status/", {"status": "no_action"})
    client.post(f"/c/{conversation.pk}/label/", {"new_label": "請求"})
    client.post(f"/c/{conversation.pk}/priority/", {"priority": "0"})
    client.post(f"/c/{conversation.pk}/snooze/", {"preset": "monday"})
    conversation.refresh_from_db()
    assert conversation.status == Status.NO_ACTION
    assert [label.name for label in conversation.labels.all()] == ["請求"]
    assert conversation.priority == 0
    assert conversation.snoozed_until is not None
