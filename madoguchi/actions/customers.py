"""Finding or creating the customer (and organisation) behind a mail address."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from madoguchi.mail.freemail import is_free_mail_domain
from madoguchi.models import Customer, CustomerAddress, Organization


@dataclass
class CustomerCache:
    """Address → customer id, kept across the batches of one import or fetch run."""

    by_address: dict[str, int] = field(default_factory=dict)
    organization_by_domain: dict[str, int | None] = field(default_factory=dict)


def _organization_id(domain: str, cache: CustomerCache) -> int | None:
    if not domain or is_free_mail_domain(domain):
        return None
    if domain not in cache.organization_by_domain:
        organization, _ = Organization.objects.get_or_create(
            domain=domain, defaults={"name": domain}
        )
        cache.organization_by_domain[domain] = organization.pk
    return cache.organization_by_domain[domain]


def customer_for_address(address: str, name: str, cache: CustomerCache) -> int | None:
    """The customer id for an address, created (with its organisation) on first sight."""
    address = address.strip().lower()
    if not address:
        return None
    cached = cache.by_address.get(address)
    if cached is not None:
        return cached
    found = CustomerAddress.objects.filter(address=address).values_list("customer_id", flat=True)
    customer_id = next(iter(found), None)
    if customer_id is None:
        domain = address.rpartition("@")[2]
        try:
            with transaction.atomic():
                customer = Customer.objects.create(
                    name=name.strip()[:200], organization_id=_organization_id(domain, cache)
                )
                CustomerAddress.objects.create(customer=customer, address=address)
            customer_id = customer.pk
        except IntegrityError:  # another process created it first
            customer_id = CustomerAddress.objects.get(address=address).customer_id
    cache.by_address[address] = customer_id
    return customer_id
