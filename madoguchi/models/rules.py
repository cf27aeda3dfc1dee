from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.mailboxes import Mailbox


class Rule(models.Model):
    """An automatic sorting rule applied to each new incoming conversation, in order.

    conditions: {"sender": "…", "domain": "…", "keywords": ["…"], "mailbox": id} — all given
    conditions must hold. actions: {"label": "…", "assignee": user id, "team": team id
    (round-robin), "priority": 0-2, "status": "…"}.
    """

    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)
    mailbox = models.ForeignKey(
        Mailbox, null=True, blank=True, on_delete=models.CASCADE, related_name="rules"
    )
    conditions = models.JSONField(default=dict)
    actions = models.JSONField(default=dict)
    stop_processing = models.BooleanField(_("stop after this rule"), default=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("rule")

    def __str__(self) -> str:
        return self.name
