"""The worker's weekly digest round: write this week's digests (actions/digest.py), then
send each to its lead through the SMTP server of one of the lead's mailboxes. System mail to
the lead only: no customer, no conversation, no outbox row."""

from __future__ import annotations

import logging
from datetime import datetime
from email.utils import make_msgid

from madoguchi.actions.base import now
from madoguchi.actions.digest import (
    claim_digests,
    digest_recipient,
    record_digest_failed,
    record_digest_sent,
)
from madoguchi.mail.compose import OutgoingMail, Recipient, compose
from madoguchi.transport import smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.transport.endpoints import smtp_endpoint

log = logging.getLogger(__name__)


def send_weekly_digests(at: datetime | None = None) -> int:
    """Send the digests of this week not sent yet; returns how many the server took."""
    sent = 0
    for digest in claim_digests(at):
        mailbox = digest.mailbox
        if mailbox is None:
            continue
        address = digest_recipient(digest)
        composed = compose(
            OutgoingMail(
                from_name="madoguchi",
                from_address=mailbox.address,
                to=(Recipient("", address),),
                cc=(),
                bcc=(),
                subject=digest.subject,
                body=digest.text,
                message_id=make_msgid(domain=mailbox.address.rpartition("@")[2] or "localhost"),
                in_reply_to="",
                references="",
                date=now(),
                auto_submitted="auto-generated",  # RFC 3834: nobody's auto-responder answers
            )
        )
        client = None
        try:
            client = smtp.connect(smtp_endpoint(mailbox))
            smtp.send(client, mailbox.address, composed.recipients, composed.data)
        except (smtp.SendError, CredentialError) as error:
            log.warning("weekly digest %s to %s not sent: %s", digest.pk, address, error)
            record_digest_failed(digest, str(error))
            continue
        finally:
            smtp.close(client)
        record_digest_sent(digest)
        sent += 1
    return sent
