"""The worker's weekly digest round: write this week's digests (actions/digest.py), then
send each to its lead through the SMTP server of one of the lead's mailboxes. System mail to
the lead only: no customer, no conversation, no outbox row."""

from __future__ import annotations

import logging
from datetime import datetime

from madoguchi.actions.digest import (
    claim_digests,
    digest_recipient,
    record_digest_failed,
    record_digest_sent,
)
from madoguchi.transport import smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.worker.staff_mail import send_staff_mail

log = logging.getLogger(__name__)


def send_weekly_digests(at: datetime | None = None) -> int:
    """Send the digests of this week not sent yet; returns how many the server took."""
    sent = 0
    for digest in claim_digests(at):
        mailbox = digest.mailbox
        if mailbox is None:
            continue
        address = digest_recipient(digest)
        try:
            send_staff_mail(mailbox, address, digest.subject, digest.text)
        except (smtp.SendError, CredentialError) as error:
            log.warning("weekly digest %s to %s not sent: %s", digest.pk, address, error)
            record_digest_failed(digest, str(error))
            continue
        record_digest_sent(digest)
        sent += 1
    return sent
