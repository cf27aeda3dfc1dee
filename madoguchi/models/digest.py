"""The weekly digest mail to leads (issue 14 item 5): their switch, and one row per lead and
week (the unique key makes "once a week" hold whatever the worker does)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.mailboxes import Mailbox


class WeeklyDigestSetting(models.Model):
    """Off by default; each lead switches it on for themself on the preferences page."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="weekly_digest_setting"
    )
    is_enabled = models.BooleanField(_("mail me a weekly digest of my teams"), default=False)

    class Meta:
        verbose_name = _("weekly digest setting")


class WeeklyDigest(models.Model):
    """One lead's digest of one week: written when claimed, sent_at set once the SMTP
    server took it (a failed try is tried again by the next round of the same week)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField()  # the Monday the digest is for (it covers the 7 days before)
    mailbox = models.ForeignKey(Mailbox, null=True, on_delete=models.SET_NULL, related_name="+")
    subject = models.CharField(max_length=200)
    text = models.TextField()
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("weekly digest")
        constraints = [
            models.UniqueConstraint(fields=["user", "week"], name="weekly_digest_once"),
        ]
