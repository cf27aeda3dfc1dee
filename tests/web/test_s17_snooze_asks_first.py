"""Snoozing a never-answered conversation past its first-reply deadline asks first (walk 13,
F13): it snoozed at once and warned after, when the conversation had already left 未対応 and
期限間近 where a lead would have seen it."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def first_mail_due_in_two_hours(world: World) -> Conversation:
    conversation = make_conversation(world.support)
    Conversation.objects.filter(pk=conversation.pk).update(
        sla_response_owed=True, sla_due_at=timezone.now() + timedelta(hours=2)
    )
    return conversation


def test_it_asks_before_snoozing_and_snoozes_once_confirmed(world: World) -> None:
    conversation = first_mail_due_in_two_hours(world)
    client = world.client(world.alice)

    asked = client.post(
        f"/c/{conversation.pk}/snooze/", {"preset": "monday"}, follow=True,
        HTTP_ACCEPT_LANGUAGE="ja",
    )  # fmt: skip
    page = asked.content.decode()
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None  # not snoozed yet
    assert "最初の返信の期限を過ぎてもスヌーズしますか？" in page
    assert "まだ一度も返信していません" in page
    assert 'name="confirmed" value="1"' in page and 'name="preset" value="monday"' in page

    client.post(f"/c/{conversation.pk}/snooze/", {"preset": "monday", "confirmed": "1"})
    conversation.refresh_from_db()
    assert conversation.snoozed_until is not None


def test_a_chosen_time_is_asked_about_and_kept(world: World) -> None:
    conversation = first_mail_due_in_two_hours(world)
    until = timezone.localtime(timezone.now() + timedelta(days=2)).replace(second=0)
    chosen = f"{until:%Y-%m-%dT%H:%M}"
    client = world.client(world.alice)

    page = client.post(
        f"/c/{conversation.pk}/snooze/", {"until": chosen}, follow=True
    ).content.decode()
    assert f'name="until" value="{chosen}"' in page

    client.post(f"/c/{conversation.pk}/snooze/", {"until": chosen, "confirmed": "1"})
    conversation.refresh_from_db()
    assert conversation.snoozed_until == until.replace(microsecond=0)


def test_with_htmx_the_question_is_a_page_to_go_to(world: World) -> None:
    conversation = first_mail_due_in_two_hours(world)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/snooze/", {"preset": "tomorrow"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 204
    assert response.headers["HX-Redirect"].startswith(f"/c/{conversation.pk}/snooze/confirm/?")
    conversation.refresh_from_db()
    assert conversation.snoozed_until is None


def test_nothing_is_asked_when_the_deadline_comes_first_or_we_have_answered(
    world: World,
) -> None:
    client = world.client(world.alice)
    answered = make_conversation(world.support, status="open")
    soon = first_mail_due_in_two_hours(world)
    for conversation, until in ((answered, timedelta(days=2)), (soon, timedelta(hours=1))):
        chosen = f"{timezone.localtime(timezone.now() + until):%Y-%m-%dT%H:%M}"
        client.post(f"/c/{conversation.pk}/snooze/", {"until": chosen})
        conversation.refresh_from_db()
        assert conversation.snoozed_until is not None
