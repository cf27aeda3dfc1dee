"""Walk 12 F-28: the forgotten-attachment question fires on a phrase that announces a file
(添付いたします, "please find attached"), not on the topic word: a reply about the size
limit of attachments attaches nothing and is not asked about."""

from __future__ import annotations

import pytest

from madoguchi.models import OutboxItem
from tests.web.conftest import World, make_conversation
from tests.web.test_send_safety import post_reply


@pytest.mark.parametrize(
    "body",
    [
        "見積書を添付いたします。",
        "詳細は添付の通りです。",
        "添付ファイルをご確認ください。",
        "Please find attached the invoice.",
        "I've attached the log.",
        "Please see attached.",
    ],
)
def test_an_announced_attachment_with_no_file_is_asked_about(world: World, body: str) -> None:
    conversation = make_conversation(world.support)
    asked = post_reply(world, conversation.pk, body=body)
    assert 'data-question="attachment"' in asked.content.decode()
    assert not OutboxItem.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        "添付ファイルは1ファイル10MBまでです。",
        "添付できるファイル形式はPDFとCSVです。ご確認ください。",
        "Attachments are limited to 10 MB per file.",
        "You can attach files of up to 10 MB.",
    ],
)
def test_a_reply_about_attachments_goes_without_the_question(world: World, body: str) -> None:
    conversation = make_conversation(world.support)
    sent = post_reply(world, conversation.pk, body=body)
    assert sent.status_code == 204 and OutboxItem.objects.count() == 1
