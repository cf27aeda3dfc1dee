"""Approval by policy (回し読み, Re:lation-style): leads say when a reply needs a second
pair of eyes; a reply that meets a policy waits as an ApprovalRequest until an approver
sends it (as written or edited) or returns it to its author with a comment (差し戻し)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.accounts import Team
from madoguchi.models.conversations import Conversation, Label
from madoguchi.models.mailboxes import Mailbox
from madoguchi.models.outbox import OutboxItem


class AgentsScope(models.TextChoices):
    """What a policy's chosen agents mean (walk 12, F-10: a lead's 「田中さんの返金・怒り対応」
    held every reply by 田中, and every refund reply by anyone)."""

    # One condition among the others: every reply of theirs is held (as before).
    ANY = "any", _("All their replies are held (each condition is enough on its own)")
    # Who the policy is for: only their replies, held when another condition holds.
    ONLY = (
        "only",
        _(
            "Only their replies are checked: held when one of the other conditions holds "
            "(e.g. their replies that mention 返金)"
        ),
    )


class ApprovalPolicy(models.Model):
    """When replies need approval. A policy applies to a team's mailboxes, one mailbox, or
    (neither set) every mailbox; a reply needs approval when any condition of an applying
    policy holds — or, with agents_scope ONLY, when one of its chosen agents wrote it and
    any other condition holds."""

    name = models.CharField(_("name"), max_length=100)
    is_active = models.BooleanField(_("active"), default=True)
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.CASCADE, verbose_name=_("team")
    )
    mailbox = models.ForeignKey(
        Mailbox, null=True, blank=True, on_delete=models.CASCADE, verbose_name=_("mailbox")
    )
    # Chosen agents (new hires): every reply, or only their first N sent replies.
    agents = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("agents")
    )
    first_replies = models.PositiveIntegerField(_("only their first N replies"), default=0)
    agents_scope = models.CharField(
        _("the chosen agents"), max_length=8, choices=AgentsScope.choices, default=AgentsScope.ANY
    )
    labels = models.ManyToManyField(Label, blank=True, related_name="+", verbose_name=_("labels"))
    on_anger = models.BooleanField(_("the customer is angry"), default=False)
    on_high_urgency = models.BooleanField(_("the conversation is urgent"), default=False)
    lint_rules = models.JSONField(_("reply-check rules"), default=list, blank=True)
    words = models.TextField(_("words"), blank=True)  # one per line or comma-separated
    amount_at_least = models.PositiveBigIntegerField(
        _("amounts in yen from"), null=True, blank=True
    )
    on_attachments = models.BooleanField(_("the reply has attachments"), default=False)
    on_external_cc = models.BooleanField(_("Cc to an outside address"), default=False)
    # Who may approve besides leads and admins (an agent given the right).
    approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("approvers")
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("approval policy")
        verbose_name_plural = _("approval policies")

    def __str__(self) -> str:
        return self.name


class ApprovalState(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    EDITED = "edited", _("Edited and approved")
    RETURNED = "returned", _("Sent back")  # 差し戻し
    # A follow-up taken back because the customer answered first (s5-notify).
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ApprovalRequest(models.Model):
    """One reply held for approval, and what became of it."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="approval_requests"
    )
    # Cleared when the reply is sent back: its outbox row and message are removed.
    outbox_item = models.OneToOneField(
        OutboxItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="approval"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    reasons = models.JSONField(default=list)  # [{"code": …, "detail": …}], shown translated
    policies = models.ManyToManyField(ApprovalPolicy, blank=True, related_name="requests")
    state = models.CharField(
        max_length=10, choices=ApprovalState.choices, default=ApprovalState.PENDING
    )
    text = models.TextField()  # as the author wrote it
    sent_text = models.TextField(blank=True)  # as the approver sent it (differs when edited)
    comment = models.TextField(blank=True)  # the approver's word to the author
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # The author has seen the decision (the badge counts returned/edited ones until then).
    author_seen_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["state", "created_at"], name="approval_state")]
