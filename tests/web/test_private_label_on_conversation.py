"""Another team's private label on a conversation of a shared mailbox: the conversation
page neither shows it nor offers to remove it, and nothing an agent of the other team does
to the labels (add, remove, bulk, merge) takes it off (c644e3b hid it in queue and search)."""

from __future__ import annotations

from madoguchi.models import Label
from tests.web.conftest import World, make_conversation


def _shared(world: World) -> tuple[Label, Label]:
    world.support.teams.add(world.team_b)  # both teams answer this mailbox
    ours = Label.objects.create(name="チームAの返金", color="#b45309", team=world.team_a)
    theirs = Label.objects.create(name="チームBの極秘", color="#b45309", team=world.team_b)
    return ours, theirs


def _names(conversation: object) -> set[str]:
    return set(conversation.labels.values_list("name", flat=True))  # type: ignore[attr-defined]


def test_it_hides_another_teams_private_label_on_the_conversation_page(world: World) -> None:
    ours, theirs = _shared(world)
    conversation = make_conversation(world.support, subject="返金の件", status="open")
    conversation.labels.add(ours, theirs)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "チームAの返金" in page
    assert "チームBの極秘" not in page
    assert f'name="label" value="{theirs.pk}"' not in page  # no remove button for it
    charlie_page = world.client(world.charlie).get(f"/c/{conversation.pk}/").content.decode()
    assert "チームBの極秘" in charlie_page


def test_it_keeps_another_teams_private_label_when_an_agent_edits_the_labels(
    world: World,
) -> None:
    ours, theirs = _shared(world)
    conversation = make_conversation(world.support, subject="返金の件", status="open")
    conversation.labels.add(ours, theirs)
    alice = world.client(world.alice)
    alice.post(f"/c/{conversation.pk}/label/", {"label": world.label.pk})
    alice.post(f"/c/{conversation.pk}/label/", {"label": ours.pk, "remove": "1"})
    assert _names(conversation) == {"請求", "チームBの極秘"}
    # A forged removal (the page never offers it) is refused and changes nothing.
    response = alice.post(f"/c/{conversation.pk}/label/", {"label": theirs.pk, "remove": "1"})
    assert response.status_code == 404
    assert _names(conversation) == {"請求", "チームBの極秘"}
    alice.post("/q/bulk/", {"ids": [conversation.pk], "operation": "label", "label": ours.pk})
    assert _names(conversation) == {"請求", "チームAの返金", "チームBの極秘"}


def test_it_keeps_another_teams_private_label_through_a_merge_and_hides_it_in_the_preview(
    world: World,
) -> None:
    ours, theirs = _shared(world)
    old = make_conversation(world.support, subject="返金の件", status="open")
    new = make_conversation(world.support, subject="返金の件 (続き)", status="open")
    old.labels.add(ours, theirs)
    alice = world.client(world.alice)
    preview = alice.get(f"/c/{old.pk}/merge/preview/?target={new.pk}").content.decode()
    assert "チームAの返金" in preview
    assert "チームBの極秘" not in preview
    alice.post(f"/c/{old.pk}/merge/", {"target": new.pk, "confirm": "1"})
    assert _names(new) == {"チームAの返金", "チームBの極秘"}
    alice.post(f"/c/{old.pk}/unmerge/", {"confirm": "1"})
    assert _names(new) == set()
    assert _names(old) == {"チームAの返金", "チームBの極秘"}


def test_it_leaves_out_the_timeline_events_naming_another_teams_private_label(
    world: World,
) -> None:
    ours, theirs = _shared(world)
    conversation = make_conversation(world.support, subject="返金の件", status="open")
    world.client(world.charlie).post(f"/c/{conversation.pk}/label/", {"label": theirs.pk})
    world.client(world.alice).post(f"/c/{conversation.pk}/label/", {"label": ours.pk})
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "チームAの返金" in page
    assert "チームBの極秘" not in page
    charlie_page = world.client(world.charlie).get(f"/c/{conversation.pk}/").content.decode()
    assert charlie_page.count("チームBの極秘") >= 2  # the chip and the timeline event
