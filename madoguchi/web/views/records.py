"""Customer and organisation records: edit, define custom fields (leads), search."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, NotAllowed
from madoguchi.actions.records import (
    RECENT_PAGE,
    define_field,
    may_define_fields,
    recent_customers,
    update_customer,
    update_organization,
    visible_customers,
    visible_organizations,
)
from madoguchi.models import CustomField, CustomFieldValue
from madoguchi.web.forms import FieldForm, RecordForm
from madoguchi.web.record_history import record_history
from madoguchi.web.views.common import back_to, redirect_to


def _edit(request: HttpRequest, record: Any, applies_to: str, title: str) -> HttpResponse:
    custom_fields = list(CustomField.objects.filter(applies_to=applies_to))
    owner = {"customer": record} if applies_to == "customer" else {"organization": record}
    initial = {"name": record.name, "notes": record.notes, "vip": bool(record.vip)} | {
        f"custom_{v.field_id}": v.value for v in CustomFieldValue.objects.filter(**owner)
    }
    lead = may_define_fields(request.user)
    form = RecordForm(
        request.POST or None, initial=initial, custom_fields=custom_fields, may_mark_vip=lead
    )
    if request.method == "POST" and form.is_valid():
        update = update_customer if applies_to == "customer" else update_organization
        try:
            update(
                request.user,
                record.pk,
                name=form.cleaned_data["name"],
                notes=form.cleaned_data["notes"],
                custom=form.custom_values(),
                vip=form.cleaned_data["vip"] if lead else None,
            )
        except NotAllowed:
            raise Http404("no such record") from None
        except ActionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
            return back_to(request, request.path)
    context = {
        "form": form,
        "title": title,
        "record": record,
        "next": request.GET.get("next"),
        "history": record_history(request.user, record),
        "is_company": applies_to == "organization",
    }
    return render(request, "madoguchi/record_edit.html", context)


@login_required
def customer_edit(request: HttpRequest, customer_id: int) -> HttpResponse:
    customer = visible_customers(request.user).filter(pk=customer_id).first()
    if customer is None:
        raise Http404("no such customer")
    return _edit(request, customer, "customer", _("Customer"))


@login_required
def organization_edit(request: HttpRequest, organization_id: int) -> HttpResponse:
    organization = visible_organizations(request.user).filter(pk=organization_id).first()
    if organization is None:
        raise Http404("no such organization")
    return _edit(request, organization, "organization", _("Company"))


@login_required
def custom_fields(request: HttpRequest) -> HttpResponse:
    if not may_define_fields(request.user):
        raise Http404("leads only")
    form = FieldForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            define_field(request.user, form.cleaned_data["name"], form.cleaned_data["applies_to"])
        except ActionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Saved."))
            return redirect_to(request, reverse("custom_fields"))
    fields = CustomField.objects.all()
    return render(request, "madoguchi/custom_fields.html", {"form": form, "fields": fields})


@login_required
def customers(request: HttpRequest) -> HttpResponse:
    """Customers by name, company, address, notes or a custom field's value."""
    q = request.GET.get("q", "").strip()[:200]
    found: list[Any] = []
    if q:
        found = list(
            visible_customers(request.user)
            .filter(
                Q(name__icontains=q)
                | Q(notes__icontains=q)
                | Q(addresses__address__icontains=q)
                | Q(organization__name__icontains=q)
                | Q(organization__notes__icontains=q)
                | Q(custom_values__value__icontains=q)
                | Q(organization__custom_values__value__icontains=q)
            )
            .distinct()
            .select_related("organization")
            .prefetch_related("addresses", "custom_values__field")
            .order_by("name", "pk")[:50]
        )
    recent, more = [], ""
    if not q:
        # Without a search, the customers who wrote last (walk 11 F-12: an empty page).
        recent = recent_customers(
            request.user, _cursor(request.GET.get("before", "")), limit=RECENT_PAGE
        )
        if len(recent) == RECENT_PAGE:
            last = recent[-1]
            more = f"{last.last_activity.isoformat()}_{last.customer.pk}"
    return render(
        request,
        "madoguchi/customers.html",
        {"customer_query": q, "found": found, "recent": recent, "more": more},
    )


def _cursor(value: str) -> tuple[datetime, int] | None:
    """`<last activity, ISO 8601>_<customer id>`; anything else is the first page."""
    when, _sep, pk = value.rpartition("_")
    try:
        at = datetime.fromisoformat(when)
        return (at, int(pk)) if at.tzinfo is not None else None
    except ValueError:
        return None
