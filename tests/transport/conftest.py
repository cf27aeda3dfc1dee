"""Real servers for the transport tests: one Dovecot per xdist worker, a fresh user and a
fresh SMTP sink per test (so tests never see each other's mail)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from django.conf import settings
from django.contrib.auth.models import User

from madoguchi.models import Agent, Mailbox, Role, Team
from madoguchi.transport.credentials import encrypt_password
from tests.support.servers import Dovecot, SmtpSink, dovecot_available

USERS_PER_SESSION = 200  # more transport tests than 60 in one xdist worker (2026-11-30)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.skip("dovecot is not installed (make test installs it)")
    server = Dovecot()
    # Users exist before the server starts: Dovecot notices a changed passwd-file only
    # after a delay, which would cost every test seconds.
    for number in range(USERS_PER_SESSION):
        server.add_user(f"support-{number}@example.test", secrets.token_urlsafe(12))
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def _free_users(dovecot: Dovecot) -> list[str]:
    return list(dovecot.users)


@pytest.fixture
def mail_user(dovecot: Dovecot, _free_users: list[str]) -> str:
    """A mail account no other test of this session has used."""
    return _free_users.pop(0)


@pytest.fixture
def sink(dovecot: Dovecot) -> Iterator[SmtpSink]:
    with SmtpSink(deliver_to=dovecot) as server:
        yield server


def make_mailbox(
    dovecot: Dovecot, address: str, sink: SmtpSink | None, **fields: object
) -> Mailbox:
    values: dict[str, object] = {
        "name": "サポート窓口",
        "address": address,
        "imap_host": "127.0.0.1",
        "imap_port": dovecot.port,
        "imap_security": "plain",
        "imap_username": address,
        "imap_password_encrypted": encrypt_password(dovecot.users[address]),
        "sent_folder": "Sent",
        "smtp_host": "127.0.0.1" if sink else "",
        "smtp_port": sink.port if sink else 25,
        "smtp_security": "plain",
        "signature": "株式会社サンプル サポート窓口",
        "send_delay_seconds": 0,  # the undo window is tested on its own
    }
    values.update(fields)
    return Mailbox.objects.create(**values)


@pytest.fixture
def mailbox(dovecot: Dovecot, mail_user: str, sink: SmtpSink) -> Mailbox:
    return make_mailbox(dovecot, mail_user, sink)


@pytest.fixture
def alice(mailbox: Mailbox) -> User:
    team, _ = Team.objects.get_or_create(name="Support team")
    mailbox.teams.add(team)
    user = User.objects.create_user("alice", "alice@example.test", "pw")
    agent = Agent.objects.create(
        user=user, role=Role.AGENT, display_name="Alice", signature="佐藤 アリス"
    )
    agent.teams.add(team)
    return user


# Tests where a worker (thread or process) writes to the database. available_apps makes
# Django's flush between tests TRUNCATE … CASCADE, which PostgreSQL needs because the search
# index table (created by a migration, not a model) references madoguchi_message.
TRANSACTIONAL = pytest.mark.django_db(
    transaction=True,
    available_apps=list(settings.INSTALLED_APPS),
)
