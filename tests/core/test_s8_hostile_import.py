"""Hostile mail through the import: the raw bytes are always stored, and attachment files
land only under the attachment folder, named by their hash (session 8 audit, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings

from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.models import Attachment, RawMessage
from tests.mail.mutations import HOSTILE_NAMES, attachment_named, fixed_cases

pytestmark = pytest.mark.django_db


def test_it_stores_every_constructed_hostile_mail_raw(session: IngestSession) -> None:
    root = Path(settings.ATTACHMENT_DIR)
    cases = list(fixed_cases())
    items = [
        (IncomingMail(raw=raw, source=f"s8:{name}"), prepare_mail(raw, root)) for name, raw in cases
    ]
    ingest_batch(session, items)
    stored = {bytes(row.data) for row in RawMessage.objects.all()}
    assert all(raw in stored for _, raw in cases)


def test_hostile_attachment_names_stay_names(session: IngestSession) -> None:
    root = Path(settings.ATTACHMENT_DIR)
    raws = [attachment_named(name) for name in HOSTILE_NAMES]
    ingest_batch(
        session,
        [
            (IncomingMail(raw=raw, source=f"s8:{n}"), prepare_mail(raw, root))
            for n, raw in enumerate(raws)
        ],
    )
    names = list(Attachment.objects.values_list("filename", flat=True))
    assert len(names) == 2 * len(HOSTILE_NAMES)
    assert not any("/" in name or "\\" in name or "\x00" in name for name in names)
    files = [path for path in root.rglob("*") if path.is_file()]
    assert all(path.resolve().is_relative_to(root.resolve()) for path in files)
