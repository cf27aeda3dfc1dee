from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.conversations import Conversation
from madoguchi.models.knowledge import Template
from madoguchi.models.mailboxes import Mailbox


class Rule(models.Model):
    """An automatic sorting rule applied to each new incoming conversation, in order.

    conditions (actions/rules.py reads them; the lead edits them with web/rule_forms.py):
    {"match": "all"|"any", "sender": "*@example.com", "domain": "example.com",
    "recipient": "billing@…", "subject_words": ["…"], "keywords": ["…"] (subject or text),
    "attachment": true|false, "language": "ja"|"en", "urgency": "high"|"normal"|"low",
    "emotion": "angry"|"anxious"|"neutral"|"positive"}.
    actions: {"assignee": user id or login, "team": team id (round-robin), "label": "…",
    "priority": "urgent"|"normal"|"low", "status": "…", "auto_reply": template id}.
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
        verbose_name_plural = _("rules")

    def __str__(self) -> str:
        return self.name


class RuleReply(models.Model):
    """An automatic reply a rule asked for: the worker sends it with the acknowledgements
    (actions/outbound.py), through the same checks and the same once-per-conversation row,
    so a conversation never gets two automatic replies."""

    conversation = models.OneToOneField(
        Conversation, on_delete=models.CASCADE, related_name="rule_reply"
    )
    template = models.ForeignKey(Template, null=True, on_delete=models.SET_NULL, related_name="+")
    rule_name = models.CharField(max_length=200)
    created_at = models.DateTimeField()
