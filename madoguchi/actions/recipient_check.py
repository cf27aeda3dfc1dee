"""誤送信防止 for a mail we start (/new/): an address one letter off a known customer's.

Walk 12 F-23: a new mail to kimura@aoba-logistcs.example went without a question although
木村 拓也 is kimura@aoba-logistics.example and the greeting named him. A reply's recipients
are checked against the conversation; a new mail has no conversation yet, so its
recipients are checked against everyone we know: a domain a small edit away from a known
one (and not known itself), a local part known at another domain, a greeting that names a
known customer at another address. Each question carries the known address, so the
confirm step offers it in one click.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _

from madoguchi.mail.greeting import greeted_name
from madoguchi.models import Agent, Customer, CustomerAddress, Mailbox, Organization

# Local parts that many companies share: kimura@ at another company may be a typo, info@
# at another company is just another company.
_ROLE_LOCAL_PARTS = frozenset(
    {"info", "support", "contact", "sales", "admin", "office", "mail", "help", "noreply"}
)


@dataclass(frozen=True)
class Suggestion:
    """A recipient that looks like a slip for a known address."""

    typed: str
    known: str  # the known address to use instead
    name: str  # the known customer's name ("" when stored without one)
    reason: str  # "domain", "local_part" or "greeting"


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower()


def _local(address: str) -> str:
    return address.rpartition("@")[0].strip().lower()


def edit_distance(first: str, second: str, limit: int) -> int:
    """Damerau–Levenshtein (adjacent swaps count once), stopping past `limit`."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, left in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, right in enumerate(second, 1):
            cost = 0 if left == right else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and left == second[j - 2] and first[i - 2] == right:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _allowed_distance(domain: str) -> int:
    # One slip in a short name (acme.jp / acne.jp), two in a long one; the top-level part
    # counts too (aoba.co.jp / aoba.co.kp).
    return 1 if len(domain) <= 10 else 2


def _known_domains(excluded: set[str]) -> set[str]:
    domains = {
        _domain(address)
        for address in CustomerAddress.objects.exclude(address__in=excluded).values_list(
            "address", flat=True
        )
    }
    domains |= {domain.lower() for domain in Organization.objects.values_list("domain", flat=True)}
    domains |= {_domain(address) for address in Mailbox.objects.values_list("address", flat=True)}
    domains |= {
        _domain(address)
        for address in Agent.objects.values_list("user__email", flat=True)
        if address
    }
    return {domain for domain in domains if domain}


def _customer_name(address: str) -> str:
    known = CustomerAddress.objects.filter(address__iexact=address).select_related("customer")
    found = known.first()
    return found.customer.name if found is not None else ""


def suggestions(
    recipients: Sequence[str], own_text: str, excluded: Sequence[str] = ()
) -> list[Suggestion]:
    """Recipients that look like slips for known addresses. `excluded`: addresses not to
    count as known (the customer record this very mail just created)."""
    left_out = {address.lower() for address in excluded}
    unknown = [
        address
        for address in recipients
        if address.lower() in left_out
        or not CustomerAddress.objects.filter(address__iexact=address).exists()
    ]
    if not unknown:
        return []
    domains = _known_domains(left_out)
    found: list[Suggestion] = []
    for address in unknown:
        domain, local = _domain(address), _local(address)
        if domain in domains:
            continue  # a new person at a company we know: nothing to doubt
        limit = _allowed_distance(domain)
        near = sorted(
            (edit_distance(domain, other, limit), other)
            for other in domains
            if edit_distance(domain, other, limit) <= limit
        )
        if near:
            known = f"{local}@{near[0][1]}"
            found.append(Suggestion(address, known, _customer_name(known), "domain"))
            continue
        if local and local not in _ROLE_LOCAL_PARTS:
            same_local = (
                CustomerAddress.objects.filter(address__istartswith=f"{local}@")
                .exclude(address__in=left_out)
                .select_related("customer")
                .order_by("id")
                .first()
            )
            if same_local is not None:
                found.append(
                    Suggestion(address, same_local.address, same_local.customer.name, "local_part")
                )
                continue
        greeted = _greeted_customer(own_text, left_out)
        if greeted is not None:
            found.append(Suggestion(address, greeted[1], greeted[0], "greeting"))
    return found


def _greeted_customer(own_text: str, excluded: set[str]) -> tuple[str, str] | None:
    """The known customer the greeting names (「木村 拓也様」), with their address."""
    greeted = greeted_name(own_text)
    if not greeted:
        return None
    flat = _flat(greeted)
    if len(flat) < 2:
        return None
    # 「青葉物流株式会社 木村 拓也様」 greets 「拓也」 (greeted_name keeps the last part after
    # a company): a known name containing it, or contained in it, if only one does.
    matches = [
        customer
        for customer in Customer.objects.filter(name__contains=flat[:2]).only("name")[:50]
        if flat in _flat(customer.name) or _flat(customer.name) in flat
    ]
    if len({_flat(customer.name) for customer in matches}) != 1:
        return None
    address = (
        CustomerAddress.objects.filter(customer__in=matches)
        .exclude(address__in=excluded)
        .order_by("id")
        .values_list("address", flat=True)
        .first()
    )
    return (matches[0].name, address) if address else None


def _flat(name: str) -> str:
    return name.replace(" ", "").replace("\u3000", "")


def suggestion_text(suggestion: Suggestion) -> str:
    known = f"{suggestion.name} <{suggestion.known}>" if suggestion.name else suggestion.known
    if suggestion.reason == "greeting":
        return _(
            "%(typed)s is a new address, but the greeting names %(known)s. Did you mean %(known)s?"
        ) % {"typed": suggestion.typed, "known": known}
    return _("%(typed)s is a new address. Did you mean %(known)s?") % {
        "typed": suggestion.typed,
        "known": known,
    }
