"""Forward, new mail, and the leads' acknowledgement settings."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from madoguchi.actions.approval_policies import may_manage_policies
from madoguchi.actions.base import (
    ActionError,
    NotAllowed,
    visible_mailbox,
    visible_mailbox_list,
    visible_mailboxes,
)
from madoguchi.actions.outbound import (
    DEFAULT_ACKNOWLEDGEMENT_TEXT,
    forward,
    set_auto_acknowledgement,
    start_conversation,
)
from madoguchi.actions.replies import render_template_for_new_mail
from madoguchi.actions.satisfaction import (
    english_survey_goes_unsigned,
    set_satisfaction_survey,
    survey_previews,
)
from madoguchi.actions.sending import NeedsConfirmation, goes_unsigned, new_mail_body
from madoguchi.actions.templates import picker_templates, visible_templates
from madoguchi.models import AutoAcknowledgement, Event, SatisfactionSetting, Template
from madoguchi.web.outbound_forms import AcknowledgementForm, ForwardForm, NewMailForm
from madoguchi.web.views.common import (
    action_view,
    conversation_or_404,
    conversation_url,
    redirect_to,
)
from madoguchi.web.views.compose import _uploads


@action_view
def forward_view(request: HttpRequest, conversation_id: int) -> HttpResponse:
    conversation = conversation_or_404(request, conversation_id)
    form = ForwardForm(request.POST)
    if not form.is_valid():
        raise ActionError(_("Fill in the address to forward to."))
    data = form.cleaned_data
    item = forward(request.user, conversation, data["to"], data["note"], message=data["message"])
    messages.success(request, _("Forwarded: the mail is in the outbox."))
    recorded = Event.objects.filter(
        conversation=conversation, verb="forwarded", after__message=item.message_id
    ).first()
    if recorded is not None and (recorded.after or {}).get("unsigned"):
        messages.warning(
            request,
            _(
                "It goes without a signature: the text is English and there is no English "
                "signature. Add one in Preferences."
            ),
        )
    return redirect_to(request, conversation_url(conversation.pk))


@login_required
def new_mail(request: HttpRequest) -> HttpResponse:
    mailboxes = visible_mailboxes(request.user).filter(is_active=True)
    corrected = _use_address(request)
    form = NewMailForm(corrected or request.POST or None, mailboxes=mailboxes)
    if corrected is not None:
        # The confirm step's "Use <known address>": the address is corrected in the form and
        # the agent sends again (the other answers are asked again for the new recipient).
        messages.info(request, _("The address is corrected. Check the mail and send it again."))
        return render(request, "madoguchi/new_mail.html", _new_mail_context(request, form))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item = start_conversation(
                request.user,
                data["mailbox"],
                to=data["to"],
                cc=data["cc"],
                bcc=data["bcc"],
                subject=data["subject"],
                body=data["body"],
                attachments=_uploads(request),
                acknowledged=request.POST.getlist("lint_ack"),
                confirmed=request.POST.getlist("confirmed"),
            )
        except NotAllowed:
            raise Http404("no such mailbox") from None
        except NeedsConfirmation as asked:
            # The reply box's question and its "Send it" answer (_send_confirm.html), in
            # this form; the page is posted again, so chosen files must be chosen again.
            context = _new_mail_context(request, form)
            context.update(
                questions=asked.questions,
                already_confirmed=request.POST.getlist("confirmed"),
                preview=new_mail_body(data["mailbox"], request.user, data["body"]),
                recipients={"to": data["to"], "cc": data["cc"], "bcc": data["bcc"]},
                attachment_names=[],
                files_dropped=bool(request.FILES.getlist("attachments")),
            )
            return render(request, "madoguchi/new_mail.html", context, status=409)
        except ActionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Mail queued for sending."))
            return redirect_to(request, conversation_url(item.conversation_id))
    return render(request, "madoguchi/new_mail.html", _new_mail_context(request, form))


def _use_address(request: HttpRequest) -> QueryDict | None:
    """The posted form with a mistyped address replaced by the known one it was asked
    about ("typed known" in `use_address`), or None when that button was not pressed."""
    typed, _space, known = request.POST.get("use_address", "").strip().partition(" ")
    if request.method != "POST" or not typed or "@" not in known:
        return None
    posted = request.POST.copy()
    for field in ("to", "cc", "bcc"):
        posted[field] = re.sub(
            rf"(?<![\w.+-]){re.escape(typed)}(?![\w.-])",
            lambda _match: known,
            posted.get(field, ""),
            flags=re.IGNORECASE,
        )
    return posted


def _new_mail_context(request: HttpRequest, form: NewMailForm) -> dict[str, object]:
    return {
        "form": form,
        "reply_body": form["body"].value() or "",
        "template_folders": picker_templates(request.user),
    }


@login_required
@require_GET
def new_mail_template(request: HttpRequest) -> HttpResponse:
    """The new mail's text box filled from a template (the reply box's picker and swap)."""
    try:
        template = visible_templates(request.user).get(pk=int(request.GET.get("template", "")))
    except (ValueError, Template.DoesNotExist):
        raise Http404("no such template") from None
    chosen = request.GET.get("mailbox", "")
    mailbox = visible_mailbox(request.user, chosen) if chosen.isdigit() else None
    body = render_template_for_new_mail(template, mailbox, request.user)
    current = request.GET.get("body", "")
    text = (current.rstrip() + "\n\n" if current.strip() else "") + body
    return render(request, "madoguchi/_compose_body.html", {"reply_body": text})


@login_required
@require_GET
def new_mail_template_search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("template_q", "")[:200]
    return render(
        request,
        "madoguchi/_template_results.html",
        {"template_folders": picker_templates(request.user, query)},
    )


def unsigned_automatic_warning() -> str:
    return _(
        "This text is English and the mailbox has no English signature: it will be sent "
        "without a signature (a Japanese one is never put under English text). Add an "
        "English signature in the mailbox's settings."
    )


def unsigned_survey_warning() -> str:
    return _(
        "Customers who write in English get the survey in English, and the mailbox has no "
        "English signature: it will be sent to them without a signature (a Japanese one is "
        "never put under English text). Add an English signature in the mailbox's settings."
    )


@login_required
def acknowledgements(request: HttpRequest) -> HttpResponse:
    if not may_manage_policies(request.user):
        raise Http404("only leads set the acknowledgement")
    mailboxes = visible_mailbox_list(request.user)
    if request.method == "POST":
        form = AcknowledgementForm(request.POST)
        chosen = next(
            (m for m in mailboxes if form.is_valid() and m.pk == form.cleaned_data["mailbox"]),
            None,
        )
        if chosen is None:
            raise Http404("no such mailbox")
        data = form.cleaned_data
        try:
            set_auto_acknowledgement(
                request.user,
                chosen,
                enabled=data["enabled"],
                subject=data["subject"],
                text=data["text"],
            )
            messages.success(request, _("Acknowledgement saved."))
            if data["enabled"] and goes_unsigned(chosen, None, data["text"]):
                messages.warning(request, unsigned_automatic_warning())
        except ActionError as error:
            messages.error(request, str(error))
        return redirect_to(request, request.path)
    settings = {s.mailbox_id: s for s in AutoAcknowledgement.objects.filter(mailbox__in=mailboxes)}
    surveys = {s.mailbox_id: s for s in SatisfactionSetting.objects.filter(mailbox__in=mailboxes)}
    texts = {
        mailbox.pk: settings[mailbox.pk].text
        if mailbox.pk in settings
        else DEFAULT_ACKNOWLEDGEMENT_TEXT
        for mailbox in mailboxes
    }
    rows = [
        {
            "mailbox": mailbox,
            "setting": settings.get(mailbox.pk),
            "survey": surveys.get(mailbox.pk),
            "text": texts[mailbox.pk],
            # Nobody is asked when it goes: the lead is told here, where it is written.
            "unsigned": goes_unsigned(mailbox, None, texts[mailbox.pk]),
            "survey_unsigned": english_survey_goes_unsigned(mailbox),
        }
        for mailbox in mailboxes
    ]
    context = {"rows": rows, "survey_previews": survey_previews()}
    return render(request, "madoguchi/acknowledgements.html", context)


@login_required
@require_POST
def satisfaction_setting(request: HttpRequest) -> HttpResponse:
    """The customer satisfaction survey, switched on or off per mailbox (leads)."""
    if not may_manage_policies(request.user):
        raise Http404("only leads set the satisfaction survey")
    chosen = visible_mailbox(request.user, _number(request.POST.get("mailbox")))
    if chosen is None:
        raise Http404("no such mailbox")
    enabled = bool(request.POST.get("enabled"))
    try:
        set_satisfaction_survey(request.user, chosen, enabled=enabled)
    except ActionError as refused:  # no usable public address: it stays off (walk 13 F20)
        messages.error(request, str(refused))
        return redirect_to(request, reverse("acknowledgements"))
    messages.success(request, _("Satisfaction survey saved."))
    if enabled and english_survey_goes_unsigned(chosen):
        messages.warning(request, unsigned_survey_warning())
    return redirect_to(request, reverse("acknowledgements"))


def _number(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0
