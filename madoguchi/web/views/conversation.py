"""One conversation: the page, its actions, message frames and attachment downloads."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db.models import Max
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from madoguchi.actions import conversations as conversation_actions
from madoguchi.actions.base import ActionError, visible_conversations
from madoguchi.actions.labels import hidden_labels, visible_labels
from madoguchi.actions.notes import add_note, as_person, mark_mentions_read, mention_candidates
from madoguchi.actions.notify import mark_conversation_read
from madoguchi.actions.outbox import cancellable
from madoguchi.actions.prepare import attachment_path
from madoguchi.actions.presence import present_in
from madoguchi.actions.replies import reply_all
from madoguchi.actions.resolving import resolve_warnings
from madoguchi.actions.snoozing import MAX_SNOOZE, PRESETS, hides_first_deadline, preset_time
from madoguchi.actions.spam import blocked_by, domain_reach, mark_not_spam, mark_spam
from madoguchi.actions.templates import picker_templates
from madoguchi.mail.headers import format_addresses
from madoguchi.mail.html import block_remote_images, sanitize_html
from madoguchi.models import (
    Attachment,
    Draft,
    Event,
    MergeRecord,
    Message,
    OutboxItem,
    OutboxState,
    Priority,
    Status,
    Team,
)
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.quality.mentions import completions, partial_mention
from madoguchi.web.date_fields import in_sentence
from madoguchi.web.forms import (
    AssignForm,
    LabelForm,
    NoteForm,
    PriorityForm,
    SnoozeForm,
    StatusForm,
)
from madoguchi.web.queries import is_overdue
from madoguchi.web.satisfaction_queries import rated_bad
from madoguchi.web.templatetags.madoguchi_tags import person
from madoguchi.web.timeline import customer_panel, forwarded_message_ids, timeline
from madoguchi.web.views.common import (
    action_view,
    conversation_or_404,
    conversation_url,
    redirect_to,
)
from madoguchi.web.views.survey_undo import say_survey_coming


@login_required
def conversation(request: HttpRequest, conversation_id: int) -> HttpResponse:
    item = conversation_or_404(request, conversation_id)
    item = (
        visible_conversations(request.user)
        .select_related("mailbox", "owner__agent", "customer__organization", "merged_into")
        .prefetch_related("labels", "customer__addresses")
        .get(pk=item.pk)
    )
    mark_mentions_read(request.user, item)
    mark_conversation_read(request.user, item)
    draft = Draft.objects.filter(conversation=item, author_id=request.user.pk).first()
    return render(request, "madoguchi/conversation.html", compose_context(request, item, draft))


def compose_context(request: HttpRequest, item: Any, draft: Draft | None) -> dict[str, Any]:
    at = timezone.now()
    # Reply-all by default, shown in the fields so the agent sees and edits who gets it.
    # The compose box holds only the agent's words: the signature and the quote are added
    # when the reply is queued (actions/sending.py), and the preview shows the result.
    to, cc = reply_all(item)
    mailbox_teams = list(Team.objects.filter(mailboxes=item.mailbox_id))
    User = get_user_model()
    assignable = list(
        User.objects.filter(is_active=True, agent__teams__in=mailbox_teams)
        .select_related("agent")
        .distinct()
        .order_by("username")
    )
    # The same customer wrote before: offer a merge only when it is about the same thing.
    candidates = list(
        visible_conversations(request.user)
        .filter(likely_successors=item, merged_into__isnull=True)
        .select_related("customer__organization")
        .order_by("-last_message_at")[:3]
    )
    matches = conversation_actions.topic_matches(item, candidates) if candidates else {}
    predecessors = [(other, matches[other.pk]) for other in candidates if matches[other.pk].similar]
    return {
        "conversation": item,
        "entries": timeline(item, hidden_labels=hidden_labels(request.user)),
        "panel": customer_panel(request.user, item),
        "overdue": is_overdue(item, at),
        "others": present_in([item.pk], request.user).get(item.pk, []),
        "draft": draft,
        "seen_at": at.isoformat(),
        "reply_body": draft.body if draft else "",
        "reply_to": draft.to if draft and draft.to else format_addresses(to),
        "reply_cc": draft.cc if draft else format_addresses(cc),
        "reply_bcc": draft.bcc if draft else "",
        "template_folders": picker_templates(request.user),
        "statuses": Status.choices,
        "priorities": Priority.choices,
        "snooze_presets": list(PRESETS.items()),
        "snooze_min": timezone.localtime(at),
        "snooze_max": timezone.localtime(at + MAX_SNOOZE),
        # お客様の返信まで says when it is back if the customer stays silent (s8 walk).
        "snooze_reply_wakes": preset_time("reply", at),
        "snoozed_until_reply": item.snoozed_until is not None and _snoozed_until_reply(item),
        "all_labels": list(visible_labels(request.user)),
        # Another team's private label on a shared mailbox's conversation is not shown (nor
        # offered for removal); the queue and search rows hide it the same way.
        "shown_labels": list(item.labels.filter(pk__in=visible_labels(request.user).values("pk"))),
        "assignable": assignable,
        "teams": mailbox_teams,
        "predecessors": predecessors,
        "merged_here": list(
            MergeRecord.objects.filter(target=item, undone_at__isnull=True).order_by("merged_at")
        ),
        "customer_address": _customer_address(item),
        "rated_bad": rated_bad([item.pk]),
        **outbox_context(request, item),
    }


def _snoozed_until_reply(item: Any) -> bool:
    """Whether the snooze in force is お客様の返信まで (its latest 'snoozed' event says so)."""
    after = (
        Event.objects.filter(conversation=item, verb="snoozed")
        .order_by("-created_at", "-id")
        .values_list("after", flat=True)
        .first()
    )
    return bool(isinstance(after, dict) and after.get("until_reply"))


def outbox_context(request: HttpRequest, item: Any) -> dict[str, Any]:
    """Replies of this conversation that have not simply gone out: failed (banner, send
    now), retrying (with the attempt and the last error), in their undo window."""
    unsent = list(
        OutboxItem.objects.filter(
            conversation=item,
            state__in=(OutboxState.FAILED, OutboxState.PENDING, OutboxState.SENDING),
        )
        .select_related("message")
        .order_by("id")
    )
    surveys = set(
        survey_message_ids()
        .filter(message_id__in=[reply.message_id for reply in unsent])
        .values_list("message_id", flat=True)
    )
    # A survey that did not go is shown as a survey, never as a reply the customer misses.
    failed_surveys = [
        item for item in unsent if item.state == OutboxState.FAILED and item.message_id in surveys
    ]
    failed = [
        reply
        for reply in unsent
        if reply.state == OutboxState.FAILED and reply.message_id not in surveys
    ]
    # A failed reply with a later one queued or sent since: sending it too answers twice.
    newest = (
        OutboxItem.objects.filter(conversation=item, id__gt=failed[0].id)
        .exclude(state=OutboxState.CANCELLED)
        .aggregate(newest=Max("id"))["newest"]
        if failed
        else None
    ) or 0
    return {
        "conversation": item,
        "superseded_ids": {reply.id for reply in failed if reply.id < newest},
        # A forward in its undo window is not "your reply" (s8 walk, screen 26).
        "forward_ids": forwarded_message_ids(item, [reply.message_id for reply in unsent]),
        "failed_replies": failed,
        "failed_surveys": failed_surveys,
        "retrying_replies": [
            reply for reply in unsent if reply.state != OutboxState.FAILED and reply.attempts
        ],
        "undo_replies": [reply for reply in unsent if cancellable(reply, request.user)],
        "outbox_polling": any(reply.state != OutboxState.FAILED for reply in unsent),
    }


@login_required
@require_GET
def outbox_status(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """The banner of unsent replies, polled while one is on its way."""
    item = conversation_or_404(request, conversation_id)
    return render(request, "madoguchi/_outbox_banner.html", outbox_context(request, item))


def _customer_address(item: Any) -> str:
    customer = item.customer
    if customer is None:
        return ""
    addresses = list(customer.addresses.all())  # prefetched
    return addresses[0].address if addresses else ""


@action_view
def assign(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = AssignForm(request.POST)
    if not form.is_valid():
        raise ActionError(_("Choose whom to assign to."))
    owner = form.cleaned_data["owner"]
    if isinstance(owner, Team):
        conversation_or_404(request, conversation_id)
        if not owner.mailboxes.filter(conversations__pk=conversation_id).exists():
            raise ActionError(_("That team does not work in this mailbox."))
        assigned = conversation_actions.assign_round_robin(request.user, conversation_id, owner)
        chosen = person(assigned.owner)
        messages.success(
            request,
            _("%(team)s in turn: given to %(name)s.") % {"team": owner.name, "name": chosen},
        )
    else:
        target = request.user if owner == "me" else None if owner == "none" else owner
        conversation_actions.assign(request.user, conversation_id, target)
    return _done(request, conversation_id)


@action_view
def status(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = StatusForm(request.POST)
    if not form.is_valid():
        raise ActionError(_("Choose a status."))
    chosen = form.cleaned_data["status"]
    # The Resolve button asks first when the customer has no reply or the reply is a draft.
    if chosen == Status.RESOLVED and request.POST.get("ask") and not request.POST.get("confirmed"):
        conversation = conversation_or_404(request, conversation_id)
        warnings = resolve_warnings(conversation, request.user)
        if warnings:
            context = {"conversation": conversation, "warnings": warnings}
            return render(request, "madoguchi/resolve_confirm.html", context)
    changed = conversation_actions.set_status(request.user, conversation_id, chosen)
    say_survey_coming(request, changed)
    return _done(request, conversation_id)


@action_view
def priority(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = PriorityForm(request.POST)
    if not form.is_valid():
        raise ActionError(_("Choose a priority."))
    conversation_actions.set_priority(request.user, conversation_id, form.cleaned_data["priority"])
    return _done(request, conversation_id)


@action_view
def label(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = LabelForm(request.POST)
    if not form.is_valid():
        conversation_or_404(request, conversation_id)  # a stranger learns nothing: 404
        raise ActionError(_("Choose a label."))
    chosen = form.cleaned_data["label"]
    if chosen is None:
        name = form.cleaned_data["new_label"]
        conversation_actions.add_label_named(request.user, conversation_id, name)
    elif form.cleaned_data["remove"]:
        conversation_actions.remove_label(request.user, conversation_id, chosen)
    else:
        conversation_actions.add_label(request.user, conversation_id, chosen)
    return _done(request, conversation_id)


@action_view
def unsnooze(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation_actions.unsnooze(request.user, conversation_id)
    messages.success(request, _("The snooze is over: the conversation is back in its folder."))
    return _done(request, conversation_id)


@action_view
def snooze(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        conversation_or_404(request, conversation_id)
        raise ActionError(
            " ".join(str(e) for e in form.errors.get("until", [_("Choose a time in the future.")]))
        )
    until_reply = form.cleaned_data.get("preset") == "reply"
    until = form.cleaned_data["until"]
    before = conversation_or_404(request, conversation_id)
    if hides_first_deadline(before, until) and not request.POST.get("confirmed"):
        # Walk 13, F13: asked before, not warned after: once snoozed, the conversation had
        # left 未対応 and 期限間近 where a lead would have seen it.
        chosen = {"preset": form.cleaned_data.get("preset") or ""}
        if not chosen["preset"]:
            chosen["until"] = f"{timezone.localtime(until):%Y-%m-%dT%H:%M}"
        query = urlencode(chosen)
        return redirect_to(request, f"{reverse('snooze_confirm', args=[conversation_id])}?{query}")
    conversation_actions.snooze(request.user, conversation_id, until, until_reply=until_reply)
    # Say what the snooze does: a 14-day date nobody chose was set silently (s8 walk).
    wakes = in_sentence(until)
    if until_reply:
        text = _(
            "Snoozed until the customer replies: their next mail brings it back at once. "
            "If no reply comes, it is back on %(date)s."
        )
    else:
        text = _("Snoozed until %(date)s.")
    messages.success(request, text % {"date": wakes})
    return _done(request, conversation_id)


@login_required
@require_GET
def snooze_confirm(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """「期限を過ぎてもスヌーズしますか？」 with the snooze chosen, to post again."""
    conversation = conversation_or_404(request, conversation_id)
    form = SnoozeForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Choose a time in the future."))
        return _done(request, conversation_id)
    until = form.cleaned_data["until"]
    due = hides_first_deadline(conversation, until)
    if due is None:  # answered meanwhile: nothing to ask
        return _done(request, conversation_id)
    context = {
        "conversation": conversation,
        "due": due,
        "until": until,
        "preset": form.cleaned_data.get("preset") or "",
        "until_field": f"{timezone.localtime(until):%Y-%m-%dT%H:%M}",
    }
    return render(request, "madoguchi/snooze_confirm.html", context)


@action_view
def note(request: HttpRequest, conversation_id: int) -> HttpResponse:
    form = NoteForm(request.POST)
    if not form.is_valid():
        conversation_or_404(request, conversation_id)
        raise ActionError(_("A note needs some text."))
    add_note(request.user, conversation_id, form.cleaned_data["text"])
    return _done(request, conversation_id)


def _done(request: HttpRequest, conversation_id: int) -> HttpResponse:
    return redirect_to(request, conversation_url(conversation_id))


# ---- message HTML in a sandboxed frame ------------------------------------------------

_CID_SRC = re.compile(r'src="cid:([^"]+)"', re.IGNORECASE)
_INLINE_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}
_MAX_INLINE_IMAGE = 2 * 1024 * 1024
FRAME_STYLE = (
    "body{font:14px/1.6 system-ui,'Hiragino Sans','Noto Sans CJK JP',sans-serif;"
    "color:#1f2933;margin:0;padding:12px;word-wrap:break-word}"
    "img{max-width:100%;height:auto}img[data-remote-src]{display:inline-block;"
    "min-width:16px;min-height:16px;background:#eef1f4}blockquote{margin:0 0 0 .5em;"
    "padding-left:.8em;border-left:3px solid #d5dae0;color:#52606d}"
)


def _message_for(request: HttpRequest, conversation_id: int, message_id: int) -> Message:
    item = conversation_or_404(request, conversation_id)
    found = Message.objects.filter(conversation=item, pk=message_id).first()
    if found is None:
        raise Http404("no such message")
    return found


def _inline_images(message: Message, html: str) -> str:
    """cid: images become data: URIs: the frame has an opaque origin and no cookies."""
    wanted = {m.strip("<>") for m in _CID_SRC.findall(html)}
    if not wanted:
        return html
    by_cid: dict[str, str] = {}
    for attachment in message.attachments.filter(content_type__in=_INLINE_IMAGE_TYPES):
        cid = attachment.content_id.strip("<>")
        if cid in wanted and attachment.size <= _MAX_INLINE_IMAGE:
            path = attachment_path(Path(settings.ATTACHMENT_DIR), attachment.sha256)
            if path.exists():
                encoded = base64.b64encode(path.read_bytes()).decode()
                by_cid[cid] = f"data:{attachment.content_type};base64,{encoded}"

    def replace(match: re.Match[str]) -> str:
        data = by_cid.get(match.group(1).strip("<>"))
        return f'src="{data}"' if data else 'src=""'

    return _CID_SRC.sub(replace, html)


@login_required
@require_GET
def message_frame(request: HttpRequest, conversation_id: int, message_id: int) -> HttpResponse:
    """The message's HTML as its own document, with its own CSP (the frame is sandboxed:
    no scripts, opaque origin). Remote images load only with ?images=1, after a click."""
    message = _message_for(request, conversation_id, message_id)
    allow_images = request.GET.get("images") == "1"
    html = sanitize_html(message.html or "")  # again: the stored copy may predate a fix
    if not allow_images:
        html, _count = block_remote_images(html)
    html = _inline_images(message, html)
    document = (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="referrer" content="no-referrer"><base target="_blank">'
        f"<style>{FRAME_STYLE}</style></head><body>{html}</body></html>"
    )
    response = HttpResponse(document, content_type="text/html; charset=utf-8")
    images = "data: https: http:" if allow_images else "data:"
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src {images}; "
        "frame-ancestors 'self'; form-action 'none'; base-uri 'self'; "
        "sandbox allow-popups allow-popups-to-escape-sandbox"
    )
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def message_html(request: HttpRequest, conversation_id: int, message_id: int) -> HttpResponse:
    """The frame element (htmx swaps it in when the agent allows this message's images)."""
    message = _message_for(request, conversation_id, message_id)
    _html, remote = block_remote_images(message.html or "")
    return render(
        request,
        "madoguchi/_message_frame.html",
        {
            "conversation_id": conversation_id,
            "message": message,
            "remote_images": remote,
            "images_allowed": request.GET.get("images") == "1",
            "size": _frame_size(message.text or ""),
        },
    )


def _frame_size(text: str) -> str:
    """The frame cannot size itself (no scripts in it): guess from the text's length."""
    lines = text.count("\n") + len(text) // 70
    return "s" if lines < 8 else "m" if lines < 25 else "l"


# ---- attachments ------------------------------------------------------------------------

# Served as downloads whatever they claim to be: an HTML or SVG attachment must never
# render (and run script) in our origin.
_PASSIVE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"}


@login_required
@require_GET
def attachment(request: HttpRequest, attachment_id: int) -> HttpResponseBase:
    found = (
        Attachment.objects.filter(
            pk=attachment_id,
            message__conversation__in=visible_conversations(request.user).values("id"),
        )
        .only("filename", "content_type", "sha256", "size")
        .first()
    )
    if found is None:
        raise Http404("no such attachment")
    path = attachment_path(Path(settings.ATTACHMENT_DIR), found.sha256)
    if not path.exists():
        raise Http404("attachment file missing")
    content_type = (
        found.content_type if found.content_type in _PASSIVE_TYPES else "application/octet-stream"
    )
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=found.filename or "attachment",
        content_type=content_type,
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
@require_GET
def mention_suggestions(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """People to complete the @name being typed at the end of a note (an htmx fragment)."""
    item = conversation_or_404(request, conversation_id)
    prefix = partial_mention(request.GET.get("text", "")[-200:])
    people: list[dict[str, str]] = []
    if prefix is not None:
        users = {user.pk: user for user in mention_candidates(item)}
        for person in completions(prefix, [as_person(user) for user in users.values()]):
            name = "".join(person.display_name.split())
            people.append(
                {
                    "insert": name or person.login,
                    "name": person.display_name or person.login,
                    "latin": person.latin_name if person.latin_name != person.display_name else "",
                    "login": person.login,
                }
            )
    return render(request, "madoguchi/_mention_suggestions.html", {"people": people})


@action_view
def spam(request: HttpRequest, conversation_id: int) -> HttpResponse:
    block = request.POST.get("block", "sender")
    if block not in ("sender", "domain", "none"):
        raise ActionError(_("Choose what to block."))
    if block != "none" and request.POST.get("confirmed") != "1":
        pattern, others = blocked_by(request.user, conversation_id, block)
        reach = domain_reach(conversation_id, pattern) if block == "domain" and pattern else None
        if others or (reach is not None and reach.beyond_the_sender):
            # A real customer, perhaps: say what the block would catch, let them choose.
            context = {"conversation_id": conversation_id, "block": block, "pattern": pattern}
            context["others"] = others
            context["reach"] = reach
            return render(request, "madoguchi/spam_confirm.html", context)
    mark_spam(request.user, conversation_id, block)
    if block == "none":
        messages.success(request, _("Moved to spam; the sender is not blocked."))
    else:
        messages.success(request, _("Moved to spam; new mail from this sender goes there too."))
    return _done(request, conversation_id)


@action_view
def not_spam(request: HttpRequest, conversation_id: int) -> HttpResponse:
    mark_not_spam(request.user, conversation_id)
    messages.success(request, _("Not spam: back in New, and the sender is unblocked."))
    return _done(request, conversation_id)
