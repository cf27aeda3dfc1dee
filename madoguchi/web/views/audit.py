"""The audit log (admins; leads for their teams): who signed in or failed to, two-factor
and settings changes, exports, merges and deletions, with the time and the address."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from madoguchi.actions.audit import AUDIT_KINDS, audit_events, may_read_audit_log, record_export
from madoguchi.models import Event
from madoguchi.quality.spreadsheet import spreadsheet_safe
from madoguchi.web.audit_texts import Names, readable
from madoguchi.web.date_fields import DayField

PAGE_SIZE = 50
CSV_LIMIT = 100_000
CSV_BATCH = 2000  # events named per query of teams and people

VERB_NAMES = {
    "login": _("Signed in"),
    "login_failed": _("Sign-in failed"),
    "logout": _("Signed out"),
    "signed_out_everywhere": _("Signed out everywhere"),
    "signed_out_session": _("Signed out another session"),
    "two_factor_enabled": _("Two-factor sign-in turned on"),
    "two_factor_disabled": _("Two-factor sign-in turned off"),
    "recovery_codes_renewed": _("New recovery codes"),
    "two_factor_policy_changed": _("Two-factor requirement changed"),
    "preferences_changed": _("Preferences changed"),
    "lint_policy_changed": _("Reply check rules changed"),
    "topic_label_set": _("Topic named"),
    "topic_label_cleared": _("Topic name removed"),
    "label_created": _("Label created"),
    "label_changed": _("Label renamed or recoloured"),  # wip-templates
    "labels_merged": _("Labels merged"),
    "label_merged": _("Label merged"),
    "label_deleted": _("Label deleted"),
    "admin_changed": _("Changed in the administration pages"),
    "mailbox_created": _("Mailbox added"),
    "mailbox_changed": _("Mailbox settings changed"),
    "mailbox_enabled": _("Mailbox enabled"),
    "mailbox_disabled": _("Mailbox disabled"),
    "mailbox_tested": _("Mailbox connection tested"),
    "person_added": _("Person added"),
    "person_changed": _("Person's role or teams changed"),
    "person_deactivated": _("Person deactivated"),
    "person_reactivated": _("Person reactivated"),
    "team_created": _("Team created"),
    "team_renamed": _("Team renamed"),
    "exported": _("Exported"),
    "merged": _("Merged"),
    "merged_into": _("Merged into another conversation"),
    "template_deleted": _("Template deleted"),
    "faq_deleted": _("FAQ entry deleted"),
    "unblocked": _("Sender taken off the block list"),
    "blocked_again": _("Sender blocked again"),
    "auto_acknowledgement_set": _("Acknowledgement mail changed"),
    "satisfaction_survey_set": _("Satisfaction survey switched"),
    "rule_saved": _("Sorting rule saved"),
    "rule_applied": _("Sorting rule applied to unresolved conversations"),
    "rule_deleted": _("Sorting rule deleted"),
    "calendar_created": _("Business calendar created"),
    "calendar_changed": _("Business calendar changed"),
    "sla_policy_created": _("SLA policy created"),
    "sla_policy_changed": _("SLA policy changed"),
    "sla_policy_deleted": _("SLA policy deleted"),
    "template_created": _("Template created"),
    "template_changed": _("Template changed"),
    "faq_created": _("FAQ entry created"),
    "faq_changed": _("FAQ entry changed"),
    "approval_policy_saved": _("Approval rule saved"),
    "approval_policy_deleted": _("Approval rule deleted"),
    "absence_set": _("Absence set"),
    "absence_cleared": _("Absence ended"),
    "customer_updated": _("Customer changed"),
    "organization_updated": _("Organisation changed"),
    "custom_field_defined": _("Customer field added"),
    "weekly_digest_set": _("Weekly digest switched"),
    "notification_mail_set": _("Notification mail changed"),
    "marked_spam": _("Marked as spam (sender blocked)"),
    "marked_not_spam": _("Marked as not spam (sender unblocked)"),
}

# Keys an event shares with another kind but means otherwise (an absence's "from" is a
# day, a merge's a conversation), named apart before the log reads them.
_RENAMED_KEYS = {
    "absence_set": {"from": "away_from", "until": "away_until"},
    "absence_cleared": {"from": "away_from", "until": "away_until"},
}
# Events that store a change as {"field": [before, after]} in `after`.
_PAIRED = ("customer_updated", "organization_updated")


def _before_after(event: Event) -> tuple[Any, Any]:
    before, after = event.before, event.after
    if event.verb in _PAIRED and isinstance(after, dict):
        pairs = {k: v for k, v in after.items() if isinstance(v, list) and len(v) == 2}
        ids = before if isinstance(before, dict) else {}
        before = {**ids, **{k: v[0] for k, v in pairs.items()}}
        after = {**ids, **{k: v[1] for k, v in pairs.items()}}
    renamed = _RENAMED_KEYS.get(event.verb)
    if renamed:
        before, after = (
            {renamed.get(k, k): v for k, v in d.items()} if isinstance(d, dict) else d
            for d in (before, after)
        )
    return before, after


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Who"), max_length=150, required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All"))] + [(key, name) for key, (name, _v) in AUDIT_KINDS.items()],
    )
    since = DayField(label=_("Since"), required=False)  # its range keeps year 1 out
    until = DayField(label=_("Until"), required=False)


@dataclass(frozen=True)
class AuditRow:
    pk: int
    at: datetime
    verb: str
    name: str
    actor: str
    address: str
    conversation_id: int | None
    details: str  # JSON, for the CSV
    lines: tuple[str, ...] = ()  # the same for the page: one "key: before → after" a line


def _filtered(request: HttpRequest) -> tuple[QuerySet[Event], AuditFilterForm]:
    if not may_read_audit_log(request.user):
        raise Http404("no such page")  # as for any page one may not see
    form = AuditFilterForm(request.GET)
    events = audit_events(request.user)
    form.is_valid()  # a filter typed wrong (a date) is shown with its error and ignored
    data = form.cleaned_data  # the valid filters only
    if (data.get("actor") or "").strip():
        name = data["actor"].strip()
        # People look for 佐藤, not sato (walk 10): the display names count too.
        events = events.filter(
            Q(actor__username=name)
            | Q(actor__agent__display_name__icontains=name)
            | Q(actor__agent__name_en__icontains=name)
            | Q(actor__isnull=True, after__username=name)
        )
    if data.get("kind"):
        events = events.filter(verb__in=AUDIT_KINDS[data["kind"]][1])
    if data.get("since"):
        events = events.filter(created_at__gte=_start_of(data["since"]))
    if data.get("until"):
        events = events.filter(created_at__lt=_start_of(data["until"] + timedelta(days=1)))
    return events.order_by("-created_at", "-id").select_related("actor"), form


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _row(event: Event, names: Names) -> AuditRow:
    after = event.after if isinstance(event.after, dict) else {}
    actor = event.actor.get_username() if event.actor else str(after.get("username") or "")
    details = {"before": event.before, "after": event.after}
    return AuditRow(
        pk=event.pk,
        at=event.created_at,
        verb=event.verb,
        name=str(VERB_NAMES.get(event.verb, event.verb)),
        actor=actor,
        address=event.address or str(after.get("address") or ""),
        conversation_id=event.conversation_id,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)[:2000],
        lines=readable(*_before_after(event), names),
    )


def _cursor(event: AuditRow) -> str:
    return f"{int(event.at.timestamp() * 1_000_000)}_{event.pk}"


def _after_cursor(events: QuerySet[Event], cursor: str) -> QuerySet[Event]:
    try:
        stamp, pk = (int(part) for part in cursor.split("_", 1))
        at = datetime.fromtimestamp(stamp / 1_000_000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return events
    return events.filter(Q(created_at__lt=at) | Q(created_at=at, pk__lt=pk))


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    events, form = _filtered(request)
    events = _after_cursor(events, request.GET.get("before", ""))
    rows = _rows(list(events[: PAGE_SIZE + 1]))
    query: dict[str, str] = {
        key: str(value) for key, value in request.GET.items() if key != "before" and value
    }
    older = ""
    if len(rows) > PAGE_SIZE:
        rows = rows[:PAGE_SIZE]
        older = urlencode({**query, "before": _cursor(rows[-1])})
    return render(
        request,
        "madoguchi/audit.html",
        {"form": form, "rows": rows, "older": older, "export_query": urlencode(query)},
    )


def _rows(events: list[Event]) -> list[AuditRow]:
    names = Names(detail for event in events for detail in _details_of(event))
    return [_row(event, names) for event in events]


def _details_of(event: Event) -> list[dict[str, Any]]:
    return [value for value in _before_after(event) if isinstance(value, dict)]


def _write_rows(writer: Any, events: list[Event]) -> None:
    for row in _rows(events):
        writer.writerow(
            spreadsheet_safe(cell)
            for cell in (
                # The time the page shows (JST), with its offset: the same instant for a
                # script, and the same wall clock for a reader (walk 10: UTC beside 17:41).
                timezone.localtime(row.at).isoformat(),
                row.verb,
                row.actor,
                row.address,
                row.conversation_id or "",
                row.details,
                row.name,
                "; ".join(row.lines),
            )
        )


@login_required
def audit_export(request: HttpRequest) -> HttpResponse:
    events, _form = _filtered(request)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    # The first six columns are what scripts read (unchanged); the last two are the same
    # event in the reader's language, as the page shows it.
    writer.writerow(
        ["time", "event", "actor", "address", "conversation", "details", "event_name", "summary"]
    )
    batch: list[Event] = []
    for event in events[:CSV_LIMIT].iterator(chunk_size=CSV_BATCH):
        batch.append(event)
        if len(batch) == CSV_BATCH:
            _write_rows(writer, batch)
            batch = []
    _write_rows(writer, batch)
    record_export(request.user, "audit", dict(request.GET.items()))
    # The BOM makes spreadsheets read the file as UTF-8 (Excel otherwise assumes Shift_JIS).
    response = HttpResponse("\ufeff" + out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="madoguchi-audit.csv"'
    return response
