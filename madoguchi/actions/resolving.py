"""Before 対応済 from the conversation's Resolve button: what the person should know first.

s10 walk F26: Resolve (key e) closed a conversation whose customer had never had a reply,
with the agent's own reply still a draft in the box, without a word — and the satisfaction
survey then asks that customer to rate the support. Nothing is refused: an answer by phone
or a mail that needs none is a fine reason to resolve; the person is only told.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from madoguchi.actions.sending import latest_customer_message
from madoguchi.models import (
    Conversation,
    Direction,
    Draft,
    OutboxItem,
    OutboxState,
    SatisfactionSetting,
)
from madoguchi.models.satisfaction import survey_message_ids

# A reply that did not leave: the customer has not read it (walk 20 G1).
_NOT_DELIVERED = (OutboxState.FAILED, OutboxState.CANCELLED)


def resolve_warnings(conversation: Conversation, user: Any) -> list[str]:
    warnings = []
    failed = (
        OutboxItem.objects.filter(conversation=conversation, state=OutboxState.FAILED)
        .exclude(message_id__in=survey_message_ids())
        .exists()
    )
    last = latest_customer_message(conversation)
    if last is not None and not last.is_auto:
        answered = (
            conversation.messages.filter(
                direction=Direction.OUTGOING, is_auto=False, received_at__gte=last.received_at
            )
            .exclude(outbox__state__in=_NOT_DELIVERED)
            .exists()
        )
        if not answered and not failed:
            warnings.append(_("The customer's last mail has had no reply from us."))
    if failed:
        # Walk 20 G1: a reply that failed to send was taken for an answer, and the
        # conversation left every queue but 送信失敗 without a word.
        warnings.append(
            _(
                "A reply to this customer failed to send: they have not received it. Resend "
                "it from the conversation, or resolve anyway if they were answered another way."
            )
        )
    draft = Draft.objects.filter(conversation=conversation, author=user).only("body").first()
    # What the agent wrote, not the signature the box starts with (app.js reads it so too).
    if draft is not None and draft.body.split("\n-- \n")[0].strip():
        warnings.append(_("Your reply is still a draft: it has not been sent."))
    if (
        warnings
        and SatisfactionSetting.objects.filter(
            mailbox_id=conversation.mailbox_id, is_enabled=True
        ).exists()
    ):
        warnings.append(
            _(
                "The satisfaction survey is on for this mailbox: the customer will be asked "
                "to rate the support."
            )
        )
    return warnings
