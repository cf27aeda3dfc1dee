"""The visible mailboxes are read once per request, for that request and user alone."""

from __future__ import annotations

from typing import Any

from madoguchi.actions.base import mailbox_ids_kept_for_request, visible_mailbox_ids
from tests.web.conftest import World, make_conversation


def test_a_request_reads_each_users_mailboxes_once(
    world: World, django_assert_num_queries: Any
) -> None:
    with mailbox_ids_kept_for_request():
        assert visible_mailbox_ids(world.alice) == [world.support.pk]
        with django_assert_num_queries(0):
            assert visible_mailbox_ids(world.alice) == [world.support.pk]
        # Another user in the same request gets their own answer, not alice's.
        assert visible_mailbox_ids(world.charlie) == [world.sales.pk]
        assert visible_mailbox_ids(world.admin) is None
    # Outside a request nothing is kept: read each time.
    with django_assert_num_queries(1):
        visible_mailbox_ids(world.alice)
    with mailbox_ids_kept_for_request(), django_assert_num_queries(1):
        visible_mailbox_ids(world.alice)  # a new request reads again


def test_a_membership_changed_in_the_request_counts_at_once(world: World) -> None:
    with mailbox_ids_kept_for_request():
        assert visible_mailbox_ids(world.alice) == [world.support.pk]
        world.alice.agent.teams.add(world.team_b)
        assert sorted(visible_mailbox_ids(world.alice) or []) == sorted(
            [world.support.pk, world.sales.pk]
        )
        world.alice.agent.teams.remove(world.team_a)
        assert visible_mailbox_ids(world.alice) == [world.sales.pk]
        world.team_b.mailboxes.remove(world.sales)
        assert visible_mailbox_ids(world.alice) == []


def test_pages_of_two_users_one_after_the_other_show_each_their_own(world: World) -> None:
    conversation = make_conversation(world.support)
    assert world.client(world.alice).get(f"/c/{conversation.pk}/").status_code == 200
    assert world.client(world.charlie).get(f"/c/{conversation.pk}/").status_code == 404
    assert world.client(world.bob).get(f"/c/{conversation.pk}/").status_code == 200
