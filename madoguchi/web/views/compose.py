"""Replying: send (with the Traffic Cop check and the questions of 誤送信防止), preview,
undo send, autosaved drafts, templates, presence."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from madoguchi.actions.base import ActionError
from madoguchi.actions.lint_policy import LintBlocked
from madoguchi.actions.outbound import cancel_forward
from madoguchi.actions.outbox import cancel_reply
from madoguchi.actions.presence import heartbeat, present_in
from madoguchi.actions.replies import (
    ConversationChanged,
    UploadedFile,
    compose_template,
    save_draft,
    send_reply,
)
from madoguchi.actions.sending import (
    EmptyReply,
    NeedsConfirmation,
    PlaceholdersLeft,
    compose_body,
    unsigned_question,
)
from madoguchi.actions.templates import (
    apply_macro,
    macro_changes,
    picker_templates,
    visible_templates,
)
from madoguchi.models import OutboxItem, OutboxState, Presence, Template
from madoguchi.web.forms import (
    ADDRESSES_MAX_CHARACTERS,
    MAX_UPLOAD_BYTES,
    REPLY_MAX_CHARACTERS,
    DraftForm,
    ReplyForm,
)
from madoguchi.web.timeline import forwarded_message_ids
from madoguchi.web.views.approval import sent_to_approval_message
from madoguchi.web.views.common import (
    action_view,
    conversation_or_404,
    conversation_url,
    redirect_to,
)
from madoguchi.web.views.conversation import compose_context
from madoguchi.web.views.lint import lint_blocked_message
from madoguchi.web.views.outbox import moved_with_merge


def _uploads(request: HttpRequest) -> list[UploadedFile]:
    files = request.FILES.getlist("attachments")
    if sum(f.size or 0 for f in files) > MAX_UPLOAD_BYTES:
        raise ActionError(_("Attachments are too large (25 MB in all at most)."))
    return [UploadedFile(f.name or "attachment", f.content_type or "", f.read()) for f in files]


def refused_reply_message(form: ReplyForm) -> str:
    """The first thing wrong with a reply form, named for the agent."""
    if form.has_error("body", "max_length"):
        return _("The reply is too long (at most %(limit)s characters).") % {
            "limit": f"{REPLY_MAX_CHARACTERS:,}"
        }
    for field, label in (("to", "To"), ("cc", "Cc"), ("bcc", "Bcc")):
        if form.has_error(field, "max_length"):
            return _(
                "Too many addresses in %(field)s (at most %(limit)s characters of addresses)."
            ) % {"field": label, "limit": f"{ADDRESSES_MAX_CHARACTERS:,}"}
    if form.has_error("seen_at"):
        return _("The page is out of date: reload it and send again.")
    return _("The reply is empty.")


@action_view
def reply(request: HttpRequest, conversation_id: int) -> HttpResponse:
    item = conversation_or_404(request, conversation_id)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        # Say what is wrong and keep what fits in the draft: every refusal here used to say
        # "the reply is empty" and dropped the text (a Cc of 500 addresses, say).
        messages.error(request, refused_reply_message(form))
        if "body" not in form.errors:  # a body too long to keep leaves the saved draft be
            keep = {
                name: "" if name in form.errors else str(request.POST.get(name, ""))
                for name in ("to", "cc", "bcc")
            }
            save_draft(
                request.user,
                item,
                str(request.POST["body"]),
                keep["cc"],
                keep["bcc"],
                keep["to"],
            )
        return redirect_to(request, conversation_url(item.pk))
    data = form.cleaned_data
    try:
        uploads = _uploads(request)
    except ActionError as refused:  # too large: the text stays, the files are chosen again
        save_draft(request.user, item, data["body"], data["cc"], data["bcc"], data["to"])
        messages.error(request, str(refused))
        return redirect_to(request, conversation_url(item.pk))
    try:
        queued = send_reply(
            request.user,
            item.pk,
            data["body"],
            seen_at=data["seen_at"],
            cc=data["cc"],
            bcc=data["bcc"],
            to=data["to"],
            force=data["force"],
            attachments=uploads,
            acknowledged=request.POST.getlist("lint_ack"),
            confirmed=request.POST.getlist("confirmed"),
        )
    except NeedsConfirmation as questions:
        # Ask once (attachment mentioned, recipients to check): the answer is a second
        # click that posts the same form with `confirmed`. htmx puts the question into the
        # form, so the chosen files stay chosen.
        save_draft(request.user, item, data["body"], data["cc"], data["bcc"], data["to"])
        context = {
            "conversation": item,
            "questions": questions.questions,
            "already_confirmed": request.POST.getlist("confirmed"),
            # "Send anyway" was answered already: the second click must not stop at the
            # colleague's reply again.
            "forced": data["force"],
            "preview": compose_body(item, request.user, data["body"]).body,
            "recipients": {"to": data["to"], "cc": data["cc"], "bcc": data["bcc"]},
            "attachment_names": [upload.filename for upload in uploads],
        }
        if getattr(request, "htmx", False):
            response = render(request, "madoguchi/_send_confirm.html", context, status=200)
            response.headers["HX-Retarget"] = "#send-confirm"
            response.headers["HX-Reswap"] = "innerHTML"
            return response
        page = compose_context(request, item, None)
        page.update(
            context,
            reply_body=data["body"],
            reply_to=data["to"],
            reply_cc=data["cc"],
            reply_bcc=data["bcc"],
        )
        return render(request, "madoguchi/conversation.html", page, status=409)
    except LintBlocked:
        # The team's reply-check rules stop this text: keep it, say why, let the agent fix it.
        save_draft(request.user, item, data["body"], data["cc"], data["bcc"], data["to"])
        messages.error(request, lint_blocked_message())
        return redirect_to(request, conversation_url(item.pk))
    except (EmptyReply, PlaceholdersLeft) as refused:
        save_draft(request.user, item, data["body"], data["cc"], data["bcc"], data["to"])
        messages.error(request, str(refused))
        return redirect_to(request, conversation_url(item.pk))
    except ConversationChanged as changed:
        # Stop, show what changed, keep the text: the agent sends anyway or revises.
        save_draft(request.user, item, data["body"], data["cc"], data["bcc"], data["to"])
        context = compose_context(request, item, None)
        context.update(
            changes=changed.changes,
            reply_body=data["body"],
            reply_to=data["to"],
            reply_cc=data["cc"],
            reply_bcc=data["bcc"],
            stale_seen_at=data["seen_at"].isoformat(),
        )
        status = 409
        template = (
            "madoguchi/_compose.html"
            if getattr(request, "htmx", False)
            else "madoguchi/conversation.html"
        )
        return render(request, template, context, status=status)
    macro = request.POST.get("macro_template", "")
    if queued.state == OutboxState.AWAITING_APPROVAL:  # wip-approval: never say "sent"
        messages.warning(request, sent_to_approval_message(queued))
        if macro:
            messages.warning(request, _("Not sent yet, so the template set nothing."))
        return redirect_to(request, conversation_url(item.pk))
    said = _("Reply queued for sending; the conversation waits on the customer.")
    if queued.next_attempt_at > timezone.now():
        # The undo sits in the side panel, ~1,400 px below this message on a phone, for a
        # window of seconds (walk 20 G6): the message carries its own undo button.
        messages.success(
            request,
            format_html(
                '{} <form method="post" action="{}" class="inline" data-flash-undo>'
                '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
                '<button type="submit">{}</button></form>',
                said,
                reverse("outbox_undo", args=[item.pk, queued.pk]),
                get_token(request),
                _("Undo send"),
            ),
        )
    else:
        messages.success(request, said)
    if macro.isdigit():
        # A macro acts once its reply is on its way (see the template page).
        try:
            changes = apply_macro(request.user, item.pk, int(macro))
        except ActionError:  # the template or a label went away meanwhile; the reply is sent
            messages.error(request, _("The template's status and labels could not be set."))
        else:
            messages.success(request, _("Also set: %(changes)s") % {"changes": "、".join(changes)})
    return redirect_to(request, conversation_url(item.pk))


@action_view
def preview(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """The text part exactly as it will be sent: own words, signature, quote."""
    item = conversation_or_404(request, conversation_id)
    body = request.POST.get("body", "")
    # Said here too, not only when Send asks: the preview is where the signature is looked for.
    unsigned = unsigned_question(item, request.user, body) if body.strip() else None
    return render(
        request,
        "madoguchi/_send_preview.html",
        {
            "preview": compose_body(item, request.user, body).body if body.strip() else "",
            "unsigned": unsigned.text if unsigned else "",
        },
    )


@action_view
def undo(request: HttpRequest, conversation_id: int, item_id: int) -> HttpResponse:
    """Undo send, within the mailbox's window: the text comes back as the draft."""
    item = conversation_or_404(request, conversation_id)
    reply = OutboxItem.objects.filter(pk=item_id, conversation=item).first()
    into = None
    if reply is None:
        # Pressed on a page of a conversation merged away within the undo window: the
        # reply went with the merge and is undone there (before: a 404, and it left).
        into = moved_with_merge(request, item, item_id)
        if into is not None:
            reply = OutboxItem.objects.filter(pk=item_id, conversation_id=into).first()
    if reply is None:
        raise Http404("no such reply")
    here = reply.conversation
    try:
        if forwarded_message_ids(here, [reply.message_id]):
            cancel_forward(request.user, reply)
            done = _("Forward cancelled: nothing was sent.")
        else:
            cancel_reply(request.user, reply)
            done = _("Sending cancelled: the reply is back in the compose box.")
            if into is not None:
                done = _(
                    "Sending cancelled. #%(merged)d was merged into #%(id)d: the reply is "
                    "back in its compose box."
                ) % {"merged": item.pk, "id": into}
    except ActionError as error:
        if into is None:
            raise
        merged = _("This conversation was merged into #%(id)d: the reply is there.")
        told = " ".join([str(error), merged % {"id": into}])
        messages.error(request, told)
        return redirect_to(request, conversation_url(into))
    messages.success(request, done)
    return redirect_to(request, conversation_url(here.pk))


@action_view
def draft(request: HttpRequest, conversation_id: int) -> HttpResponse:
    item = conversation_or_404(request, conversation_id)
    form = DraftForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    data = form.cleaned_data
    # An older page posts no To: the draft keeps the one it has.
    to = data["to"] if "to" in request.POST else None
    save_draft(request.user, item, data["body"], data["cc"], data["bcc"], to)
    heartbeat(request.user, item, Presence.Activity.DRAFTING)
    return render(request, "madoguchi/_draft_saved.html", {"at": timezone.now()})


@login_required
@require_GET
def template_text(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """The compose box filled from a template (htmx swaps the textarea). A macro template
    also marks the form, so sending the reply applies it (out-of-band swap)."""
    item = conversation_or_404(request, conversation_id)
    try:
        template = visible_templates(request.user).get(pk=int(request.GET.get("template", "")))
    except (ValueError, Template.DoesNotExist):
        raise Http404("no such template") from None
    body = compose_template(template, item, request.user)
    current = request.GET.get("body", "")
    # The template goes below what the agent wrote; no signature here (mail/body.py adds it).
    text = (current.rstrip() + "\n\n" if current.strip() else "") + body
    return render(
        request,
        "madoguchi/_compose_body.html",
        {
            "reply_body": text,
            "conversation": item,
            # Saved as a draft once swapped in (hx-trigger load): with no key typed after
            # it, the templated reply was lost on leaving while colleagues saw 「作成中」.
            "save_now": True,
            "macro": template if macro_changes(template) else None,
            "macro_changes": macro_changes(template),
        },
    )


@login_required
@require_GET
def template_search(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """htmx, as the agent types in the picker: templates whose name or body has the
    words, grouped by folder."""
    item = conversation_or_404(request, conversation_id)
    query = request.GET.get("template_q", "")[:200]
    return render(
        request,
        "madoguchi/_template_results.html",
        {"conversation": item, "template_folders": picker_templates(request.user, query)},
    )


@login_required
@require_POST
def presence(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """Heartbeat from an open conversation; answers with who else is here, and whether the
    conversation changed since the page was loaded."""
    item = conversation_or_404(request, conversation_id)
    activity = request.POST.get("activity", Presence.Activity.VIEWING)
    if activity not in Presence.Activity.values:
        activity = Presence.Activity.VIEWING
    heartbeat(request.user, item, activity)
    try:
        loaded_version = int(request.POST.get("version", "0"))
    except ValueError:
        loaded_version = 0
    return render(
        request,
        "madoguchi/_presence.html",
        {
            "conversation": item,
            "others": present_in([item.pk], request.user).get(item.pk, []),
            "changed": loaded_version and item.version > loaded_version,
            "live": True,  # also refreshes the line above the reply box (out of band)
        },
    )
