"""The pages behind forward, new mail and the acknowledgement settings."""

from __future__ import annotations

from madoguchi.models import AutoAcknowledgement, Conversation, Event, OutboxItem, OutboxState
from tests.web.conftest import World, make_conversation


def test_it_forwards_from_the_conversation_page(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    assert "/forward/" in client.get(f"/c/{conversation.pk}/").content.decode()
    response = client.post(
        f"/c/{conversation.pk}/forward/", {"to": "partner@outside.example", "note": "ご確認を"}
    )
    assert response.status_code == 303
    item = OutboxItem.objects.get(conversation=conversation)
    assert item.state == OutboxState.PENDING
    assert item.message.to == [{"name": "", "address": "partner@outside.example"}]
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "forwarded it to partner@outside.example" in page


def test_a_forward_waits_the_undo_window_and_can_be_taken_back(world: World) -> None:
    # Walk 11 F-25: a forward of the whole conversation to a domain never seen before went
    # out at once, with no way back.
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    client.post(f"/c/{conversation.pk}/forward/", {"to": "partner@outside.example", "note": ""})
    item = OutboxItem.objects.get(conversation=conversation)
    assert (item.next_attempt_at - item.created_at).total_seconds() == 10  # the mailbox's
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "転送メールは" in page and f"/outbox/{item.pk}/undo/" in page
    # A colleague cannot take it back; the one who forwarded can.
    world.client(world.bob).post(f"/c/{conversation.pk}/outbox/{item.pk}/undo/")
    assert OutboxItem.objects.filter(pk=item.pk, state=OutboxState.PENDING).exists()
    response = client.post(
        f"/c/{conversation.pk}/outbox/{item.pk}/undo/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    )
    page = response.content.decode()
    assert "転送を取り消しました" in page
    assert "partner@outside.example への転送を取り消しました" in page
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    assert not conversation.drafts.exists()  # not turned into a reply draft


def test_a_bad_forward_address_is_named_and_nothing_is_queued(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/forward/", {"to": "partner@outside"}, follow=True
    )
    assert "partner@outside" in response.content.decode()
    assert not OutboxItem.objects.exists()


def test_another_team_cannot_forward(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.charlie).post(
        f"/c/{conversation.pk}/forward/", {"to": "x@outside.example"}
    )
    assert response.status_code == 404


def test_new_mail_offers_only_the_agents_mailboxes_and_opens_the_conversation(
    world: World,
) -> None:
    client = world.client(world.alice)
    page = client.get("/new/").content.decode()
    assert "support@example.com" in page and "sales@example.com" not in page
    response = client.post(
        "/new/",
        {
            "mailbox": world.support.pk,
            "to": "tanaka@client.example",
            "subject": "ご案内",
            "body": "田中様\nご案内です。",
        },
    )
    conversation = Conversation.objects.get(subject="ご案内")
    assert response.status_code == 303 and response["Location"] == f"/c/{conversation.pk}/"
    assert Event.objects.filter(conversation=conversation, verb="mail_started").exists()
    refused = client.post(
        "/new/",
        {"mailbox": world.sales.pk, "to": "x@client.example", "subject": "s", "body": "b"},
    )
    assert refused.status_code == 200 and Conversation.objects.count() == 1


def test_leads_switch_the_acknowledgement_on_per_mailbox(world: World) -> None:
    assert world.client(world.alice).get("/acknowledgements/").status_code == 404
    client = world.client(world.lead)
    assert "お問い合わせ" in client.get("/acknowledgements/").content.decode()
    client.post(
        "/acknowledgements/",
        {"mailbox": world.support.pk, "enabled": "on", "text": "受け付けました。"},
    )
    setting = AutoAcknowledgement.objects.get(mailbox=world.support)
    assert setting.is_enabled and setting.text == "受け付けました。"
    assert setting.enabled_since is not None
    # Another team's mailbox is not theirs to set.
    response = client.post(
        "/acknowledgements/", {"mailbox": world.sales.pk, "enabled": "on", "text": "x"}
    )
    assert response.status_code == 404
