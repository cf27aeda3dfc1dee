"""Requests counted per client address for the pages that need no login (the satisfaction
survey): rows in the database, so the limit holds across web processes, as the sign-in
throttle's Event rows do."""

from __future__ import annotations

from django.db import models


class RateLimitHit(models.Model):
    scope = models.CharField(max_length=40)  # "survey", "survey_bad_token"
    address = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["scope", "address", "at"], name="rate_limit_window")]
