"""madoguchi trends: recurring topics as a table, CSV or JSON, for one mailbox or all."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from madoguchi.models import Conversation, Direction, Mailbox, Message

CRASH = [
    "アップデート後にアプリが起動しなくなりました。起動するとすぐに落ちます。",
    "最新版にアップデートしたらアプリが起動直後にクラッシュします。",
    "アップデートしてからアプリが起動しません。起動するとすぐ落ちてしまいます。",
    "昨日のアップデート後、アプリが起動直後に落ちます。",
    "アプリをアップデートしたら起動できなくなりました。すぐに落ちます。",
]


def _plant(mailbox: Mailbox) -> None:
    for number, text in enumerate(CRASH):
        at = timezone.now() - timedelta(hours=number + 1)
        conversation = Conversation.objects.create(
            mailbox=mailbox, subject="アプリが起動しない", created_at=at, updated_at=at
        )
        Message.objects.create(
            conversation=conversation,
            direction=Direction.INCOMING,
            subject="アプリが起動しない",
            text=text,
            received_at=at,
        )


def _run(*args: str) -> str:
    out = StringIO()
    call_command("trends", *args, stdout=out)
    return out.getvalue()


def test_the_table_lists_the_planted_topic(mailbox: Mailbox) -> None:
    _plant(mailbox)
    table = _run()
    assert "アプリ" in table or "アップデート" in table
    assert "↑" in table


def test_json_and_csv(mailbox: Mailbox) -> None:
    _plant(mailbox)
    topics = json.loads(_run("--format", "json", "--days", "30"))
    assert topics[0]["count"] == len(CRASH)
    assert _run("--format", "csv").splitlines()[0].startswith("label,count")


def test_a_mailbox_filter(mailbox: Mailbox) -> None:
    _plant(mailbox)
    other = Mailbox.objects.create(name="Sales", address="sales@example.com")
    assert json.loads(_run("--format", "json", "--mailbox", other.address)) == []
    assert json.loads(_run("--format", "json", "--mailbox", mailbox.address))
    with pytest.raises(CommandError):
        _run("--mailbox", "nobody@example.com")
