"""Absence (不在) with dates and a substitute: notifications reach the substitute, round-robin
skips the absent, pickers mark them, open conversations can be handed over."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.actions.absence import set_absence
from madoguchi.actions.conversations import assign, next_team_member
from madoguchi.actions.notes import add_note
from madoguchi.models import Agent, Event, Notification, NotificationKind, Status, Team
from tests.web.conftest import World, make_conversation


def away_today(world: World, *, hand_over: bool = False) -> None:
    today = timezone.localdate()
    set_absence(
        world.alice,
        away_from=today - timedelta(days=1),
        away_until=today + timedelta(days=2),
        substitute=world.bob,
        hand_over=hand_over,
    )


def test_it_sets_absence_from_the_page_and_a_mention_reaches_the_substitute(
    world: World,
) -> None:
    today = timezone.localdate()
    response = world.client(world.alice).post(
        "/preferences/absence/",
        {
            "away_from": today.isoformat(),
            "away_until": (today + timedelta(days=3)).isoformat(),
            "substitute": world.bob.pk,
        },
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    assert response.status_code == 303
    agent = Agent.objects.get(user=world.alice)
    assert agent.away_from == today and agent.substitute == world.bob
    assert Event.objects.filter(verb="absence_set", actor=world.alice).exists()
    conversation = make_conversation(world.support)
    add_note(world.lead, conversation, "@佐藤さん この件お願いします")
    mine = Notification.objects.get(recipient=world.alice)
    theirs = Notification.objects.get(recipient=world.bob)
    assert mine.kind == theirs.kind == NotificationKind.MENTIONED
    assert theirs.on_behalf_of == world.alice
    page = world.client(world.bob).get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "leadさんがメモで不在中の佐藤 アリスさんに言及しました。" in page.content.decode()


def test_a_planned_absence_changes_nothing_before_it_starts(world: World) -> None:
    today = timezone.localdate()
    set_absence(
        world.alice,
        away_from=today + timedelta(days=7),
        away_until=today + timedelta(days=9),
        substitute=world.bob,
        hand_over=False,
    )
    assign(world.lead, make_conversation(world.support), world.alice)
    assert not Notification.objects.filter(recipient=world.bob).exists()
    chosen = {next_team_member(world.team_a) for _ in range(3)}
    assert world.alice in chosen


def test_round_robin_skips_the_absent_and_the_away_flag_still_counts(world: World) -> None:
    away_today(world)
    chosen = {next_team_member(world.team_a) for _ in range(6)}
    assert world.alice not in chosen and world.bob in chosen
    Agent.objects.filter(user=world.bob).update(is_away=True)  # the flag, without dates
    chosen = {next_team_member(world.team_a) for _ in range(6)}
    assert chosen == {None}  # the lead oversees; round-robin does not fall back on them
    Team.objects.filter(pk=world.team_a.pk).update(round_robin_includes_leads=True)
    assert next_team_member(world.team_a) == world.lead


def test_open_conversations_can_be_handed_to_the_substitute(world: World) -> None:
    world.alice.agent.teams.add(world.team_b)  # she also works in Sales; bob does not
    open_one = make_conversation(world.support)
    waiting = make_conversation(world.support, status=Status.WAITING)
    done = make_conversation(world.support, status=Status.RESOLVED)
    sales = make_conversation(world.sales)
    for conversation in (open_one, waiting, done, sales):
        conversation.owner = world.alice
        conversation.save()
    response = world.client(world.alice).post(
        "/preferences/absence/",
        {
            "away_from": timezone.localdate().isoformat(),
            "away_until": timezone.localdate().isoformat(),
            "substitute": world.bob.pk,
            "hand_over": "on",
        },
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    )
    body = response.content.decode()
    assert "2件の問い合わせを代理に引き継ぎました。" in body
    assert "1件の問い合わせはあなたの担当のままです" in body
    for conversation, owner in ((open_one, world.bob), (waiting, world.bob)):
        conversation.refresh_from_db()
        assert conversation.owner == owner
        assert Event.objects.filter(conversation=conversation, verb="assigned").exists()
    for conversation in (done, sales):
        conversation.refresh_from_db()
        assert conversation.owner == world.alice
    assert (
        Notification.objects.filter(recipient=world.bob, kind=NotificationKind.ASSIGNED).count()
        == 2
    )


def test_it_refuses_a_backwards_absence_and_oneself_as_substitute(world: World) -> None:
    today = timezone.localdate()
    client = world.client(world.alice)
    body = client.post(
        "/preferences/absence/",
        {"away_from": today.isoformat(), "away_until": (today - timedelta(days=1)).isoformat()},
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()
    assert "不在の最終日が初日より前になっています。" in body
    body = client.post(
        "/preferences/absence/",
        {"away_from": today.isoformat(), "away_until": today.isoformat(), "hand_over": "on"},
        HTTP_ACCEPT_LANGUAGE="ja",
    ).content.decode()
    assert "問い合わせを引き継ぐ代理を選んでください。" in body
    assert Agent.objects.get(user=world.alice).away_from is None


def test_pickers_mark_the_absent_and_ending_the_absence_clears_it(world: World) -> None:
    away_today(world)
    conversation = make_conversation(world.support)
    queue = world.client(world.lead).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    # The bulk picker leaves her out (walk 12); a single conversation's picker marks her.
    assert "佐藤 アリス" not in queue.split('data-for="assign"', 1)[1].split("</select>", 1)[0]
    page = world.client(world.lead).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "佐藤 アリス （不在）</option>" in page.content.decode()
    world.client(world.alice).post("/preferences/absence/end/")
    agent = Agent.objects.get(user=world.alice)
    assert agent.away_from is None and agent.substitute is None and not agent.is_absent()
    queue = world.client(world.lead).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "（不在）" not in queue and "佐藤 アリス</option>" in queue
