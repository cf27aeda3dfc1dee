"""Settings of the reply-quality assistants that leads edit: lint rule policy, topic labels."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LintMode(models.TextChoices):
    OFF = "off", _("Off")  # not checked at all
    WARN = "warn", _("Warn")  # shown in the compose box, never stops a send
    ACKNOWLEDGE = "acknowledge", _("Must be acknowledged")  # sent once the agent ticks it
    BLOCK = "block", _("Blocks sending")  # the draft must be rewritten first


class LintPolicy(models.Model):
    """What the compose box does with one reply-linter rule; a rule without a row warns."""

    rule = models.CharField(_("rule"), max_length=40)
    mode = models.CharField(_("mode"), max_length=12, choices=LintMode.choices)
    # None: the global policy (an admin's); a team's row overrides it for replies from
    # that team's mailboxes.
    team = models.ForeignKey(
        "madoguchi.Team", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["rule"]
        constraints = [
            models.UniqueConstraint(fields=["team", "rule"], name="lint_policy_team_rule"),
            models.UniqueConstraint(
                fields=["rule"], condition=models.Q(team=None), name="lint_policy_global_rule"
            ),
        ]
        verbose_name = _("lint rule policy")
        verbose_name_plural = _("lint rule policies")

    def __str__(self) -> str:
        return f"{self.rule}: {self.mode}"


class TopicLabel(models.Model):
    """A lead's name for a recurring topic, keyed by the label trends computed for it."""

    auto_label = models.CharField(_("automatic label"), max_length=300)
    label = models.CharField(_("label"), max_length=300)
    # None: a global name (an admin's); a team's name wins for that team's leads.
    team = models.ForeignKey(
        "madoguchi.Team", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["auto_label"]
        constraints = [
            models.UniqueConstraint(fields=["team", "auto_label"], name="topic_label_team"),
            models.UniqueConstraint(
                fields=["auto_label"], condition=models.Q(team=None), name="topic_label_global"
            ),
        ]
        verbose_name = _("topic label")
        verbose_name_plural = _("topic labels")

    def __str__(self) -> str:
        return f"{self.auto_label} → {self.label}"
