"""A batch of new mail writes the documents of the conversations it creates from the
tokens in hand (search/backends.py index_new_mail): they must be what rebuilding them
from the messages gives, and a reply to a conversation of an earlier batch must still
bring that conversation's older messages into its document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from mailmaker import make_mail  # noqa: E402

from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch  # noqa: E402
from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from madoguchi.models import Conversation, Mailbox  # noqa: E402
from madoguchi.search.backends import CONVERSATION_TABLE, backend_for  # noqa: E402

pytestmark = pytest.mark.django_db


def mail(key: str, number: int, body: str) -> tuple[IncomingMail, object]:
    raw = make_mail(
        message_id=f"<{key}{number}@x>",
        in_reply_to=f"<{key}{number - 1}@x>" if number else None,
        references=f"<{key}{number - 1}@x>" if number else None,
        subject=f"{key} について" if not number else f"Re: {key} について",
        body=body,
        sender=f"{key}@abc.jp",
    )
    return IncomingMail(raw, f"{key}{number}"), prepare_mail(raw, Path(settings.ATTACHMENT_DIR))


def documents() -> dict[int, str]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT rowid, tokens FROM {CONVERSATION_TABLE} ORDER BY rowid")
        return dict(cursor.fetchall())


def conversation(key: str) -> Conversation:
    return Conversation.objects.get(messages__message_id=f"<{key}0@x>")


def test_it_writes_new_conversations_documents_as_a_rebuild_would(db: None) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the conversation-level index is SQLite's")
    session = IngestSession(Mailbox.objects.create(name="Support", address="support@example.com"))
    ingest_batch(session, [mail("old", 0, "最初の問い合わせ alpha")])  # type: ignore[list-item]
    # One batch: a new thread of two messages, a lone new one, and a reply to the thread
    # of the batch before.
    report = ingest_batch(
        session,
        [
            mail("pair", 0, "返金をお願いします bravo"),
            mail("lone", 0, "配送が遅れています charlie"),
            mail("pair", 1, "まだ届きません delta"),
            mail("old", 1, "追加の質問 echo"),
        ],  # type: ignore[list-item]
    )
    assert report.stored == 4 and report.conversations_created == 2
    written = documents()
    backend_for().refresh_conversations(list(written))
    assert documents() == written  # the same documents as read back from the messages
    for key, words in {
        "pair": ["bravo", "delta"],
        "lone": ["charlie"],
        "old": ["alpha", "echo"],  # the earlier batch's message is still in its document
    }.items():
        document = written[conversation(key).pk]
        assert all(word in document.split() for word in words), (key, document)
    assert len(written[conversation("pair").pk].split("\u00a6")) == 2  # one part per message


def test_it_leaves_no_stale_words_when_a_conversation_id_is_reused(db: None) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("the conversation-level index is SQLite's")
    session = IngestSession(Mailbox.objects.create(name="Support", address="support@example.com"))
    ingest_batch(session, [mail("gone", 0, "消える言葉 foxtrot")])  # type: ignore[list-item]
    first = conversation("gone").pk
    # A row left behind under the id the next conversation gets (a deletion that bypassed
    # the signals): the new document replaces it.
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {CONVERSATION_TABLE} (rowid, tokens) VALUES (%s, 'stale')", [first + 1]
        )
    ingest_batch(session, [mail("next", 0, "新しい言葉 golf")])  # type: ignore[list-item]
    document = documents()[conversation("next").pk]
    assert "golf" in document.split() and "stale" not in document.split()
