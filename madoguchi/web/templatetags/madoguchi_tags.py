"""Small display helpers: compact ages, initials, label colours."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from madoguchi.mail.freemail import is_free_mail_domain
from madoguchi.web.date_fields import DayTimeInput, in_sentence

register = template.Library()

# Sentences madoguchi itself writes into a stored error (transport/: no request, no language);
# shown through `our_words` in the reader's language. A server's own answer stays as it came.
OUR_WORDS = {
    "no SMTP server is set for this mailbox": gettext_lazy(
        "No SMTP server is set for this mailbox."
    ),
    "no IMAP server configured": gettext_lazy("No IMAP server is set for this mailbox."),
    "no SMTP server configured": gettext_lazy("No SMTP server is set for this mailbox."),
    # worker/sending.py, a refused recipient's try:
    "interrupted while sending to this address; it may have been delivered": gettext_lazy(
        "Interrupted while sending to this address: it may have been delivered. Check with "
        "the recipient before sending it again."
    ),
    "the sent copy of this reply was not kept, so it cannot be sent again as it was": (
        gettext_lazy("The sent copy of this reply was not kept, so it cannot be resent as it was.")
    ),
}


@register.filter
def free_mail(address: str) -> bool:
    """True for an address (or a domain) of a free mail service: its domain is many people."""
    return bool(address) and is_free_mail_domain(address.rpartition("@")[2])


@register.filter
def our_words(text: str) -> str:
    for english, translated in OUR_WORDS.items():
        if english in (text or ""):
            text = text.replace(english, str(translated))
    return text


@register.filter
def age(value: datetime | None, now: datetime | None = None) -> str:
    """ "5分" / "3時間" / "2日": how long the customer has been waiting."""
    if value is None:
        return ""
    seconds = max(0, int(((now or timezone.now()) - value).total_seconds()))
    if seconds < 3600:
        return _("%(count)d min") % {"count": max(1, seconds // 60)}
    if seconds < 86400:
        return _("%(count)d h") % {"count": seconds // 3600}
    return _("%(count)d d") % {"count": seconds // 86400}


@register.filter
def person(user: Any) -> str:
    if user is None:
        return ""
    agent = getattr(user, "agent", None)
    return agent.name if agent is not None else user.get_username()


@register.filter
def event_actor(event: Any) -> str:
    """Who did it: the person, or the sorting rule that acted (its Event says "rule: …").
    In Japanese a person is 「佐藤 美咲 さん」 and the system 「システム」: the timeline's
    sentences take either (「システム さんが…」 read as if the system were a colleague)."""
    if event.actor_id is not None:
        return pgettext("a person who did something on the timeline", "%(name)s") % {
            "name": person(event.actor)
        }
    by = str((event.after or {}).get("by") or "") if isinstance(event.after, dict) else ""
    if by.startswith("rule: "):
        return _("The rule 「%(name)s」") % {"name": by.removeprefix("rule: ")}
    return _("System")


@register.filter
def away_mark(user: Any) -> str:
    """ " （不在）" after the name of someone absent today, for pickers; the agent row is
    selected with the user already (no query)."""
    agent = getattr(user, "agent", None)
    return " " + _("(away)") if agent is not None and agent.is_absent() else ""


@register.filter
def rule_name(rule: str) -> str:
    """A reply-check rule by its name in the reader's language, never its code."""
    from madoguchi.web.views.lint import RULE_NAMES

    return str(RULE_NAMES.get(rule, rule))


@register.filter
def initials(user: Any) -> str:
    name = person(user)
    return name[:2] if name and ord(name[0]) > 0x2E80 else "".join(p[0] for p in name.split()[:2])


@register.simple_tag
def querystring_with(request: Any, **changes: Any) -> str:
    query = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def customer_name(customer: Any) -> str:
    """The customer's name, else their first address (prefetched: no query per row)."""
    if customer is None:
        return ""
    if customer.name:
        return str(customer.name)
    addresses = list(customer.addresses.all())
    return addresses[0].address if addresses else f"#{customer.pk}"


@register.filter
def priority_name(value: object) -> str:
    """「至急」 / "Urgent" for a priority stored in an event ("" for none or unknown)."""
    from madoguchi.models import Priority

    try:
        return str(Priority(int(value)).label)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return ""


@register.filter
def status_name(value: str) -> str:
    from madoguchi.models import Status

    try:
        return str(Status(value).label)
    except ValueError:
        return value


@register.filter
def satisfaction_name(value: str) -> str:
    """満足 / 普通 / 不満 (wip-sla2)."""
    from madoguchi.models import Rating

    try:
        return str(Rating(value).label)
    except ValueError:
        return value


@register.filter
def triage_reasons(conversation: Any) -> list[str]:
    """Why triage ranked a conversation, in the reader's UI language (not the mail's)."""
    from madoguchi.web.urgency import triage_reasons as reasons

    return reasons(conversation)


@register.simple_tag
def urgency(conversation: Any, at: datetime | None = None) -> Any:
    """The one urgency badge and its reasons: {% urgency c now as u %} (web/urgency.py)."""
    from madoguchi.web.urgency import urgency_of

    return urgency_of(conversation, at or timezone.now())


@register.filter
def business_duration(minutes: int | None) -> str:
    """An SLA target as people read it: 2400 → 「40時間」 / "40 hours" (web/durations.py)."""
    from madoguchi.web.durations import duration_text

    return duration_text(minutes) if minutes else "—"


@register.simple_tag
def date_time_input(
    name: str,
    label: str,
    earliest: datetime,
    latest: datetime,
    *,
    required: bool = False,
    data_for: str = "",
) -> str:
    """A date-time field written by hand in a template (the snooze boxes): the same text
    and calendar as every form's date field (web/date_fields.py)."""
    attrs = {
        "aria-label": label,
        "min": f"{earliest:%Y-%m-%dT%H:%M}",
        "max": f"{latest:%Y-%m-%dT%H:%M}",
    }
    if required:
        attrs["required"] = "required"
    if data_for:
        attrs["data-for"] = data_for
    return DayTimeInput(attrs).render(name, None)


@register.filter(name="in_sentence")
def in_sentence_filter(moment: datetime | None) -> str:
    """A date and time to end a sentence with (no "p.m.." in English): date_fields."""
    return in_sentence(moment) if moment else ""
