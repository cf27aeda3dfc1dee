"""Customer and organisation records: names, notes and the custom fields leads define.

A record is seen and edited by whoever can see one of its conversations; defining
fields is for leads. There is no version on a customer to bump: each change is an Event
(conversation None) naming the record, its old and new values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    record_event,
    role_of,
    visible_conversations,
)
from madoguchi.models import (
    Customer,
    CustomField,
    CustomFieldValue,
    Organization,
    Role,
    Status,
)


def may_define_fields(user: Any) -> bool:
    return role_of(user) in (Role.ADMIN, Role.LEAD)


def visible_customers(user: Any) -> Any:
    return Customer.objects.filter(
        pk__in=visible_conversations(user).exclude(customer=None).values("customer_id")
    )


@dataclass(frozen=True)
class RecentCustomer:
    customer: Customer
    last_activity: datetime
    conversations: int


RECENT_PAGE = 50


def recent_customers(
    user: Any, before: tuple[datetime, int] | None = None, limit: int = RECENT_PAGE
) -> list[RecentCustomer]:
    """The customers of the conversations the user may see, newest activity first; the
    next page starts `before` the (last activity, customer id) the previous one ended on
    (keyset: the hundredth page costs what the first does, no OFFSET)."""
    rows = (
        visible_conversations(user)
        .filter(merged_into__isnull=True, customer__isnull=False)
        # A spam sender is nobody's customer (walk 13, F9: 「当選事務局」 listed among them).
        .exclude(status=Status.SPAM)
        .values("customer_id")
        .annotate(last=Max("last_message_at"), count=Count("pk"))
    )
    if before is not None:
        rows = rows.filter(Q(last__lt=before[0]) | Q(last=before[0], customer_id__lt=before[1]))
    page = list(rows.order_by("-last", "-customer_id")[:limit])
    customers = Customer.objects.select_related("organization").in_bulk(
        [row["customer_id"] for row in page]
    )
    return [
        RecentCustomer(customers[row["customer_id"]], row["last"], row["count"])
        for row in page
        if row["customer_id"] in customers
    ]


def visible_organizations(user: Any) -> Any:
    return Organization.objects.filter(
        pk__in=visible_conversations(user)
        .exclude(customer__organization=None)
        .values("customer__organization_id")
    )


def _values(
    record: Customer | Organization, applies_to: str, custom: Mapping[int, str]
) -> dict[str, Any]:
    """Write the custom values; the changed ones, by field name, for the Event."""
    fields = {f.pk: f for f in CustomField.objects.filter(applies_to=applies_to)}
    owner = {"customer": record} if isinstance(record, Customer) else {"organization": record}
    current = {v.field_id: v for v in CustomFieldValue.objects.filter(**owner)}
    changed: dict[str, Any] = {}
    for field_id, raw in custom.items():
        field = fields.get(field_id)
        if field is None:
            raise ActionError(_("There is no such field."))
        value = raw.strip()[:500]
        old = current.get(field_id)
        if old is not None and old.value == value:
            continue
        if old is not None and not value:
            old.delete()
        elif old is not None:
            old.value = value
            old.save(update_fields=["value"])
        elif value:
            CustomFieldValue.objects.create(field=field, value=value, **owner)
        else:
            continue
        changed[field.name] = [old.value if old else "", value]
    return changed


@transaction.atomic
def update_customer(
    user: Any,
    customer_id: int,
    *,
    name: str,
    notes: str,
    custom: Mapping[int, str],
    vip: bool | None = None,
) -> Customer:
    customer = visible_customers(user).select_for_update().filter(pk=customer_id).first()
    if customer is None:
        raise NotAllowed("no such customer")
    changed = _values(customer, CustomField.AppliesTo.CUSTOMER, custom)
    for attribute, value in (("name", name.strip()[:200]), ("notes", notes.strip())):
        if getattr(customer, attribute) != value:
            changed[attribute] = [getattr(customer, attribute), value]
            setattr(customer, attribute, value)
    _mark_vip(user, customer, vip, changed)
    customer.save(update_fields=["name", "notes", "vip"])
    if changed:
        record_event(None, user, "customer_updated", {"customer": customer.pk}, changed)
    return customer


@transaction.atomic
def update_organization(
    user: Any,
    organization_id: int,
    *,
    name: str,
    notes: str,
    custom: Mapping[int, str],
    vip: bool | None = None,
) -> Organization:
    organization = (
        visible_organizations(user).select_for_update().filter(pk=organization_id).first()
    )
    if organization is None:
        raise NotAllowed("no such organization")
    if not name.strip():
        raise ActionError(_("A company needs a name."))
    changed = _values(organization, CustomField.AppliesTo.ORGANIZATION, custom)
    for attribute, value in (("name", name.strip()[:200]), ("notes", notes.strip())):
        if getattr(organization, attribute) != value:
            changed[attribute] = [getattr(organization, attribute), value]
            setattr(organization, attribute, value)
    _mark_vip(user, organization, vip, changed)
    organization.save(update_fields=["name", "notes", "vip"])
    if changed:
        record_event(None, user, "organization_updated", {"organization": organization.pk}, changed)
    return organization


def _mark_vip(
    user: Any, record: Customer | Organization, vip: bool | None, changed: dict[str, Any]
) -> None:
    """VIP is a lead's call (None: not asked to change it)."""
    if vip is None or bool(record.vip) == vip:
        return
    if not may_define_fields(user):
        raise ActionError(_("Only a lead can mark a customer or a company as VIP."))
    changed["vip"] = [bool(record.vip), vip]
    record.vip = vip


@transaction.atomic
def define_field(user: Any, name: str, applies_to: str) -> CustomField:
    if not may_define_fields(user):
        raise NotAllowed("only leads define fields")
    name = name.strip()
    if not name or applies_to not in CustomField.AppliesTo.values:
        raise ActionError(_("A field needs a name and a kind of record."))
    if CustomField.objects.filter(name=name, applies_to=applies_to).exists():
        raise ActionError(_("There is already a field named %(name)s.") % {"name": name})
    field = CustomField.objects.create(name=name[:100], applies_to=applies_to)
    record_event(None, user, "custom_field_defined", None, {"field": field.name, "for": applies_to})
    return field
