"""Mailbox settings in the app: the list, the settings page and its connection test."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from madoguchi.actions.base import NotAllowed
from madoguchi.actions.mailboxes import (
    manageable_mailboxes,
    may_add_mailboxes,
    may_manage_mailboxes,
    run_connection_test,
    save_mailbox,
    set_mailbox_active,
)
from madoguchi.models import AutoAcknowledgement, Mailbox, RawMessage, SlaPolicy
from madoguchi.transport.diagnose import Check
from madoguchi.web.mailbox_forms import OPTION_FIELDS, SERVER_FIELDS, MailboxForm
from madoguchi.web.templatetags.madoguchi_tags import our_words
from madoguchi.web.views.common import redirect_to

SERVER_NAMES = {"imap": gettext_lazy("Receiving (IMAP)"), "smtp": gettext_lazy("Sending (SMTP)")}
STEP_NAMES = {
    "settings": gettext_lazy("Settings"),
    "dns": gettext_lazy("Name lookup (DNS)"),
    "tcp": gettext_lazy("Connection (TCP)"),
    "tls": gettext_lazy("Encryption (TLS)"),
    "token": gettext_lazy("Access token (OAuth2)"),
    "auth": gettext_lazy("Login"),
    "folder": gettext_lazy("Folder"),
}
# What a failed step means and what to check, in the reader's language: the detail below
# it is the server's own words (English, from the OS or the TLS library).
STEP_HINTS = {
    "settings": gettext_lazy(
        "The settings are incomplete: fill in the server name, user name and password."
    ),
    "dns": gettext_lazy(
        "The server name could not be found. Check it for typos (e.g. imap.example.co.jp) "
        "and that this machine can reach your DNS."
    ),
    "tcp": gettext_lazy(
        "The server did not accept a connection on this port. Check the port number, that "
        "the server is running, and that no firewall blocks it."
    ),
    "tls": gettext_lazy(
        "The secure connection could not be set up. Check that the security setting matches "
        "the port: SSL/TLS for 993 and 465, STARTTLS for 143 and 587."
    ),
    "token": gettext_lazy(
        "The mail provider refused the sign-in token. Connect the account again."
    ),
    "auth": gettext_lazy(
        "The server refused the login. Check the user name and the password (some providers "
        "need an app password)."
    ),
    "folder": gettext_lazy("A folder was not found on the server. Check the folder names."),
}

# A passed step's detail is madoguchi's own sentence (transport/diagnose.py writes it in
# English for `madoguchi mailbox test`), with the host, port, user or folder filled in: it is
# shown in the reader's language (walk 13, F18: 「127.0.0.1 is 127.0.0.1」, "port 2525 answers"
# under Japanese step names). A failure's detail quotes the server or the OS and stays as is.
PASSED_DETAILS = [
    (
        re.compile(r"(?P<host>\S+) is (?P<address>\S+)"),
        gettext_lazy("%(host)s resolves to %(address)s."),
    ),
    (
        re.compile(r"port (?P<port>\d+) answers"),
        gettext_lazy("Port %(port)s accepts connections."),
    ),
    (
        re.compile(r"(?P<security>\S+) established"),
        gettext_lazy("Secure connection established (%(security)s)."),
    ),
    (
        re.compile(r"access token received from (?P<host>\S+)"),
        gettext_lazy("Access token received from %(host)s."),
    ),
    (re.compile(r"logged in as (?P<user>.+)"), gettext_lazy("Logged in as %(user)s.")),
    (
        re.compile(r"(?P<folder>.+) does not exist yet; it is created on first send"),
        gettext_lazy("%(folder)s does not exist yet; it is created when the first reply is sent."),
    ),
    (
        re.compile(r"(?P<folder>.+): (?P<count>\d+) messages"),
        gettext_lazy("%(folder)s: %(count)s messages."),
    ),
    (
        re.compile(r"new mail arrives at once \(IDLE\)"),
        gettext_lazy("New mail arrives at once (the server supports IDLE)."),
    ),
    (
        re.compile(r"no IDLE: the worker polls every minute"),
        gettext_lazy("The server does not support IDLE: new mail is checked every minute."),
    ),
    (
        re.compile(r"no login \(none configured, or no password and the server asks for none\).*"),
        gettext_lazy(
            "No login (none is set, or the server asks for none): the server must accept "
            "mail from us without one."
        ),
    ),
]


def passed_detail(detail: str) -> tuple[str, bool]:
    """A passed step's detail in the reader's language, and whether it was translated."""
    for pattern, sentence in PASSED_DETAILS:
        found = pattern.fullmatch(detail)
        if found:
            return str(sentence) % found.groupdict(), True
    return detail, False


@dataclass(frozen=True)
class CheckRow:
    server: str
    step: str
    ok: bool
    detail: str  # the diagnosis in the server's own words (not translated: it quotes them)
    hint: str = ""  # for a failed step: what it means and what to check
    translated: bool = False  # the detail is our own sentence in the reader's language


def _row(check: Check) -> CheckRow:
    detail, translated = passed_detail(check.detail) if check.ok else (check.detail, False)
    return CheckRow(
        server=str(SERVER_NAMES.get(check.server, check.server)),
        step=str(STEP_NAMES.get(check.step, check.step)),
        ok=check.ok,
        detail=detail if translated else our_words(detail),
        hint="" if check.ok else str(STEP_HINTS.get(check.step, "")),
        translated=translated,
    )


def _rows(checks: list[Check]) -> list[CheckRow]:
    return [_row(check) for check in checks]


def _mailbox_or_404(request: HttpRequest, mailbox_id: int) -> Mailbox:
    mailbox = manageable_mailboxes(request.user).filter(pk=mailbox_id).first()
    if mailbox is None:
        # The same answer for "does not exist" and "not your team's".
        raise Http404("no such mailbox")
    return mailbox


@login_required
def mailbox_list(request: HttpRequest) -> HttpResponse:
    if not may_manage_mailboxes(request.user):
        raise Http404("only leads and admins manage mailboxes")
    mailboxes = list(
        manageable_mailboxes(request.user)
        .annotate(policy_count=Count("sla_policies", distinct=True))
        .prefetch_related("teams")
        .order_by("name")
    )
    acknowledging = set(
        AutoAcknowledgement.objects.filter(
            mailbox__in=[m.pk for m in mailboxes], is_enabled=True
        ).values_list("mailbox_id", flat=True)
    )
    left = _left_on_server([m.pk for m in mailboxes])
    rows = [(m, m.pk in acknowledging, left.get(m.pk, [])) for m in mailboxes]
    return render(
        request,
        "madoguchi/mailboxes.html",
        {
            "rows": rows,
            "may_add": may_add_mailboxes(request.user),
            # A policy for every mailbox applies to each: "0" alone read as "no SLA" (walk 11).
            "shared_policies": SlaPolicy.objects.filter(mailbox__isnull=True).count(),
        },
    )


def _left_on_server(mailbox_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Mails over MADOGUCHI_MAX_MESSAGE_MB whose header only was stored (transport/imap.py),
    newest first: their UID, size and conversation, so a lead can fetch them by hand."""
    found: dict[int, list[dict[str, Any]]] = {}
    for mailbox_id, source, size, conversation_id in (
        RawMessage.objects.filter(mailbox_id__in=mailbox_ids, size_on_server__isnull=False)
        .order_by("-id")
        .values_list("mailbox_id", "source", "size_on_server", "message__conversation_id")[:200]
    ):
        found.setdefault(mailbox_id, []).append(
            {"uid": source.rsplit(":", 1)[-1], "size": size, "conversation": conversation_id}
        )
    return found


def _edit_page(
    request: HttpRequest,
    form: MailboxForm,
    mailbox: Mailbox,
    checks: list[Check] | None = None,
    status: int = 200,
) -> HttpResponse:
    acknowledgement = (
        AutoAcknowledgement.objects.filter(mailbox=mailbox).first() if mailbox.pk else None
    )
    context = {
        "form": form,
        "mailbox": mailbox,
        "general": [form[name] for name in ("name", "name_en", "address")],
        "teams": form["teams"] if "teams" in form.fields else None,
        "imap": [form[name] for name in SERVER_FIELDS["imap"]],
        "smtp": [form[name] for name in SERVER_FIELDS["smtp"]],
        "sign_in": [form[name] for name in SERVER_FIELDS["sign_in"]],
        "signatures": [form["signature"], form["signature_en"]],
        "options": [form[name] for name in OPTION_FIELDS],
        "acknowledgement": acknowledgement,
        "policy_count": mailbox.sla_policies.count() if mailbox.pk else 0,
        "checks": _rows(checks) if checks is not None else None,
        "checks_ok": checks is not None and all(check.ok for check in checks),
    }
    return render(request, "madoguchi/mailbox_edit.html", context, status=status)


@login_required
def mailbox_edit(request: HttpRequest, mailbox_id: int | None = None) -> HttpResponse:
    if mailbox_id is None:
        if not may_add_mailboxes(request.user):
            raise Http404("only admins add mailboxes")
        mailbox = Mailbox()
    else:
        mailbox = _mailbox_or_404(request, mailbox_id)
    form = MailboxForm(
        request.POST or None,
        instance=mailbox,
        may_choose_teams=may_add_mailboxes(request.user),
    )
    if request.method == "POST":
        if not form.is_valid():
            return _edit_page(request, form, mailbox, status=400)
        try:
            saved = save_mailbox(
                request.user,
                form.save(commit=False),
                secrets=form.secret_changes(),
                teams=form.chosen_teams(),
            )
        except NotAllowed:
            raise Http404("no such mailbox") from None
        messages.success(request, _("Mailbox saved. Test the connection to check the servers."))
        return redirect_to(request, reverse("mailbox_edit", args=[saved.pk]))
    return _edit_page(request, form, mailbox)


@login_required
@require_POST
def mailbox_test(request: HttpRequest, mailbox_id: int) -> HttpResponse:
    mailbox = _mailbox_or_404(request, mailbox_id)
    checks = run_connection_test(request.user, mailbox)
    form = MailboxForm(instance=mailbox, may_choose_teams=may_add_mailboxes(request.user))
    return _edit_page(request, form, mailbox, checks)


@login_required
@require_POST
def mailbox_active(request: HttpRequest, mailbox_id: int) -> HttpResponse:
    mailbox = _mailbox_or_404(request, mailbox_id)
    active = request.POST.get("active") == "1"
    set_mailbox_active(request.user, mailbox, active)
    messages.success(
        request,
        _("Mailbox enabled: mail is fetched and sent again.")
        if active
        else _("Mailbox disabled: no mail is fetched or sent; its conversations stay."),
    )
    return redirect_to(request, reverse("mailbox_edit", args=[mailbox.pk]))
