"""The worker's round of notification mails (actions/notification_mail.py): each due one is
written in its reader's language and sent through the SMTP server of the conversation's
mailbox. System mail to one of our own people: no customer, no outbox row."""

from __future__ import annotations

import logging

from madoguchi.actions.notification_mail import (
    drop_notification_mail,
    due_notification_mails,
    notification_mail_text,
    record_notification_mail_failed,
    record_notification_mail_sent,
    sender_mailbox,
)
from madoguchi.transport import smtp
from madoguchi.transport.credentials import CredentialError
from madoguchi.worker.staff_mail import send_staff_mail

log = logging.getLogger(__name__)


def send_notification_mails() -> int:
    """Send the notification mails that are due; returns how many the server took."""
    sent = 0
    for mail in due_notification_mails():
        address = mail.recipient.email
        mailbox = sender_mailbox(mail)
        if not address or not mail.recipient.is_active or mailbox is None:
            drop_notification_mail(mail, "no address to send to, or no mailbox to send from")
            continue
        subject, text = notification_mail_text(mail)
        try:
            send_staff_mail(mailbox, address, subject, text)
        except (smtp.SendError, CredentialError) as error:
            log.warning("notification mail %s to %s not sent: %s", mail.pk, address, error)
            record_notification_mail_failed(mail, str(error))
            continue
        record_notification_mail_sent(mail)
        sent += 1
    return sent
