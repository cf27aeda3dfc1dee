"""The follow-up to the customer (issue 14 item 4): when a conversation has waited on the
customer (返信待ち) for the SLA policy's number of business days, the policy's template is
mailed to them as the owner, through the send gate (path "followup" in actions/sending.py):
blanks and the team's blocking rules stop it, and the team's approval policies may hold it
for a lead rather than send it.

Called by check_reminders (actions/sla.py) inside its transaction, with the conversation
locked. A follow-up that cannot go (no owner, no customer address, the gate refused it) is
recorded on the conversation and the owner is reminded instead, so nobody misses it.
"""

from __future__ import annotations

import logging

from django.db import transaction

from madoguchi.actions.approval import hold_for_approval
from madoguchi.actions.base import ActionError, record_event
from madoguchi.actions.outbound import _outgoing, _touch
from madoguchi.actions.replies import _thread_headers, render_template, reply_all, reply_subject
from madoguchi.actions.sending import check_outgoing, compose_body, own_words
from madoguchi.models import Conversation, OutboxState, Template

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
    elif last_in is None or not last_in.from_address:
        refusal = "no customer address"
    if refusal or template is None or owner is None or last_in is None:
        return _not_sent(conversation, refusal)
    text = render_template(template, conversation, owner)
    # Where a reply of the owner's would go: the customer's Reply-To, else From.
    to = reply_all(conversation, last_in)[0] or [
        {"name": last_in.from_name, "address": last_in.from_address}
    ]
    try:
        with transaction.atomic():  # a refusal leaves nothing behind
            gate = check_outgoing(
                "followup",
                user=owner,
                conversation=conversation,
                own_text=text,
                recipients=[entry["address"] for entry in to],
            )
            message, item = _outgoing(
                conversation,
                to=to,
                subject=reply_subject(conversation),
                text=compose_body(conversation, owner, text, original=last_in).body,
                author=owner,
                in_reply_to=in_reply_to,
                references=references,
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
                {"message": message.pk, "template": template.name, "owner": owner.pk},
            )
    except ActionError as refused:
        return _not_sent(conversation, f"not sent: {refused}")
    return True


def _not_sent(conversation: Conversation, why: str) -> bool:
    log.info("no follow-up for conversation %s: %s", conversation.pk, why)
    record_event(conversation, None, "followup_not_sent", None, {"why": why})
    return False
