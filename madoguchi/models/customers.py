from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Organization(models.Model):
    """A customer company, recognised by its mail domain (never a free-mail domain)."""

    name = models.CharField(_("name"), max_length=200)
    domain = models.CharField(_("domain"), max_length=253, unique=True)
    notes = models.TextField(_("notes"), blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    # Marked by a lead on the record's page (walk 13, F8); shown on the conversations' queue
    # rows and header. Nullable (None: not VIP): the column is added without a rebuild.
    vip = models.BooleanField(_("VIP"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.name


class Customer(models.Model):
    name = models.CharField(_("name"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="customers"
    )
    notes = models.TextField(_("notes"), blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    # Marked by a lead on the record's page (walk 13, F8); shown on the conversations' queue
    # rows and header. Nullable (None: not VIP): the column is added without a rebuild.
    vip = models.BooleanField(_("VIP"), null=True, blank=True)

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")

    def __str__(self) -> str:
        if self.name:
            return self.name
        first = self.addresses.first()
        return first.address if first else f"#{self.pk}"


class CustomerAddress(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="addresses")
    # Stored lower-cased: local parts are case-sensitive by the RFC, never in practice.
    address = models.CharField(max_length=320, unique=True)

    class Meta:
        verbose_name = _("customer address")
        verbose_name_plural = _("customer addresses")

    def __str__(self) -> str:
        return self.address


class CustomField(models.Model):
    """A field a lead adds to customer or organisation records (契約プラン, 顧客ID …)."""

    class AppliesTo(models.TextChoices):
        CUSTOMER = "customer", _("Customer")
        ORGANIZATION = "organization", _("Organization")

    name = models.CharField(_("name"), max_length=100)
    applies_to = models.CharField(_("applies to"), max_length=12, choices=AppliesTo.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["applies_to", "name"]
        constraints = [
            models.UniqueConstraint(fields=["applies_to", "name"], name="custom_field_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class CustomFieldValue(models.Model):
    """One field's value on one customer or one organisation (plain text: searchable)."""

    field = models.ForeignKey(CustomField, on_delete=models.CASCADE, related_name="values")
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.CASCADE, related_name="custom_values"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.CASCADE, related_name="custom_values"
    )
    value = models.CharField(max_length=500)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["field", "customer"], name="custom_value_customer"),
            models.UniqueConstraint(
                fields=["field", "organization"], name="custom_value_organization"
            ),
        ]
