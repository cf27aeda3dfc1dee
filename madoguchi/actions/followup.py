"""The follow-up to the customer (issue 14 item 4): when a conversation has waited on the
customer (返信待ち) for the SLA policy's number of business days, the policy's template is
mailed to them as the owner, through the send gate (path "followup" in actions/sending.py):
blanks and the team's blocking rules stop it, and the team's approval policies may hold it
for a lead rather than send it.

Called by check_reminders (actions/sla.py) inside its transaction, with the conversation
locked. A follow-up that cannot go (no owner, no customer address, the gate refused it) is
recorded on the conversation and the owner is reminded instead, so nobody misses it.

A customer who answers while the follow-up still waits (for approval, or in the outbox)
must not get "have you had a chance to look?" after writing: the ingest batch calls
`withdraw_followups`, which takes it back before any worker claims it.
"""

from __future__ import annotations

import logging
from collections.abc import Collection

from django.db import transaction
from django.db.models import F

from madoguchi.actions.approval import hold_for_approval
from madoguchi.actions.base import ActionError, now, record_event
from madoguchi.actions.outbound import _outgoing, _touch
from madoguchi.actions.replies import (
    _thread_headers,
    customer_recipients,
    render_template,
    reply_subject,
)
from madoguchi.actions.sending import check_outgoing, compose_body, goes_unsigned, own_words
from madoguchi.models import (
    ApprovalRequest,
    ApprovalState,
    Conversation,
    Event,
    Message,
    OutboxItem,
    OutboxState,
    Template,
)

FOLLOWUP_VERBS = ("followup_queued", "followup_awaiting_approval")
# Not gone yet: waiting for a lead, waiting in the outbox (or its undo window), or failed
# and waiting to be tried again. A row a worker holds (SENDING) is on its way: too late.
NOT_GONE = (OutboxState.AWAITING_APPROVAL, OutboxState.PENDING, OutboxState.FAILED)

log = logging.getLogger(__name__)


def send_followup(conversation: Conversation, template_id: int) -> bool:
    """Queue the follow-up (or hold it for approval); False when none could be queued."""
    owner = conversation.owner
    template = Template.objects.filter(pk=template_id).first()
    last_in, in_reply_to, references = _thread_headers(conversation)
    refusal = ""
    if template is None:
        refusal = "the template is gone"
    elif owner is None:
        refusal = "nobody owns the conversation"  # it is written as the owner
    to = customer_recipients(last_in) if last_in is not None else []
    if not refusal and not to:
        refusal = "no customer address (only our own or no-reply addresses)"
    if refusal or template is None or owner is None or last_in is None:
        return _not_sent(conversation, refusal)
    text = render_template(template, conversation, owner)
    try:
        with transaction.atomic():  # a refusal leaves nothing behind
            gate = check_outgoing(
                "followup",
                user=owner,
                conversation=conversation,
                own_text=text,
                recipients=[entry["address"] for entry in to],
            )
            composed = compose_body(conversation, owner, text, original=last_in)
            message, item = _outgoing(
                conversation,
                to=to,
                subject=reply_subject(conversation),
                text=composed.body,
                author=owner,
                in_reply_to=in_reply_to,
                references=references,
                language=composed.language,
            )
            item.own_text = own_words(text)  # what an approver reads and checks again
            fields = ["own_text"]
            if gate.needs_approval:
                item.state = OutboxState.AWAITING_APPROVAL
                fields.append("state")
            item.save(update_fields=fields)
            if gate.needs_approval:
                hold_for_approval(owner, item, gate.approval_reasons)
            _touch(conversation)
            record_event(
                conversation,
                None,
                "followup_awaiting_approval" if gate.needs_approval else "followup_queued",
                None,
                {"message": message.pk, "template": template.name, "owner": owner.pk}
                | ({"unsigned": True} if goes_unsigned(conversation.mailbox, owner, text) else {}),
            )
    except ActionError as refused:
        return _not_sent(conversation, f"not sent: {refused}")
    return True


def _not_sent(conversation: Conversation, why: str) -> bool:
    log.info("no follow-up for conversation %s: %s", conversation.pk, why)
    record_event(conversation, None, "followup_not_sent", None, {"why": why})
    return False


def withdraw_followups(conversation_ids: Collection[int], why: str = "customer_replied") -> int:
    """Take back every follow-up of these conversations that has not gone yet: the message
    is removed (the customer never gets it, the thread does not show it), a pending
    approval is closed as withdrawn, and the timeline says so. Returns how many."""
    if not conversation_ids:
        return 0
    queued = {
        int(event.after["message"]): event
        for event in Event.objects.filter(
            conversation_id__in=list(conversation_ids), verb__in=FOLLOWUP_VERBS
        ).only("conversation_id", "after")
        if isinstance(event.after, dict) and event.after.get("message")
    }
    if not queued:
        return 0
    # Here, not at the top: importing notify first reaches this module again (a cycle).
    from madoguchi.actions.notify import close_approval_requests

    withdrawn = 0
    for item in OutboxItem.objects.filter(message_id__in=list(queued), state__in=NOT_GONE):
        # One conditional UPDATE: a worker's claim and this can never both win.
        if not OutboxItem.objects.filter(pk=item.pk, state__in=NOT_GONE).update(
            state=OutboxState.CANCELLED
        ):
            continue
        template = str((queued[item.message_id].after or {}).get("template", ""))
        pending = ApprovalRequest.objects.filter(outbox_item=item, state=ApprovalState.PENDING)
        request_ids = list(pending.values_list("pk", flat=True))
        pending.update(state=ApprovalState.WITHDRAWN, decided_at=now(), author_seen_at=now())
        close_approval_requests(request_ids)
        Message.objects.filter(pk=item.message_id).delete()  # the outbox row goes with it
        Conversation.objects.filter(pk=item.conversation_id).update(
            message_count=F("message_count") - 1, version=F("version") + 1, updated_at=now()
        )
        record_event(
            Conversation(pk=item.conversation_id),
            None,
            "followup_withdrawn",
            {"state": item.state},
            {"why": why, "template": template},
        )
        log.info(
            "follow-up %s of conversation %s withdrawn: %s", item.pk, item.conversation_id, why
        )
        withdrawn += 1
    return withdrawn
