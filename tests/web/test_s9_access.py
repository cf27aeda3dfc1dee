"""What a lead sees of another team's colleague, and who takes a sender off the block list
(session 8's walk: any lead saw any person's absence; any agent emptied the block list)."""

from __future__ import annotations

from datetime import date, timedelta

from madoguchi.models import Agent, BlockedSender, Event
from tests.web.conftest import World, make_conversation


def _away(world: World) -> None:
    """Charlie (team B) is away with a substitute: only team B's lead and admins see it."""
    today = date.today()
    Agent.objects.filter(user=world.charlie).update(
        away_from=today, away_until=today + timedelta(days=3), is_away=True
    )


def test_it_shows_a_lead_of_another_team_name_and_teams_but_not_the_absence(
    world: World,
) -> None:
    _away(world)
    page = (
        world.client(world.lead)
        .get(f"/people/{world.charlie.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert "charlie" in page and "Team B" in page
    assert "不在" not in page and 'id="absence"' not in page
    assert "あなたがリードするチームの人ではありません" in page
    assert 'name="signature"' not in page


def test_it_shows_the_absence_to_the_persons_own_lead_and_to_admins(world: World) -> None:
    _away(world)
    lead_of_b = Agent.objects.get(user=world.lead)
    lead_of_b.teams.add(world.team_b)
    for user in (world.lead, world.admin):
        page = world.client(user).get(f"/people/{world.charlie.pk}/").content.decode()
        assert 'id="absence"' in page


def test_a_forged_absence_post_of_another_teams_lead_changes_nothing(world: World) -> None:
    _away(world)
    client = world.client(world.lead)
    assert client.post(f"/people/{world.charlie.pk}/absence/end/").status_code == 404
    assert Agent.objects.get(user=world.charlie).is_away


def _blocked_by(world: World) -> BlockedSender:
    spam = make_conversation(world.support, subject="当選", sender="win@prize.example")
    world.client(world.alice).post(f"/c/{spam.pk}/spam/", {"block": "sender"})
    return BlockedSender.objects.get()


def test_an_agent_cannot_take_off_a_sender_someone_else_blocked(world: World) -> None:
    entry = _blocked_by(world)
    bob = world.client(world.bob)
    page = bob.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "win@prize.example" in page and "ブロック解除" not in page
    assert bob.post(f"/spam/blocked/{entry.pk}/delete/").status_code == 404
    assert BlockedSender.objects.filter(pk=entry.pk).exists()
    charlie = world.client(world.charlie)  # another team's agent: the same
    assert charlie.post(f"/spam/blocked/{entry.pk}/delete/").status_code == 404
    assert BlockedSender.objects.filter(pk=entry.pk).exists()


def test_whoever_blocked_it_or_a_lead_takes_it_off_and_the_audit_log_says_who(
    world: World,
) -> None:
    entry = _blocked_by(world)
    assert world.client(world.alice).post(f"/spam/blocked/{entry.pk}/delete/").status_code == 303
    assert not BlockedSender.objects.exists()
    entry = _blocked_by(world)
    lead = world.client(world.lead)
    assert "ブロック解除" in lead.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert lead.post(f"/spam/blocked/{entry.pk}/delete/").status_code == 303
    assert not BlockedSender.objects.exists()
    unblocked = Event.objects.filter(verb="unblocked").order_by("pk")
    assert [(event.actor_id, event.before) for event in unblocked] == [
        (world.alice.pk, {"blocked": "win@prize.example"}),
        (world.lead.pk, {"blocked": "win@prize.example"}),
    ]


def test_a_lead_blocks_a_sender_again_and_an_agent_cannot(world: World) -> None:
    entry = _blocked_by(world)
    lead = world.client(world.lead)
    lead.post(f"/spam/blocked/{entry.pk}/delete/")
    page = lead.get("/spam/blocked/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'id="recently-unblocked"' in page and "再ブロック" in page
    bob = world.client(world.bob)
    assert 'id="recently-unblocked"' not in bob.get("/spam/blocked/").content.decode()
    assert bob.post("/spam/blocked/again/", {"pattern": "win@prize.example"}).status_code == 404
    assert not BlockedSender.objects.exists()
    # Only what was taken off: not a new entry typed in.
    lead.post("/spam/blocked/again/", {"pattern": "someone@else.example"})
    assert not BlockedSender.objects.exists()
    response = lead.post("/spam/blocked/again/", {"pattern": "win@prize.example"})
    assert response.status_code == 303
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["win@prize.example"]
    assert Event.objects.filter(verb="blocked_again", actor=world.lead).exists()
    page = lead.get("/spam/blocked/").content.decode()
    assert 'id="recently-unblocked"' not in page
