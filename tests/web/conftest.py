"""Named users, as in healthchecks: alice (agent, team A), bob (her teammate), charlie
(another team: must see nothing of team A), a lead of team A and an admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from madoguchi.models import (
    Agent,
    Conversation,
    Customer,
    CustomerAddress,
    Direction,
    Label,
    Mailbox,
    Message,
    Organization,
    Team,
)

PASSWORD = "correct horse battery"


@dataclass
class World:
    alice: User
    bob: User
    charlie: User
    lead: User
    admin: User
    team_a: Team
    team_b: Team
    support: Mailbox  # team A's
    sales: Mailbox  # team B's
    label: Label

    def client(self, user: User | None) -> Client:
        client = Client()
        if user is not None:
            client.force_login(user)
        return client


def _user(name: str, role: str, team: Team | None, display: str = "") -> User:
    user = User.objects.create_user(name, f"{name}@staff.example", PASSWORD)
    agent = Agent.objects.create(user=user, role=role, display_name=display)
    if team is not None:
        agent.teams.add(team)
    return user


@pytest.fixture
def world(db: Any) -> World:
    cache.clear()
    team_a = Team.objects.create(name="Team A")
    team_b = Team.objects.create(name="Team B")
    support = Mailbox.objects.create(name="Support", address="support@example.com")
    support.teams.add(team_a)
    sales = Mailbox.objects.create(name="Sales", address="sales@example.com")
    sales.teams.add(team_b)
    return World(
        alice=_user("alice", "agent", team_a, "佐藤 アリス"),
        bob=_user("bob", "agent", team_a),
        charlie=_user("charlie", "agent", team_b),
        lead=_user("lead", "lead", team_a),
        admin=_user("admin", "admin", None),
        team_a=team_a,
        team_b=team_b,
        support=support,
        sales=sales,
        label=Label.objects.create(name="請求", color="#b45309"),
    )


def make_conversation(
    mailbox: Mailbox,
    subject: str = "返金について",
    text: str = "返金をお願いします。",
    *,
    sender: str = "taro@customer.example",
    name: str = "山田 太郎",
    age: timedelta = timedelta(hours=1),
    status: str = "new",
    html: str | None = None,
) -> Conversation:
    at = timezone.now() - age
    organization, _ = Organization.objects.get_or_create(
        domain=sender.rpartition("@")[2], defaults={"name": "Customer Inc."}
    )
    address = CustomerAddress.objects.filter(address=sender).first()
    if address is None:
        customer = Customer.objects.create(name=name, organization=organization)
        CustomerAddress.objects.create(customer=customer, address=sender)
    else:
        customer = address.customer
    conversation = Conversation.objects.create(
        mailbox=mailbox,
        subject=subject,
        status=status,
        customer=customer,
        created_at=at,
        updated_at=at,
        last_message_at=at,
        last_customer_message_at=at,
        message_count=1,
        preview=text.splitlines()[0][:200],
    )
    add_message(conversation, text, at=at, sender=sender, name=name, html=html)
    return conversation


def add_message(
    conversation: Conversation,
    text: str,
    *,
    at: Any = None,
    sender: str = "taro@customer.example",
    name: str = "山田 太郎",
    html: str | None = None,
) -> Message:
    from madoguchi.search import index_messages

    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.INCOMING,
        message_id=f"<{conversation.pk}.{timezone.now().timestamp()}@customer.example>",
        from_name=name,
        from_address=sender,
        to=[{"name": "", "address": conversation.mailbox.address}],
        subject=conversation.subject,
        received_at=at or timezone.now(),
        text=text,
        html=html,
    )
    index_messages([message])
    return message
