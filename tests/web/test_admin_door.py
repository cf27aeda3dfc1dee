"""The Django admin is no second door: mail, the audit trail, raw mail and the outbox are
read-only there (issue 16, finding 5)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from madoguchi.models import Event, Message, OutboxItem, OutboxState, RawMessage
from tests.web.conftest import World, make_conversation


@pytest.fixture
def superuser_client(world: World) -> Client:
    world.admin.is_staff = world.admin.is_superuser = True
    world.admin.save()
    return world.client(world.admin)


def _objects(world: World) -> dict[str, int]:
    conversation = make_conversation(world.support)
    message = conversation.messages.get()
    event = Event.objects.create(
        conversation=conversation, verb="assigned", created_at=timezone.now()
    )
    raw = RawMessage.objects.create(
        mailbox=world.support,
        content_hash="0" * 64,
        data=b"Subject: x\r\n\r\nx",
        size=16,
        received_at=timezone.now(),
    )
    item = OutboxItem.objects.create(
        conversation=conversation,
        message=message,
        state=OutboxState.SENT,
        next_attempt_at=timezone.now(),
        created_at=timezone.now(),
    )
    return {
        "conversation": conversation.pk,
        "message": message.pk,
        "event": event.pk,
        "rawmessage": raw.pk,
        "outboxitem": item.pk,
    }


@pytest.mark.parametrize("model", ["conversation", "message", "event", "rawmessage", "outboxitem"])
def test_it_shows_but_never_adds_changes_or_deletes(
    world: World, superuser_client: Client, model: str
) -> None:
    pk = _objects(world)[model]
    base = f"/admin/madoguchi/{model}/"
    assert superuser_client.get(base).status_code == 200
    assert superuser_client.get(f"{base}{pk}/change/").status_code == 200
    assert superuser_client.get(f"{base}add/").status_code == 403
    assert superuser_client.post(f"{base}{pk}/change/", {}).status_code == 403
    assert superuser_client.post(f"{base}{pk}/delete/", {"post": "yes"}).status_code == 403
    superuser_client.post(
        base, {"action": "delete_selected", "_selected_action": [pk], "post": "yes"}
    )
    assert {
        "conversation": world.support.conversations.filter(pk=pk),
        "message": Message.objects.filter(pk=pk),
        "event": Event.objects.filter(pk=pk),
        "rawmessage": RawMessage.objects.filter(pk=pk),
        "outboxitem": OutboxItem.objects.filter(pk=pk),
    }[model].exists()


def test_a_sent_reply_cannot_be_queued_again_from_the_admin(
    world: World, superuser_client: Client
) -> None:
    pk = _objects(world)["outboxitem"]
    superuser_client.post(
        f"/admin/madoguchi/outboxitem/{pk}/change/", {"state": OutboxState.PENDING, "attempts": 0}
    )
    assert OutboxItem.objects.get(pk=pk).state == OutboxState.SENT


def test_changes_made_in_the_admin_are_in_the_audit_log(
    world: World, superuser_client: Client
) -> None:
    response = superuser_client.post(
        "/admin/madoguchi/team/add/", {"name": "Team C"}, REMOTE_ADDR="192.0.2.44"
    )
    assert response.status_code == 302
    event = Event.objects.get(verb="admin_changed")
    assert event.actor == world.admin and event.address == "192.0.2.44"
    assert event.after["action"] == "added" and "Team C" in event.after["object"]


def test_the_admin_index_has_no_half_translated_plurals(
    world: World, superuser_client: Client
) -> None:
    import re

    page = superuser_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "チーム" in page
    # Django's default plural is the singular plus "s": 「チームs」, 「テンプレートs」.
    assert re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]s\b", page) == []
