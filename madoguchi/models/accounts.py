from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Team(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    # Round-robin assignment remembers whom it gave the last conversation to.
    last_assigned = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Leads and admins usually oversee rather than take the queue's mail; a small team
    # where the lead answers too turns this on.
    round_robin_includes_leads = models.BooleanField(
        _("round-robin also gives work to leads and admins"), default=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    LEAD = "lead", _("Lead")
    AGENT = "agent", _("Agent")


class Agent(models.Model):
    """The support-side profile of a Django user: role, teams, language, habits."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agent"
    )
    display_name = models.CharField(_("display name"), max_length=100, blank=True)
    # {agent_name} in English mail: "I'm 小林 エミ" means nothing to an English reader.
    name_en = models.CharField(_("name in Latin letters"), max_length=100, blank=True)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.AGENT)
    teams = models.ManyToManyField(Team, related_name="agents", blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)  # "" = browser's
    # The language of the browser this agent last used, for what leaves without a browser
    # (notification mails) when `language` is "" (walk 24 H12: an English-desk agent on
    # "browser default" got her notification mails in Japanese).
    browser_language = models.CharField(max_length=10, blank=True, editable=False)
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)  # "" = server's
    signature = models.TextField(_("signature"), blank=True)  # overrides the mailbox's
    signature_en = models.TextField(_("signature (English replies)"), blank=True)
    # Absence (不在): an away agent gets no new assignments; their queue can be handed over.
    # The flag is "away until further notice"; the dates an absence planned ahead (both days
    # included, in the server's time zone). While absent, notifications also go to the
    # substitute (代理).
    is_away = models.BooleanField(_("away"), default=False)
    away_from = models.DateField(_("away from"), null=True, blank=True)
    away_until = models.DateField(_("away until"), null=True, blank=True)
    substitute = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("substitute"),
    )

    class Meta:
        verbose_name = _("agent")
        verbose_name_plural = _("agents")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.user.get_full_name() or self.user.get_username()

    def name_for(self, language: str) -> str:
        """The name mail in `language` signs with: the Latin one for English when given."""
        return self.name_en.strip() if language == "en" and self.name_en.strip() else self.name

    def is_absent(self, on: date | None = None) -> bool:
        if self.is_away:
            return True
        if self.away_from is None or self.away_until is None:
            return False
        return self.away_from <= (on or timezone.localdate()) <= self.away_until

    @property
    def absent_today(self) -> bool:
        return self.is_absent()

    @property
    def is_lead(self) -> bool:
        return self.role in (Role.ADMIN, Role.LEAD)


def present_q(prefix: str = "", on: date | None = None) -> Q:
    """Agents not absent on the day (today): neither flagged away nor within their dates.
    Written positively, so agents without dates (NULL) are present on both databases."""
    day = on or timezone.localdate()
    return Q(**{f"{prefix}is_away": False}) & (
        Q(**{f"{prefix}away_from__isnull": True})
        | Q(**{f"{prefix}away_until__isnull": True})
        | Q(**{f"{prefix}away_from__gt": day})
        | Q(**{f"{prefix}away_until__lt": day})
    )


def absent_q(prefix: str = "", on: date | None = None) -> Q:
    day = on or timezone.localdate()
    return Q(**{f"{prefix}is_away": True}) | Q(
        **{f"{prefix}away_from__lte": day, f"{prefix}away_until__gte": day}
    )
