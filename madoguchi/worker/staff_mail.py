"""System mail to one of our own people (a lead's digest, a notification): written by the
worker, sent through a mailbox's SMTP server to that person only. No customer, no
conversation thread, no outbox row."""

from __future__ import annotations

from email.utils import make_msgid

from madoguchi.actions.base import now
from madoguchi.mail.compose import OutgoingMail, Recipient, compose
from madoguchi.models import Mailbox
from madoguchi.transport import smtp
from madoguchi.transport.endpoints import smtp_endpoint


def send_staff_mail(mailbox: Mailbox, address: str, subject: str, body: str) -> None:
    """Send one mail from `mailbox` to `address`; raises smtp.SendError or CredentialError."""
    composed = compose(
        OutgoingMail(
            from_name="madoguchi",
            from_address=mailbox.address,
            to=(Recipient("", address),),
            cc=(),
            bcc=(),
            subject=subject,
            body=body,
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
    finally:
        smtp.close(client)
