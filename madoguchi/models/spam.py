from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BlockedSender(models.Model):
    """An address or a domain whose new mail goes straight to 迷惑メール (spam)."""

    pattern = models.CharField(_("address or domain"), max_length=320, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["pattern"]

    def __str__(self) -> str:
        return self.pattern
