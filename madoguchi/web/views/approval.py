"""Approval by policy: the leads' policy pages, the compose box's "will this go to
approval?" check, and the approver's decision (approve, edit then send, send back)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from madoguchi.actions.approval import approve, check_reply, reasons_from_json, send_back
from madoguchi.actions.approval_policies import (
    delete_policy,
    managed_policies,
    may_manage_policies,
    save_policy,
)
from madoguchi.actions.base import ActionError
from madoguchi.models import OutboxItem
from madoguchi.web.approval_forms import ApprovalCheckForm, ApprovalPolicyForm, ReviewForm
from madoguchi.web.views.common import action_view, back_to, conversation_or_404


@login_required
def policies(request: HttpRequest) -> HttpResponse:
    if not may_manage_policies(request.user):
        raise Http404("only leads define approval policies")
    rows = (
        managed_policies(request.user)
        .select_related("team", "mailbox")
        .prefetch_related("agents__agent", "labels", "approvers__agent")
    )
    return render(request, "madoguchi/approval_policies.html", {"policies": rows})


@login_required
def policy_edit(request: HttpRequest, policy_id: int | None = None) -> HttpResponse:
    if not may_manage_policies(request.user):
        raise Http404("only leads define approval policies")
    policy = get_object_or_404(managed_policies(request.user), pk=policy_id) if policy_id else None
    form = ApprovalPolicyForm(request.POST or None, instance=policy, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            save_policy(request.user, form)
        except ActionError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Approval policy saved."))
            return HttpResponseRedirect(reverse("approval_policies"), status=303)
    return render(request, "madoguchi/approval_policy_edit.html", {"form": form, "policy": policy})


@action_view
def policy_delete(request: HttpRequest, policy_id: int) -> HttpResponse:
    if not may_manage_policies(request.user):
        raise Http404("only leads define approval policies")
    delete_policy(request.user, get_object_or_404(managed_policies(request.user), pk=policy_id))
    messages.success(request, _("Approval policy deleted."))
    return HttpResponseRedirect(reverse("approval_policies"), status=303)


@login_required
@require_POST
def approval_check(request: HttpRequest, conversation_id: int) -> HttpResponse:
    """htmx, as the agent writes: the reasons this draft would go to approval."""
    conversation = conversation_or_404(request, conversation_id)
    form = ApprovalCheckForm(request.POST)
    reasons = []
    if form.is_valid():
        data = form.cleaned_data
        reasons = check_reply(
            request.user,
            conversation,
            data["body"],
            to=data["to"],
            cc=data["cc"],
            bcc=data["bcc"],
            attachment_count=data["attachment_count"] or 0,
        )
    return render(request, "madoguchi/_approval_check.html", {"reasons": reasons})


@action_view
def review(request: HttpRequest, conversation_id: int, item_id: int) -> HttpResponse:
    conversation = conversation_or_404(request, conversation_id)
    item = OutboxItem.objects.filter(pk=item_id, conversation=conversation).first()
    if item is None:
        raise Http404("no such reply")
    form = ReviewForm(request.POST)
    if not form.is_valid():
        raise ActionError(_("Choose approve, edit or send back."))
    data = form.cleaned_data
    if data["decision"] == "return":
        send_back(request.user, item, data["comment"])
        messages.success(request, _("Sent back to the author with your comment."))
    elif data["decision"] == "edit":
        approve(request.user, item, text=data["text"])
        messages.success(request, _("Approved with your edits: the reply will be sent."))
    else:
        approve(request.user, item)
        messages.success(request, _("Approved: the reply will be sent."))
    return back_to(request, reverse("approvals"))


def sent_to_approval_message(item: OutboxItem) -> str:
    """The flash after 送信 when the reply waits: it was not sent, and why it waits."""
    request = getattr(item, "approval", None)
    reasons = "; ".join(
        reason.text for reason in reasons_from_json(request.reasons if request else [])
    )
    return _("Sent to approval, not to the customer yet: %(reasons)s") % {"reasons": reasons}
