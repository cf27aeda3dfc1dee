"""Customer satisfaction (issue 14, item 6): one short survey mail after a person resolves a
conversation, and the customer's answer."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.conversations import Conversation
from madoguchi.models.mailboxes import Mailbox
from madoguchi.models.messages import Message


class Rating(models.TextChoices):
    GREAT = "great", _("Great")  # 満足
    OKAY = "okay", _("Okay")  # 普通
    BAD = "bad", _("Bad")  # 不満


class SatisfactionSetting(models.Model):
    """Per mailbox, off by default: ask the customer for a rating after resolution."""

    mailbox = models.OneToOneField(
        Mailbox, on_delete=models.CASCADE, related_name="satisfaction_setting"
    )
    is_enabled = models.BooleanField(_("ask for a rating after resolution"), default=False)
    # Only conversations resolved after it was switched on are asked: switching it on must
    # not mail every customer whose conversation was resolved last year.
    enabled_since = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("satisfaction survey setting")


class SatisfactionSurvey(models.Model):
    """The survey of one conversation: the unique key makes "never twice" hold even when
    two workers look at the same conversation (as Acknowledged does)."""

    conversation = models.OneToOneField(
        Conversation, on_delete=models.CASCADE, related_name="satisfaction"
    )
    # Copied from the conversation so the reports group without joining it.
    mailbox = models.ForeignKey(Mailbox, on_delete=models.CASCADE, related_name="+")
    # Whom the rating is about: the owner when it was resolved (else who resolved it).
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The only key to the page that needs no login: unguessable (secrets.token_urlsafe).
    token = models.CharField(max_length=64, unique=True)
    language = models.CharField(max_length=8, default="ja")
    message = models.ForeignKey(Message, null=True, on_delete=models.SET_NULL, related_name="+")
    # Why none was sent (an automatic or no-reply sender), or "" when one was.
    skipped_because = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField()
    rating = models.CharField(_("rating"), max_length=8, choices=Rating.choices, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    commented_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("satisfaction survey")
        indexes = [
            # The reports: answers in a period, per mailbox.
            models.Index(fields=["rated_at", "mailbox"], name="satisfaction_rated"),
        ]


def survey_message_ids() -> models.QuerySet[SatisfactionSurvey, Any]:
    """The messages that are satisfaction surveys, for `message_id__in=`: a survey that did
    not go is not a reply the customer is missing (walk 12 F-17)."""
    return SatisfactionSurvey.objects.filter(message__isnull=False).values("message_id")
