"""The queue: folders by status, mine, unassigned, label and mailbox; bulk changes."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from madoguchi.actions.base import visible_mailbox, visible_mailbox_list
from madoguchi.actions.bulk import bulk_update, undo_bulk
from madoguchi.actions.labels import visible_labels
from madoguchi.actions.presence import present_in
from madoguchi.actions.snoozing import MAX_SNOOZE, PRESETS, preset_time
from madoguchi.models import Agent, Label, Priority, Role, Status, Team
from madoguchi.models.accounts import present_q
from madoguchi.web.assist_queries import urgent_page
from madoguchi.web.date_fields import in_sentence
from madoguchi.web.forms import AssignForm, BulkForm, SnoozeForm
from madoguchi.web.queries import (
    NEEDS_ACTION,
    STATUS_FOLDERS,
    Folder,
    customer_words_if_failed,
    folder_queryset,
    is_due_soon,
    is_overdue,
    keyset_page,
)
from madoguchi.web.satisfaction_queries import rated_bad
from madoguchi.web.templatetags.madoguchi_tags import person as person_name
from madoguchi.web.views.common import action_view, back_to

SIMPLE_FOLDERS = (
    *STATUS_FOLDERS,
    "mine",
    "unassigned",
    "snoozed",
    "send_failed",
    "overdue",
    "due_soon",
)
# Session keys: what a bulk change was applied to, and what it could not change (and why).
BULK_SELECTION = "bulk_selection"
BULK_FAILURES = "bulk_failures"
BULK_SNOOZE_ASK = "bulk_snooze_ask"
# The last bulk change, to undo once (walk 20 G7); "offer" is popped by the next queue page.
BULK_UNDO = "bulk_undo"


@login_required
def home(request: HttpRequest) -> HttpResponse:
    return HttpResponseRedirect(reverse("queue", args=["new"]))


def _folder_title(folder: Folder, label: Label | None, mailbox: Any | None) -> str:
    if folder.kind in STATUS_FOLDERS:
        return str(Status(folder.kind).label)
    titles = {
        "mine": _("Mine"),
        "unassigned": _("Unassigned"),
        "snoozed": _("Snoozed"),
        "send_failed": _("Sending failed"),
        "overdue": _("Overdue"),
        "due_soon": _("Due soon"),
        NEEDS_ACTION: _("Needs action"),
    }
    if folder.kind in titles:
        return titles[folder.kind]
    if label is not None:
        return label.name
    return mailbox.name if mailbox is not None else ""


def _render_queue(
    request: HttpRequest, folder: Folder, label: Label | None = None, mailbox: Any = None
) -> HttpResponse:
    # 要対応 is the lead's whole backlog, most urgent first; every other folder oldest first.
    default = "urgent" if folder.kind == NEEDS_ACTION else "oldest"
    order = request.GET.get("order") or default
    order = order if order in ("oldest", "newest", "urgent") else default
    status = request.GET.get("status", "")
    queryset = folder_queryset(request.user, folder, status)
    queryset, owner_name = _owned_by(request, queryset)
    if order == "urgent":  # triage score, highest first
        page = urgent_page(queryset, request.GET.get("after"), labels=visible_labels(request.user))
    else:
        page = keyset_page(
            queryset, order, request.GET.get("after"), labels=visible_labels(request.user)
        )
    at = timezone.now()
    presence = present_in([c.pk for c in page.conversations], request.user)
    failed = customer_words_if_failed([c.pk for c in page.conversations])
    unhappy = rated_bad([c.pk for c in page.conversations])
    rows = [
        {
            "conversation": c,
            "overdue": is_overdue(c, at),
            "due_soon": is_due_soon(c, at),
            "others": presence.get(c.pk, []),
            "send_failed": c.pk in failed,
            "rated_bad": c.pk in unhappy,
            "bad_comment": unhappy.get(c.pk, ""),
            "preview": failed.get(c.pk) or c.preview,
        }
        for c in page.conversations
    ]
    context = {
        "folder": folder,
        "title": _folder_title(folder, label, mailbox) + (f" — {owner_name}" if owner_name else ""),
        "rows": rows,
        "next_cursor": page.next_cursor,
        "order": order,
        "status_filter": status,
        "now": at,
        "statuses": Status.choices,
        "priorities": Priority.choices,
        "all_labels": list(visible_labels(request.user)),
        **_teammates(request.user),
        "snooze_presets": list(PRESETS.items()),
        "snooze_min": timezone.localtime(at),
        "snooze_max": timezone.localtime(at + MAX_SNOOZE),
        # The side panel's words for お客様の返信まで, in the bulk bar too (s9 walk).
        "snooze_reply_wakes": preset_time("reply", at),
        # Only touched after a bulk change, so a plain queue page costs no session write.
        "selected": request.session.pop(BULK_SELECTION, [])
        if BULK_SELECTION in request.session
        else [],
        "bulk_failures": request.session.pop(BULK_FAILURES, [])
        if BULK_FAILURES in request.session
        else [],
        "bulk_snooze_ask": request.session.pop(BULK_SNOOZE_ASK, None),
        "bulk_undo": _offer_undo(request),
    }
    htmx = getattr(request, "htmx", None)
    # "More" asks for the rows after the cursor; the idle refresh for the rows it shows.
    rows_only = htmx and (request.GET.get("after") or htmx.target == "queue-rows")
    template = "madoguchi/_queue_rows.html" if rows_only else None
    return render(request, template or "madoguchi/queue.html", context)


def _owned_by(request: HttpRequest, queryset: Any) -> tuple[Any, str]:
    """?owner=<user id> or ?owner=none: one person's part of the folder (the reports page's
    open work per person links here)."""
    owner = request.GET.get("owner", "")
    if not owner:
        return queryset, ""
    if owner == "none":
        return queryset.filter(owner__isnull=True), str(_("Unassigned"))
    if not owner.isdigit():
        raise Http404("no such person")
    person = get_user_model().objects.filter(pk=int(owner)).select_related("agent").first()
    if person is None:
        raise Http404("no such person")
    agent = getattr(person, "agent", None)
    return queryset.filter(owner_id=person.pk), str(agent.name if agent else person.username)


def _teammates(user: Any) -> dict[str, Any]:
    """People the user can hand work to: members of the teams of the mailboxes they see,
    each with `takes`: the mailboxes they may be given work in (see `mailboxes_taken`);
    and the user's own (`my_takes`), read in the same query."""
    User = get_user_model()
    mailbox_ids = [mailbox.pk for mailbox in visible_mailbox_list(user)]
    people = list(
        # Not someone away today (walk 12: 鈴木 花子 （不在） was offered for bulk 割り当て).
        User.objects.filter(is_active=True, agent__teams__mailboxes__in=mailbox_ids)
        .filter(present_q("agent__"))
        .select_related("agent")
        .distinct()
        .order_by("username")
    )
    takes = mailboxes_taken([person.pk for person in people] + [user.pk])
    for person in people:
        setattr(person, "takes", takes.get(person.pk, ""))  # noqa: B010 - read by the template
    teams = list(Team.objects.filter(mailboxes__in=mailbox_ids).distinct().order_by("name"))
    return {"teammates": people, "my_takes": takes.get(user.pk, ""), "bulk_teams": teams}


def mailboxes_taken(user_ids: list[int]) -> dict[int, str]:
    """Per person, the mailboxes `assign` lets them be given conversations of, as the bulk
    bar reads them: "all" for an admin, else the ids of their teams' mailboxes (walk 11 F-3:
    the bar offered a person for rows of another team's mailbox and only said so after)."""
    taken: dict[int, set[str]] = {}
    admins: set[int] = set()
    rows = Agent.objects.filter(user_id__in=user_ids).values_list(
        "user_id", "role", "teams__mailboxes"
    )
    for user_id, role, mailbox_id in rows:
        if role == Role.ADMIN:
            admins.add(user_id)
        taken.setdefault(user_id, set())
        if mailbox_id is not None:
            taken[user_id].add(str(mailbox_id))
    return {
        user_id: "all" if user_id in admins else " ".join(sorted(ids))
        for user_id, ids in taken.items()
    }


@login_required
def queue(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in SIMPLE_FOLDERS:
        raise Http404("no such folder")
    return _render_queue(request, Folder(kind))


@login_required
def needs_action(request: HttpRequest) -> HttpResponse:
    """要対応: new, open, and waiting with our promise near or past, 緊急度順 (walk 13 F24)."""
    return _render_queue(request, Folder(NEEDS_ACTION))


@login_required
def label_queue(request: HttpRequest, label_id: int) -> HttpResponse:
    label = visible_labels(request.user).filter(pk=label_id).first()
    if label is None:
        raise Http404("no such label")
    return _render_queue(request, Folder("label", label_id), label=label)


@login_required
def mailbox_queue(request: HttpRequest, mailbox_id: int) -> HttpResponse:
    mailbox = visible_mailbox(request.user, mailbox_id)
    if mailbox is None:
        raise Http404("no such mailbox")
    return _render_queue(request, Folder("mailbox", mailbox_id), mailbox=mailbox)


@action_view
def bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Select conversations and a change to make."))
        return back_to(request, reverse("home"))
    data = form.cleaned_data
    # A refused change keeps the selection: the next queue page ticks it again.
    request.session[BULK_SELECTION] = data["ids"]
    changes, problem = _bulk_changes(request, data)
    if problem:
        messages.error(request, problem)
        return back_to(request, reverse("home"))
    result = bulk_update(request.user, data["ids"], **changes)
    # Applied: only what could not be changed stays ticked, to retry or act on; the rows
    # changed are not, or the next bulk action would apply to them again (walk 11, F-3).
    request.session[BULK_SELECTION] = [failure.conversation_id for failure in result.failed]
    if result.changed:
        messages.success(request, _bulk_done(len(result.changed), changes))
        label = changes.get("label")
        request.session[BULK_UNDO] = {
            "entries": result.undo,
            "label": label.pk if label is not None else None,
            "offer": True,
        }
    if result.failed:
        request.session[BULK_FAILURES] = [
            {"id": f.conversation_id, "subject": f.subject, "reason": f.reason}
            for f in result.failed
        ]
        asked = [f.conversation_id for f in result.failed if f.confirmable]
        if asked:
            # The snooze skipped for a first-reply deadline is offered again, confirmed.
            request.session[BULK_SNOOZE_ASK] = {
                "ids": asked,
                "preset": request.POST.get("preset", ""),
                "until": request.POST.get("until", ""),
            }
    return back_to(request, reverse("home"))


def _offer_undo(request: HttpRequest) -> bool:
    """Whether this page offers to undo the bulk change just made: once, on the page the
    change comes back to (the undo itself stays until used or replaced)."""
    undo = request.session.get(BULK_UNDO)
    if not undo or not undo.get("offer"):
        return False
    request.session[BULK_UNDO] = {**undo, "offer": False}
    return True


@action_view
def bulk_undo(request: HttpRequest) -> HttpResponse:
    """Put back what the last bulk change did, where nobody has changed it since."""
    undo = request.session.pop(BULK_UNDO, None)
    if not undo:
        messages.error(request, _("There is no bulk change to undo."))
        return back_to(request, reverse("home"))
    result = undo_bulk(request.user, undo["entries"], undo.get("label"))
    if result.restored:
        messages.success(
            request,
            _("%(count)d conversations put back as they were.") % {"count": len(result.restored)},
        )
    if result.changed_since:
        messages.warning(
            request,
            _("%(count)d conversations were changed by someone since and are left as they are.")
            % {"count": len(result.changed_since)},
        )
    if result.failed:
        request.session[BULK_FAILURES] = [
            {"id": f.conversation_id, "subject": f.subject, "reason": f.reason}
            for f in result.failed
        ]
    return back_to(request, reverse("home"))


def _bulk_done(count: int, changes: dict[str, Any]) -> str:
    """What was done; a snooze says when they come back, as the side panel's does."""
    if "snooze_until" not in changes:
        return _what_changed(count, changes)
    wakes = in_sentence(changes["snooze_until"])
    if changes.get("snooze_until_reply"):
        text = _(
            "%(count)d conversations snoozed until the customer replies: a customer's next "
            "mail brings that conversation back at once. If no reply comes, it is back on "
            "%(date)s."
        )
    else:
        text = _("%(count)d conversations snoozed until %(date)s.")
    return text % {"count": count, "date": wakes}


def _what_changed(count: int, changes: dict[str, Any]) -> str:
    """「3 件の優先度を「至急」にしました」: the change, not only that something changed (walk
    20 G7: assign and label both said "3 conversations updated.")."""
    if "priority" in changes:
        return _("%(count)d conversations set to priority %(priority)s.") % {
            "count": count,
            "priority": Priority(changes["priority"]).label,
        }
    if "label" in changes:
        return _("%(count)d conversations labelled %(label)s.") % {
            "count": count,
            "label": changes["label"].name,
        }
    if changes.get("unassign"):
        return _("%(count)d conversations unassigned.") % {"count": count}
    if "owner" in changes:
        return _("%(count)d conversations assigned to %(name)s.") % {
            "count": count,
            "name": person_name(changes["owner"]),
        }
    if changes.get("status"):
        return _("%(count)d conversations set to %(status)s.") % {
            "count": count,
            "status": Status(changes["status"]).label,
        }
    return _("%(count)d conversations updated.") % {"count": count}


def _bulk_changes(request: HttpRequest, data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The keyword arguments of bulk_update for the chosen operation, or what is missing."""
    operation = data["operation"]
    if operation == "assign":
        owner_form = AssignForm({"owner": data["owner"]})
        if not owner_form.is_valid():
            return {}, _("Choose whom to assign to.")
        owner = owner_form.cleaned_data["owner"]
        if owner == "me":
            return {"owner": request.user}, ""
        if owner == "none":
            return {"unassign": True}, ""
        if hasattr(owner, "agents"):  # a team: the next present member, one after the other
            return {"team": owner}, ""
        return {"owner": owner}, ""
    if operation == "label":
        if data["label"] is None:
            return {}, _("Choose a label.")
        return {"label": data["label"]}, ""
    if operation == "resolve":
        return {"status": Status.RESOLVED}, ""
    if operation == "priority":  # walk 20 G7: one at a time was the only way
        if data["priority"] is None:
            return {}, _("Choose a priority.")
        return {"priority": data["priority"]}, ""
    if operation == "snooze":
        snooze_form = SnoozeForm(
            {"until": request.POST.get("until", ""), "preset": request.POST.get("preset", "")}
        )
        if not snooze_form.is_valid():
            return {}, " ".join(
                str(e) for e in snooze_form.errors.get("until", [_("Choose a snooze time.")])
            )
        return {
            "snooze_until": snooze_form.cleaned_data["until"],
            "snooze_until_reply": snooze_form.cleaned_data.get("preset") == "reply",
            # 「このままスヌーズする」 under the list of those skipped (bulk_update).
            "snooze_confirmed": request.POST.get("confirmed") == "1",
        }, ""
    if not data["status"]:
        return {}, _("Choose a status.")
    return {"status": data["status"]}, ""
