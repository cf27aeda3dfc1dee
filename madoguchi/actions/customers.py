"""Finding or creating the customer (and organisation) behind a mail address."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction

from madoguchi.actions import rows
from madoguchi.mail.freemail import is_free_mail_domain
from madoguchi.models import Customer, CustomerAddress, Organization


@dataclass
class CustomerCache:
    """Address → customer id, kept across the batches of one import or fetch run."""

    by_address: dict[str, int] = field(default_factory=dict)
    organization_by_domain: dict[str, int | None] = field(default_factory=dict)

    def prefetch(self, senders: dict[str, str], bulk: frozenset[str] = frozenset()) -> None:
        """Know (or create, in a few statements) the customers of a batch's senders.

        senders: lower-cased address → display name; bulk: senders of newsletters and
        automatic mail, which get no organisation.
        """
        wanted = [a for a in senders if a and a not in self.by_address]
        for start in range(0, len(wanted), 500):
            found = CustomerAddress.objects.filter(address__in=wanted[start : start + 500])
            self.by_address.update(found.values_list("address", "customer_id"))
        missing = [a for a in wanted if a not in self.by_address]
        if not missing:
            return
        domains = {a.rpartition("@")[2] for a in missing if a not in bulk}
        self._prefetch_organizations(domains)
        customers = [
            Customer(
                name=senders[a].strip()[:200],
                organization_id=(
                    None if a in bulk else self.organization_by_domain.get(a.rpartition("@")[2])
                ),
            )
            for a in missing
        ]
        rows.insert(customers)
        rows.insert(
            [
                CustomerAddress(customer_id=c.pk, address=a)
                for c, a in zip(customers, missing, strict=True)
            ]
        )
        self.by_address.update((a, c.pk) for c, a in zip(customers, missing, strict=True))

    def _prefetch_organizations(self, domains: set[str]) -> None:
        wanted = [
            d
            for d in domains
            if d and d not in self.organization_by_domain and not is_free_mail_domain(d)
        ]
        if not wanted:
            return
        Organization.objects.bulk_create(
            [Organization(domain=d, name=d) for d in wanted], ignore_conflicts=True
        )
        self.organization_by_domain.update(
            Organization.objects.filter(domain__in=wanted).values_list("domain", "id")
        )


def _organization_id(domain: str, cache: CustomerCache) -> int | None:
    if not domain or is_free_mail_domain(domain):
        return None
    if domain not in cache.organization_by_domain:
        organization, _ = Organization.objects.get_or_create(
            domain=domain, defaults={"name": domain}
        )
        cache.organization_by_domain[domain] = organization.pk
    return cache.organization_by_domain[domain]


def customer_for_address(
    address: str, name: str, cache: CustomerCache, bulk: bool = False
) -> int | None:
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
                    name=name.strip()[:200],
                    organization_id=None if bulk else _organization_id(domain, cache),
                )
                CustomerAddress.objects.create(customer=customer, address=address)
            customer_id = customer.pk
        except IntegrityError:  # another process created it first
            customer_id = CustomerAddress.objects.get(address=address).customer_id
    cache.by_address[address] = customer_id
    return customer_id
