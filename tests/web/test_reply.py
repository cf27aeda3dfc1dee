"""Replying: the outbox, status to waiting, drafts, templates, attachments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from madoguchi.models import Draft, OutboxItem, OutboxState, Status, Template
from tests.web.conftest import World, make_conversation


def test_sending_queues_the_reply_and_waits_on_the_customer(world: World) -> None:
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "ご連絡ありがとうございます。", "seen_at": timezone.now().isoformat()},
    )
    assert response.status_code == 303
    item = OutboxItem.objects.get(conversation=conversation)
    assert item.state == OutboxState.PENDING
    assert item.message.to == [{"name": "山田 太郎", "address": "taro@customer.example"}]
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING
    assert conversation.owner == world.alice


def test_it_sends_cc_bcc_and_attachments(world: World, settings: Any, tmp_path: Path) -> None:
    settings.ATTACHMENT_DIR = tmp_path
    conversation = make_conversation(world.support)
    upload = SimpleUploadedFile("見積書.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {
            "body": "お見積りをお送りします。",
            "cc": "boss@customer.example",
            "bcc": "archive@example.com",
            "seen_at": timezone.now().isoformat(),
            "attachments": [upload],
        },
    )
    message = OutboxItem.objects.get(conversation=conversation).message
    assert message.cc == [{"name": "", "address": "boss@customer.example"}]
    assert message.bcc == [{"name": "", "address": "archive@example.com"}]
    attachment = message.attachments.get()
    assert attachment.filename == "見積書.pdf"
    assert attachment.size == len(b"%PDF-1.4 test")


def test_drafts_are_saved_and_restored(world: World) -> None:
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    response = client.post(f"/c/{conversation.pk}/draft/", {"body": "書きかけの返信"})
    assert response.status_code == 200
    assert Draft.objects.get(conversation=conversation, author=world.alice).body == "書きかけの返信"
    assert "書きかけの返信" in client.get(f"/c/{conversation.pk}/").content.decode()
    # A colleague does not see alice's draft in their compose box.
    assert (
        "書きかけの返信"
        not in world.client(world.bob).get(f"/c/{conversation.pk}/").content.decode()
    )


def test_a_template_fills_in_the_customer_and_agent_names(world: World) -> None:
    conversation = make_conversation(world.support)
    template = Template.objects.create(
        name="返金", body="{customer_name} 様\n{agent_name}です。{tag}"
    )
    response = world.client(world.alice).get(
        f"/c/{conversation.pk}/template/", {"template": template.pk, "body": "先に書いた文"}
    )
    body = response.content.decode()
    assert "山田 太郎 様" in body
    assert "佐藤 アリス" in body
    assert f"[#{conversation.pk}]" in body
    assert body.index("先に書いた文") < body.index("山田 太郎 様")  # inserted below the text
    assert "-- " not in body  # the signature is added when the reply is queued, not here


def test_only_leads_share_templates_and_agents_keep_personal_ones(world: World) -> None:
    data = {"name": "お礼", "language": "ja", "kind": "reply", "body": "ありがとうございます"}
    shared = {**data, "scope": f"team:{world.team_a.pk}"}
    assert world.client(world.alice).post("/templates/new/", shared).status_code == 200
    assert not Template.objects.filter(name="お礼").exists()  # refused: not her choice
    assert world.client(world.lead).post("/templates/new/", shared).status_code == 303
    assert Template.objects.get(name="お礼").team == world.team_a
    personal = {**data, "name": "私のお礼", "scope": "personal"}
    assert world.client(world.alice).post("/templates/new/", personal).status_code == 303
    assert Template.objects.get(name="私のお礼").owner == world.alice
