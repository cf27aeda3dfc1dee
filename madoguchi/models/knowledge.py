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

    class Meta:
        ordering = ["name"]
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

    class Meta:
        ordering = ["title"]
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")

    def __str__(self) -> str:
        return self.title
