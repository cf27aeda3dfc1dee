"""Walk 11, F-22's leftover: the worker's loop re-dates the open conversations a changed SLA
policy applies to, and a restarted worker does not re-date every open conversation again."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from madoguchi.models import Conversation, SlaPolicy
from madoguchi.worker.fetching import WorkerConfig
from madoguchi.worker.loop import _outbox_loop
from tests.web.conftest import World, make_conversation
from tests.web.test_sla import frozen_clock, mail, tokyo

__all__ = ["frozen_clock"]  # the `clock` fixture

pytestmark = pytest.mark.django_db(transaction=True)

# The SLA timers on every round, and no waiting between rounds.
CONFIG = WorkerConfig(timers_seconds=0.0, outbox_poll_seconds=0.0)


class StopAfter(threading.Event):
    """Stops the loop after `rounds` rounds (it waits once at the end of each)."""

    def __init__(self, rounds: int) -> None:
        super().__init__()
        self.rounds = rounds

    def wait(self, timeout: float | None = None) -> bool:
        self.rounds -= 1
        if self.rounds <= 0:
            self.set()
        return self.is_set()


def run_worker_rounds(rounds: int = 2) -> None:
    """A worker started afresh (a new process: nothing kept from the last one)."""
    _outbox_loop(StopAfter(rounds), "test-worker", CONFIG)


def set_policy(world: World, minutes: int, policy: str = "new") -> None:
    response = world.client(world.lead).post(
        f"/sla/policies/{policy}/",
        {
            "name": "至急",
            "mailbox": str(world.support.pk),
            "first_response_minutes": str(minutes),
            "warn_percent": "80",
        },
    )
    assert response.status_code == 303, response.content.decode()


def test_the_worker_loop_re_dates_only_what_a_change_applies_to_even_after_a_restart(
    world: World, clock: Any, caplog: pytest.LogCaptureFixture
) -> None:
    clock.set(tokyo(2026, 7, 14, 10, 0))
    support = mail(world, tokyo(2026, 7, 14, 10, 0))
    sales = make_conversation(world.sales, "見積もり", "見積もりをお願いします。")
    clock.set(tokyo(2026, 7, 14, 10, 5))
    set_policy(world, 60)

    run_worker_rounds()
    assert Conversation.objects.get(pk=support.pk).sla_due_at == tokyo(2026, 7, 14, 11, 0)

    # A deadline no pass has set since: any pass over the sales mailbox would rewrite it,
    # so it shows whether a worker looked at conversations no change applies to.
    set_aside = tokyo(2026, 7, 20, 9, 0)
    Conversation.objects.filter(pk=sales.pk).update(sla_due_at=set_aside)
    versions = dict(Conversation.objects.values_list("pk", "version"))

    run_worker_rounds()  # restarted with no change since: nothing is re-dated
    assert dict(Conversation.objects.values_list("pk", "version")) == versions
    assert Conversation.objects.get(pk=sales.pk).sla_due_at == set_aside

    # Changed while the worker was down: applied at its start, to that mailbox only.
    clock.set(tokyo(2026, 7, 14, 10, 10))
    set_policy(world, 30, str(SlaPolicy.objects.get(mailbox=world.support).pk))
    run_worker_rounds()
    assert Conversation.objects.get(pk=support.pk).sla_due_at == tokyo(2026, 7, 14, 10, 30)
    assert Conversation.objects.get(pk=sales.pk).sla_due_at == set_aside
    assert "outbox round failed" not in caplog.text
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
