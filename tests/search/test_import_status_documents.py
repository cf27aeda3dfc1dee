"""A batch that changes the status of conversations it answers (our reply: waiting; the
customer's next mail: open again) drops their documents before the update and rebuilds
them after it (actions/batch.py flush), instead of letting the filter triggers rewrite
each one first. Whatever the order, each document must end as a rebuild from the messages
gives it: every message's words, and the status the conversation has now, so that
`status:waiting` and `status:open` find it. SQLite and PostgreSQL."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from mailmaker import BASE_TIME, make_mail  # noqa: E402

from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch  # noqa: E402
from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from madoguchi.models import Conversation, Mailbox, Status  # noqa: E402
from madoguchi.search.backends import CONVERSATION_TABLE, backend_for, filter_token  # noqa: E402
from madoguchi.search.tokens import FILTER_STATUS  # noqa: E402

pytestmark = pytest.mark.django_db

SUPPORT = "support@example.com"


def mail(number: int, body: str, sender: str, key: str = "s9") -> tuple[IncomingMail, object]:
    raw = make_mail(
        message_id=f"<{key}-{number}@x>",
        in_reply_to=f"<{key}-{number - 1}@x>" if number else None,
        references=f"<{key}-{number - 1}@x>" if number else None,
        subject="請求について" if not number else "Re: 請求について",
        body=body,
        sender=sender,
        date=BASE_TIME + timedelta(hours=number),
    )
    return IncomingMail(raw, f"{key}-{number}"), prepare_mail(raw, Path(settings.ATTACHMENT_DIR))


def document(pk: int) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT tokens || ' ' || filters FROM {CONVERSATION_TABLE} WHERE rowid = %s",
                [pk],
            )
        else:
            cursor.execute(
                f"SELECT tsv::text FROM {CONVERSATION_TABLE} WHERE conversation_id = %s", [pk]
            )
        row = cursor.fetchone()
    assert row is not None, f"conversation {pk} has no search document"
    return str(row[0])


def status_token(status: str) -> str:
    if connection.vendor == "sqlite":
        return filter_token("s", status)
    return FILTER_STATUS + status.replace("_", "")


def test_it_keeps_each_document_whole_and_its_status_current_across_status_changes(
    db: None,
) -> None:
    session = IngestSession(
        Mailbox.objects.create(name="Support", address=SUPPORT), trust_own_address=True
    )
    # A second conversation, never answered: its document must stay as it is.
    first = [
        mail(0, "請求書が届きません alpha", "kimura@abc.jp"),
        mail(0, "配送 bravo", "x@y.jp", "o"),
    ]
    ingest_batch(session, first)  # type: ignore[arg-type]
    conversation = Conversation.objects.get(messages__message_id="<s9-0@x>")
    other = Conversation.objects.get(messages__message_id="<o-0@x>")
    assert conversation.status == Status.NEW

    steps = [
        (mail(1, "確認いたします charlie", SUPPORT), Status.WAITING, "charlie"),  # ours
        (mail(2, "まだ届いていません delta", "kimura@abc.jp"), Status.OPEN, "delta"),
    ]
    for item, status, word in steps:
        report = ingest_batch(session, [item])  # type: ignore[list-item]
        assert report.stored == 1 and report.conversations_created == 0
        conversation.refresh_from_db()
        assert conversation.status == status
        written = document(conversation.pk)
        assert word in written and "alpha" in written, written  # every message's words
        assert status_token(status) in written, written
        assert status_token(Status.NEW) not in written, written
        # The same document as rebuilding it from the messages gives.
        backend_for().refresh_conversations([conversation.pk])
        assert document(conversation.pk) == written
        assert "bravo" in document(other.pk)
