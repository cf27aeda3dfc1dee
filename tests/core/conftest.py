from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.ingest import IngestSession
from madoguchi.models import Agent, Mailbox, Role, Team


@pytest.fixture
def mailbox(db: None) -> Mailbox:
    return Mailbox.objects.create(name="Support", address="support@example.com")


@pytest.fixture
def session(mailbox: Mailbox) -> IngestSession:
    return IngestSession(mailbox, trust_own_address=True)


@pytest.fixture
def admin_user(db: None) -> User:
    return User.objects.create_superuser("admin", "admin@example.com", "pw")


@pytest.fixture
def alice(mailbox: Mailbox) -> User:
    """An agent of the team that works the support mailbox."""
    team, _ = Team.objects.get_or_create(name="Support team")
    mailbox.teams.add(team)
    user = User.objects.create_user("alice", "alice@example.com", "pw")
    agent = Agent.objects.create(user=user, role=Role.AGENT, display_name="Alice")
    agent.teams.add(team)
    return user


@pytest.fixture
def charlie(db: None) -> User:
    """An agent of another team: must see nothing of the support mailbox."""
    team, _ = Team.objects.get_or_create(name="Sales team")
    user = User.objects.create_user("charlie", "charlie@example.com", "pw")
    agent = Agent.objects.create(user=user, role=Role.AGENT, display_name="Charlie")
    agent.teams.add(team)
    return user
