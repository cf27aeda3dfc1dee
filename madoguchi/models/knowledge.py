from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Template(models.Model):
    """A canned reply with variables such as {customer_name}, {agent_name}, {tag}."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("Reply")
        CLARIFY = "clarify", _("Clarifying question for a terse mail")

    name = models.CharField(_("name"), max_length=200)
    body = models.TextField(_("body"))
    language = models.CharField(_("language"), max_length=5, default="ja")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.REPLY)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    updated_at = models.DateTimeField(auto_now=True)
    # Who sees it: a personal template (owner set) only its owner; a team template that
    # team; neither: global, made by an admin, seen by all. A deleted team's templates go
    # with it (they are its own words, not something the other teams should inherit).
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="personal_templates",
        verbose_name=_("personal template of"),
    )
    team = models.ForeignKey(
        "madoguchi.Team",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="templates",
        verbose_name=_("team"),
    )
    folder = models.CharField(_("folder"), max_length=100, blank=True)
    # A macro: what inserting the template and then sending the reply also does.
    set_status = models.CharField(_("then set the status to"), max_length=10, blank=True)
    set_priority = models.PositiveSmallIntegerField(
        _("then set the priority to"), null=True, blank=True
    )
    add_labels = models.ManyToManyField(
        "madoguchi.Label", blank=True, related_name="+", verbose_name=_("then add the labels")
    )

    class Meta:
        ordering = ["folder", "name"]
        verbose_name = _("template")
        verbose_name_plural = _("templates")

    def __str__(self) -> str:
        return self.name


class FaqEntry(models.Model):
    """A knowledge-base answer leads maintain; suggested for similar incoming mail."""

    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("body"))
    language = models.CharField(_("language"), max_length=5, default="ja")
    updated_at = models.DateTimeField(auto_now=True)
    team = models.ForeignKey(  # None: global (an admin's), suggested to every team
        "madoguchi.Team",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="faq_entries",
        verbose_name=_("team"),
    )

    class Meta:
        ordering = ["title"]
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")

    def __str__(self) -> str:
        return self.title
