"""The worker's round of notification mails (actions/notification_mail.py): written in the
reader's language and sent through the SMTP server of the conversation's mailbox, one mail
per person per round (a digest when several are due for them). System mail to one of our
own people: no customer, no outbox row."""

from __future__ import annotations

import logging

from madoguchi.actions.notification_mail import (
    digest_mail_text,
    drop_notification_mail,
    due_notification_mails,
    notification_mail_text,
    record_notification_mail_failed,
    record_notification_mail_sent,
    sender_mailbox,
)
from madoguchi.models import NotificationMail
from madoguchi.transport import smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.worker.staff_mail import send_staff_mail

log = logging.getLogger(__name__)


def send_notification_mails() -> int:
    """Send the notification mails that are due, one mail per person (a digest when several
    are due for them); returns how many mails the server took."""
    by_recipient: dict[int, list[NotificationMail]] = {}
    for mail in due_notification_mails():
        by_recipient.setdefault(mail.recipient_id, []).append(mail)
    sent = 0
    for mails in by_recipient.values():
        recipient = mails[0].recipient
        address = recipient.email
        mailbox = next((m for m in map(sender_mailbox, mails) if m is not None), None)
        if not address or not recipient.is_active or mailbox is None:
            for mail in mails:
                drop_notification_mail(mail, "no address to send to, or no mailbox to send from")
            continue
        if len(mails) == 1:
            subject, text = notification_mail_text(mails[0])
        else:
            subject, text = digest_mail_text(mails)
        try:
            send_staff_mail(mailbox, address, subject, text)
        except (smtp.SendError, CredentialError) as error:
            log.warning("notification mail to %s not sent: %s", address, error)
            for mail in mails:
                record_notification_mail_failed(mail, str(error))
            continue
        for mail in mails:
            record_notification_mail_sent(mail)
        sent += 1
    return sent
