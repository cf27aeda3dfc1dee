from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.customers import Customer
from madoguchi.models.mailboxes import Mailbox


class Status(models.TextChoices):
    NEW = "new", _("New")  # 未対応
    OPEN = "open", _("Open")  # 対応中
    WAITING = "waiting", _("Waiting on customer")  # 返信待ち
    RESOLVED = "resolved", _("Resolved")  # 対応済
    NO_ACTION = "no_action", _("No action needed")  # 対応不要
    SPAM = "spam", _("Spam")  # 迷惑メール: never in the other folders, never answered by rules


# Statuses in which the team still owes the customer something.
ACTIVE_STATUSES = (Status.NEW, Status.OPEN)
CLOSED_STATUSES = (Status.RESOLVED, Status.NO_ACTION)


class Priority(models.IntegerChoices):
    # Stored as numbers so that "most urgent first" is a plain ORDER BY.
    URGENT = 0, _("Urgent")  # 至急
    NORMAL = 1, _("Normal")
    LOW = 2, _("Low")  # 後で


class Label(models.Model):
    # Names stay unique across teams: search (`label:請求`) and sorting rules name a label.
    name = models.CharField(_("name"), max_length=100, unique=True)
    color = models.CharField(_("colour"), max_length=7, default="#6b7280")
    # The team whose leads manage it; None: global, made by an admin, seen by every team.
    # A deleted team's labels become global rather than vanish from its conversations.
    team = models.ForeignKey(
        "madoguchi.Team",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="labels",
        verbose_name=_("team"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("label")
        verbose_name_plural = _("labels")

    def __str__(self) -> str:
        return self.name


class Conversation(models.Model):
    """A thread with a customer: status, owner, labels, priority, and its messages."""

    mailbox = models.ForeignKey(Mailbox, on_delete=models.PROTECT, related_name="conversations")
    subject = models.CharField(_("subject"), max_length=998, blank=True)
    # Normalised subject (Re:/返信:/【】 removed) for the threading fallback.
    subject_key = models.CharField(max_length=255, blank=True, db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_conversations",
    )
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    labels = models.ManyToManyField(Label, related_name="conversations", blank=True)

    created_at = models.DateTimeField(_("created"))
    updated_at = models.DateTimeField(_("updated"))
    last_message_at = models.DateTimeField(null=True)
    last_customer_message_at = models.DateTimeField(null=True)
    first_response_at = models.DateTimeField(null=True)
    resolved_at = models.DateTimeField(null=True)
    snoozed_until = models.DateTimeField(null=True, blank=True)
    # A reply the team promised by a date (「〇日までにご連絡します」), in a reply that
    # left (actions/promises.py), with our own words; our next reply keeps it or clears it.
    promised_at = models.DateTimeField(null=True, blank=True)
    # Nullable: a column added without a default needs no table rebuild on SQLite.
    promise_quote = models.TextField(null=True, blank=True)  # noqa: DJ001

    # SLA (issue 14), kept up to date by the actions (actions/sla.py), never reconstructed.
    # The current deadline: the earliest running target (response or resolution).
    sla_due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    sla_warn_at = models.DateTimeField(null=True, blank=True)  # the chosen share of it
    # first_response, next_response or resolution: which deadline sla_due_at is
    sla_kind = models.CharField(max_length=16, blank=True, default="", db_default="")
    sla_alerted = models.PositiveSmallIntegerField(default=0, db_default=0)  # 1 warned, 2 breached
    # (Database defaults too: bulk loaders that write their own INSERTs need not know them.)
    # Clocks in business seconds: spent before `…_since`, running since then (None: paused).
    sla_response_owed = models.BooleanField(default=False, db_default=False)
    sla_response_spent = models.PositiveIntegerField(default=0, db_default=0)
    sla_response_since = models.DateTimeField(null=True, blank=True)
    sla_resolution_spent = models.PositiveIntegerField(default=0, db_default=0)
    sla_resolution_since = models.DateTimeField(null=True, blank=True)
    # 返信待ち reminders: when the conversation started waiting on the customer, when the
    # next reminder step is due, and the steps done (1 reminded, 2 resolved).
    waiting_since = models.DateTimeField(null=True, blank=True)
    reminder_at = models.DateTimeField(null=True, blank=True, db_index=True)
    reminder_step = models.PositiveSmallIntegerField(default=0, db_default=0)
    # Metrics recorded when they happen (business seconds; met: within the target).
    first_response_seconds = models.PositiveIntegerField(null=True, blank=True)
    first_response_met = models.BooleanField(null=True, blank=True)
    resolution_seconds = models.PositiveIntegerField(null=True, blank=True)
    resolution_met = models.BooleanField(null=True, blank=True)
    # Who held the conversation when that target passed unmet (0: nobody; None: not passed,
    # or passed before this was recorded). A miss is theirs in the reports, not the owner's
    # at the late answer: an absence hand-over moved 鈴木's misses onto 田中 (walk 12, F-19).
    first_response_missed_by = models.IntegerField(null=True, blank=True)
    resolution_missed_by = models.IntegerField(null=True, blank=True)

    # Bumped by every change a colleague should notice before sending (Traffic Cop).
    version = models.PositiveIntegerField(default=1)
    message_count = models.PositiveIntegerField(default=0)
    preview = models.CharField(max_length=200, blank=True)

    # Triage of the latest customer message (quality/triage).
    urgency = models.CharField(max_length=6, blank=True)
    emotion = models.CharField(max_length=8, blank=True)
    terse = models.BooleanField(default=False)
    triage_score = models.FloatField(default=0.0)
    triage_reasons = models.JSONField(default=list, blank=True)
    # The same reasons as [code, the customer's words] pairs: shown in the reader's UI
    # language (quality.triage.render_reasons), whatever the mail's language.
    triage_codes = models.JSONField(default=list, blank=True)

    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_from"
    )
    # Same customer, open or recent: offered for merging, never merged automatically.
    likely_predecessors = models.ManyToManyField(
        "self", symmetrical=False, related_name="likely_successors", blank=True
    )

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        indexes = [
            # The queue: a status within a mailbox, oldest waiting first, keyset on (time, id).
            models.Index(
                fields=["mailbox", "status", "last_customer_message_at", "id"],
                name="conv_queue",
            ),
            models.Index(fields=["status", "last_customer_message_at", "id"], name="conv_status"),
            models.Index(fields=["owner", "status", "last_customer_message_at"], name="conv_owner"),
            models.Index(fields=["status", "triage_score"], name="conv_triage"),
            # A customer's conversations, most recently active first (their history; the
            # import's likely predecessors: batch._recent_conversations_of). The columns
            # that look-up tests and returns are in it too, so it reads this index alone:
            # as (customer, last_message_at) it read each candidate's row, scattered
            # over the table, and a known customer's mail cost more as the table grew.
            models.Index(
                fields=[
                    "customer",
                    "last_message_at",
                    "id",
                    "mailbox",
                    "merged_into",
                    "status",
                    "created_at",
                ],
                name="conv_customer",
            ),
            # Search results newest first: walked in this order, stopping after a page
            # (and the facets' thousand) instead of sorting every match.
            models.Index(fields=["last_message_at", "id"], name="conv_recent"),
            # The same order for one assignee and status (`assignee:agent3 status:waiting`):
            # walked from the newest, a page read in a few dozen rows. Without it
            # PostgreSQL walked conv_recent testing every conversation's owner and status
            # (1,000,000 messages: 6,579 rows passed over for a page of 26, 6,658 buffers).
            models.Index(
                fields=["owner", "status", "last_message_at", "id"], name="conv_owner_recent"
            ),
            models.Index(fields=["snoozed_until"], name="conv_snoozed"),
            # The reports' open-conversation count for one priority, from the index alone
            # (100,000 conversations: 780 ms → a few ms on SQLite under load).
            models.Index(
                fields=["priority", "status", "mailbox", "owner", "merged_into"],
                name="conv_priority_counts",
            ),
            # The SLA timer: deadlines not yet warned about or breached, soonest first.
            models.Index(fields=["sla_alerted", "sla_warn_at"], name="conv_sla_timer"),
            # Sidebar counts read only this index (no row look-ups): every column the
            # count filters on is in it. 100k conversations: 130 ms -> 23 ms on SQLite.
            # The SLA deadlines joined the counts (期限超過/期限間近): without them here the
            # count read every row again (20,000 conversations under load: 66 -> 38 ms).
            models.Index(
                fields=[
                    "mailbox",
                    "status",
                    "owner",
                    "merged_into",
                    "snoozed_until",
                    "sla_due_at",
                    "sla_warn_at",
                ],
                name="conv_counts_sla",
            ),
            # 期限超過 and 期限間近 for the folder counts: a range scan over the deadlines
            # already warned about (a warning time is never after its deadline), read from
            # the index alone; the other counts come from FolderCount (models/counts.py).
            models.Index(
                fields=["sla_warn_at", "sla_due_at", "merged_into", "snoozed_until", "mailbox"],
                name="conv_sla_counts",
            ),
        ]

    def __str__(self) -> str:
        return f"[#{self.pk}] {self.subject}"

    @property
    def tag(self) -> str:
        """The conversation tag replies carry in their subject, e.g. [#123]."""
        return f"[#{self.pk}]"
