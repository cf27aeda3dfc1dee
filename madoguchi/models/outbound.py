"""Mail we start ourselves: the per-mailbox auto-acknowledgement and its record."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.conversations import Conversation
from madoguchi.models.mailboxes import Mailbox
from madoguchi.models.messages import Message


class AutoAcknowledgement(models.Model):
    """「お問い合わせを受け付けました」: sent once to the sender of a new conversation."""

    mailbox = models.OneToOneField(
        Mailbox, on_delete=models.CASCADE, related_name="auto_acknowledgement"
    )
    is_enabled = models.BooleanField(_("send an acknowledgement"), default=False)
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    text = models.TextField(_("text"))
    # Only conversations that started after it was switched on are answered: turning it
    # on must not mail every customer of an imported history.
    enabled_since = models.DateTimeField(null=True, blank=True)
    # The newest conversation when it was switched on: only later ones are answered (dates
    # of mail are the sender's word; ids are ours).
    after_conversation_id = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("auto-acknowledgement")
        verbose_name_plural = _("auto-acknowledgements")


class Acknowledged(models.Model):
    """The acknowledgement of one conversation: the unique key makes "never twice" hold
    even when two workers look at the same conversation."""

    conversation = models.OneToOneField(
        Conversation, on_delete=models.CASCADE, related_name="acknowledgement"
    )
    message = models.ForeignKey(Message, null=True, on_delete=models.SET_NULL, related_name="+")
    # Why none was sent (an automatic or no-reply sender), or "" when one was.
    skipped_because = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField()
