"""Upgrading keeps whose replies are checked: the old per-agent flag (回し読み) becomes an
approval policy naming the same agents, and going back restores the flags."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("madoguchi", "0005_search_ascii_tokenizer")]
AFTER = [("madoguchi", "0007_approval_forward")]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


# available_apps: flushing with TRUNCATE … CASCADE, as the transport tests do (PostgreSQL).
@pytest.mark.django_db(transaction=True, available_apps=list(settings.INSTALLED_APPS))
def test_it_turns_flagged_agents_into_a_policy_and_back() -> None:
    try:
        old = migrate(BEFORE).loader.project_state(BEFORE).apps
        User = old.get_model("auth", "User")
        Agent = old.get_model("madoguchi", "Agent")
        for name, flagged in (("new_hire", True), ("veteran", False)):
            user = User.objects.create(username=name)
            Agent.objects.create(user=user, role="agent", needs_approval=flagged)

        new = migrate(AFTER).loader.project_state(AFTER).apps
        policy = new.get_model("madoguchi", "ApprovalPolicy").objects.get()
        assert [user.username for user in policy.agents.all()] == ["new_hire"]
        assert policy.is_active and policy.first_replies == 0

        old = migrate(BEFORE).loader.project_state(BEFORE).apps
        flags = dict(
            old.get_model("madoguchi", "Agent").objects.values_list(
                "user__username", "needs_approval"
            )
        )
        assert flags == {"new_hire": True, "veteran": False}
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
