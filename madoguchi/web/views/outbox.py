"""Replies that did not simply go out: failed ones to fix and resend, and the ones that
wait for a lead's approval (回し読み)."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from madoguchi.actions.base import ActionError, visible_conversations
from madoguchi.actions.outbox import discard_failed_reply
from madoguchi.actions.replies import approve_reply, retry_reply
from madoguchi.models import Conversation, OutboxItem, OutboxState
from madoguchi.models.satisfaction import survey_message_ids
from madoguchi.web.approval_queries import review_context  # wip-approval
from madoguchi.web.views.common import (
    action_view,
    conversation_or_404,
    conversation_url,
    redirect_to,
)


def moved_with_merge(request: HttpRequest, conversation: Conversation, item_id: int) -> int | None:
    """The conversation a reply of a merged conversation now belongs to (its outbox row
    went with the merge, actions/outbox.follow_merge), for a page of the merged
    conversation opened before the merge; None when it is not such a reply."""
    if conversation.merged_into_id is None:
        return None
    visible = visible_conversations(request.user).values("id")
    moved = OutboxItem.objects.filter(pk=item_id, conversation__in=visible)
    return moved.values_list("conversation_id", flat=True).first()


def _item_or_404(request: HttpRequest, conversation_id: int, item_id: int) -> OutboxItem:
    conversation = conversation_or_404(request, conversation_id)
    item = OutboxItem.objects.filter(pk=item_id, conversation=conversation).first()
    if item is None:
        # A page of the merged conversation opened before the merge: its replies went with
        # the merge, and are sent or discarded only there, where the team now works (walk
        # 13, F17: two places to send one reply from). Nothing is done from here.
        into = moved_with_merge(request, conversation, item_id)
        if into is not None:
            raise ActionError(
                _("This reply moved to #%(id)d with the merge: send or discard it there.")
                % {"id": into}
            )
    if item is None:
        raise Http404("no such reply")
    return item


def _act_on(
    request: HttpRequest,
    conversation_id: int,
    item_id: int,
    act: Callable[[OutboxItem], object],
    done: str,
) -> HttpResponse:
    act(_item_or_404(request, conversation_id, item_id))
    messages.success(request, done)
    return redirect_to(request, conversation_url(conversation_id))


@action_view
def retry(request: HttpRequest, conversation_id: int, item_id: int) -> HttpResponse:
    return _act_on(
        request,
        conversation_id,
        item_id,
        lambda item: retry_reply(request.user, item, body=request.POST.get("body")),
        _("The reply is back in the outbox and will be sent again."),
    )


@action_view
def discard(request: HttpRequest, conversation_id: int, item_id: int) -> HttpResponse:
    item = _item_or_404(request, conversation_id, item_id)
    survey = survey_message_ids().filter(message_id=item.message_id).exists()
    discard_failed_reply(request.user, item)  # the survey's link to its message goes with it
    if survey:
        done = _("The failed satisfaction survey was discarded: it will not be sent.")
    else:
        done = _("The failed reply was discarded: it will not be sent.")
    messages.success(request, done)
    return redirect_to(request, conversation_url(conversation_id))


@action_view
def approve(request: HttpRequest, conversation_id: int, item_id: int) -> HttpResponse:
    return _act_on(
        request,
        conversation_id,
        item_id,
        lambda item: approve_reply(request.user, item),
        _("Approved: the reply will be sent."),
    )


@login_required
def approvals(request: HttpRequest) -> HttpResponse:
    # wip-approval: approvers by policy, and authors reading what became of their replies.
    review = review_context(request.user)
    if not (review["may_review"] or review["decisions"] or review["waiting"]):
        raise Http404("only approvers approve replies")
    failed = (
        OutboxItem.objects.filter(
            state=OutboxState.FAILED,
            conversation__in=visible_conversations(request.user).values("id"),
        )
        .select_related("conversation", "message__author__agent")
        .order_by("-created_at")[:200]
    )
    return render(request, "madoguchi/approvals.html", {**review, "failed": failed})
