"""Who must use a second factor, and the sessions each person is signed in with."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from madoguchi.models.accounts import Role


class TwoFactorPolicy(models.Model):
    """One row per role an admin has made two-factor sign-in compulsory for."""

    role = models.CharField(_("role"), max_length=10, choices=Role.choices, unique=True)
    required = models.BooleanField(_("two-factor sign-in required"), default=False)

    class Meta:
        verbose_name = _("two-factor policy")
        verbose_name_plural = _("two-factor policies")

    def __str__(self) -> str:
        return f"{self.role}: {self.required}"


class UserSession(models.Model):
    """A signed-in browser, so a person can see where they are signed in and end them all.

    Django's session rows hold the user only inside their encoded data; this is the index.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signed_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField()
    address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "created_at"], name="usersession_user")]

    def __str__(self) -> str:
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"
