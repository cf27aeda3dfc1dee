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
from madoguchi.models import Conversation, Direction, Draft, SatisfactionSetting


def resolve_warnings(conversation: Conversation, user: Any) -> list[str]:
    warnings = []
    last = latest_customer_message(conversation)
    if last is not None and not last.is_auto:
        answered = conversation.messages.filter(
            direction=Direction.OUTGOING, is_auto=False, received_at__gte=last.received_at
        ).exists()
        if not answered:
            warnings.append(_("The customer's last mail has had no reply from us."))
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
