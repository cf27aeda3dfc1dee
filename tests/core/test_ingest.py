"""Storing incoming mail: raw first, nothing twice, customers and organisations."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from django.conf import settings
from mailmaker import make_mail

from madoguchi.actions.ingest import (
    IncomingMail,
    IngestSession,
    ingest_batch,
    process_pending,
    store_raw,
)
from madoguchi.actions.prepare import attachment_path, prepare_mail
from madoguchi.models import Attachment, Conversation, Customer, Message, Organization, RawMessage

pytestmark = pytest.mark.django_db


def ingest(session: IngestSession, *raws: bytes):  # type: ignore[no-untyped-def]
    items = [
        (
            IncomingMail(raw=raw, source=f"test:{i}"),
            prepare_mail(raw, Path(settings.ATTACHMENT_DIR)),
        )
        for i, raw in enumerate(raws)
    ]
    return ingest_batch(session, items)


def test_the_same_mail_twice_is_stored_once(session: IngestSession) -> None:
    raw = make_mail()
    first = ingest(session, raw)
    second = ingest(session, raw, raw)
    assert (first.stored, second.stored, second.duplicates) == (1, 0, 2)
    assert Message.objects.count() == 1


def test_the_same_mail_by_two_routes_is_one_message(session: IngestSession) -> None:
    raw = make_mail()
    via_imap = b"Received: from mx1 by mx2; Mon, 23 Nov 2026 09:00:01 +0900\r\n" + raw.replace(
        b"\n", b"\r\n"
    )
    via_mbox = b"Received: from mx9 by mx2; Mon, 23 Nov 2026 09:00:05 +0900\n" + raw
    report = ingest(session, via_imap, via_mbox)
    assert (report.stored, report.duplicates) == (1, 1)


def test_a_reused_message_id_with_other_content_is_kept(session: IngestSession) -> None:
    report = ingest(session, make_mail(body="一通目"), make_mail(body="二通目"))
    assert report.stored == 2


def test_the_raw_bytes_are_kept_exactly(session: IngestSession) -> None:
    raw = make_mail(charset="iso-2022-jp", body="返金の件です。", subject="返金")
    ingest(session, raw)
    assert bytes(RawMessage.objects.get().data) == raw


def test_it_links_each_message_to_its_raw_copy_and_leaves_no_cycles_to_the_gc(
    session: IngestSession,
) -> None:
    # A bulk import stores hundreds of batches: rows that refer to each other in a cycle
    # (a message and its raw copy, with its bytes) would wait for the cyclic GC, whose full
    # collections then cost the storing process more than the batch itself.
    raws = [make_mail(message_id=f"<m{i}@example.jp>", body=f"本文{i}") for i in range(3)]
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        ingest(session, *raws)
        gc.collect()
        left = [item for item in gc.garbage if isinstance(item, (Message, RawMessage))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []
    for message in Message.objects.select_related("raw"):
        assert bytes(message.raw.data) == raws[int(message.message_id[2])]


def test_undecodable_bytes_are_still_stored_raw_and_shown(session: IngestSession) -> None:
    junk = os.urandom(3000)
    report = ingest(session, junk)
    assert report.stored == 1 and not report.failed
    assert bytes(RawMessage.objects.get().data) == junk
    assert Conversation.objects.count() == 1


def test_customers_get_an_organisation_by_domain_but_never_for_free_mail(
    session: IngestSession,
) -> None:
    ingest(
        session,
        make_mail(sender="taro@acme.co.jp", message_id="<1@a>"),
        make_mail(sender="jiro@acme.co.jp", message_id="<2@a>", sender_name="Jiro"),
        make_mail(sender="someone@gmail.com", message_id="<3@a>"),
        make_mail(sender="keitai@docomo.ne.jp", message_id="<4@a>"),
    )
    assert list(Organization.objects.values_list("domain", flat=True)) == ["acme.co.jp"]
    assert Customer.objects.filter(organization__domain="acme.co.jp").count() == 2
    assert Customer.objects.filter(organization__isnull=True).count() == 2


def test_the_same_address_in_other_case_is_the_same_customer(session: IngestSession) -> None:
    ingest(
        session,
        make_mail(sender="Taro@ACME.co.jp", message_id="<1@a>"),
        make_mail(sender="taro@acme.co.jp", message_id="<2@a>", subject="別件"),
    )
    assert Customer.objects.count() == 1


def test_attachments_are_stored_once_on_disk_by_content(session: IngestSession) -> None:
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    def with_attachment(message_id: str) -> bytes:
        message = MIMEMultipart()
        message["From"] = "taro@acme.co.jp"
        message["To"] = "support@example.com"
        message["Subject"] = "見積書"
        message["Message-ID"] = message_id
        message.attach(MIMEText("見積書を添付します。", "plain", "utf-8"))
        part = MIMEApplication(b"%PDF-1.4 estimate", "pdf")
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "見積書.pdf"))
        message.attach(part)
        return message.as_bytes()

    ingest(session, with_attachment("<x1@a>"), with_attachment("<x2@a>"))
    attachments = list(Attachment.objects.all())
    assert [a.filename for a in attachments] == ["見積書.pdf", "見積書.pdf"]
    assert attachments[0].sha256 == attachments[1].sha256
    path = attachment_path(Path(settings.ATTACHMENT_DIR), attachments[0].sha256)
    assert path.read_bytes() == b"%PDF-1.4 estimate"


def test_the_fetchers_door_commits_raw_first_then_processes(session: IngestSession) -> None:
    raw = make_mail()
    stored, created = store_raw(session.mailbox, raw, "imap:INBOX:1:1")
    again, created_again = store_raw(session.mailbox, raw, "imap:INBOX:1:1")
    assert created and not created_again and stored.pk == again.pk
    assert stored.state == RawMessage.State.PENDING and Message.objects.count() == 0
    report = process_pending(session)
    assert report.stored == 1
    assert RawMessage.objects.get().state == RawMessage.State.PROCESSED
    assert Message.objects.get().raw_id == stored.pk


def test_the_queue_fields_are_filled_from_the_mail(session: IngestSession) -> None:
    ingest(session, make_mail(body="お世話になっております。\nログインできません。"))
    conversation = Conversation.objects.get()
    assert conversation.subject == "返金について"
    assert conversation.preview == "ログインできません。"  # the greeting is skipped
    assert conversation.last_customer_message_at is not None
    assert conversation.message_count == 1
    assert conversation.events.filter(verb="created").exists()
