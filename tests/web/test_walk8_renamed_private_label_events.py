"""Timeline events about another team's private label stay hidden after the label is renamed:
new events carry the label's id; events logged before ids were stored are matched by every
name the label has had (s7 walk: an event under a private label's old name still showed)."""

from __future__ import annotations

from madoguchi.actions.labels import update_label
from madoguchi.models import Event, Label
from tests.web.conftest import World, make_conversation


def _shared(world: World) -> Label:
    world.support.teams.add(world.team_b)  # both teams answer this mailbox
    return Label.objects.create(name="チームBの極秘", color="#b45309", team=world.team_b)


def test_an_event_logged_under_the_old_name_stays_hidden_after_a_rename(world: World) -> None:
    theirs = _shared(world)
    conversation = make_conversation(world.support, status="open")
    world.client(world.charlie).post(f"/c/{conversation.pk}/label/", {"label": theirs.pk})
    event = Event.objects.get(conversation=conversation, verb="label_added")
    assert event.after == {"label": "チームBの極秘", "label_id": theirs.pk}
    update_label(world.admin, theirs, name="B新名", color="#b45309")
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "チームBの極秘" not in page and "B新名" not in page
    own = world.client(world.charlie).get(f"/c/{conversation.pk}/").content.decode()
    assert "チームBの極秘" in own  # its own team still reads the event as it was logged


def test_an_event_from_before_ids_is_hidden_by_any_name_the_label_had(world: World) -> None:
    _shared(world)
    conversation = make_conversation(world.support, status="open")
    # As session 7 logged it: the name only, then a rename logged without ids either.
    Event.objects.create(
        conversation=conversation,
        verb="label_added",
        after={"label": "旧名"},
        created_at=conversation.created_at,
    )
    Event.objects.create(
        verb="label_changed",
        before={"label": "旧名", "color": "#b45309"},
        after={"label": "チームBの極秘", "color": "#b45309"},
        created_at=conversation.created_at,
    )
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "旧名" not in page
    own = world.client(world.charlie).get(f"/c/{conversation.pk}/").content.decode()
    assert "旧名" in own
