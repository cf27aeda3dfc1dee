"""Parsed mail crosses from the parse children to the storing process by pickle
(actions/budget.py); the parsed classes pickle as a tuple of their fields, so every field
must be in it: a field left out would be silently lost between the two processes."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime

from madoguchi.mail.message import Address, Attachment, ParsedMessage


def _everything_set() -> ParsedMessage:
    sender = Address("木村 太郎", "kimura@example.jp")
    attachment = Attachment("請求書.pdf", "application/pdf", 3, b"pdf", "part1@example.jp", True)
    return ParsedMessage(
        message_id="<a@example.jp>",
        in_reply_to="<b@example.jp>",
        references=("<c@example.jp>", "<b@example.jp>"),
        from_=sender,
        to=(Address("", "support@example.jp"),),
        cc=(Address("田中", "tanaka@example.jp"),),
        reply_to=(sender,),
        subject="返金について",
        date=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
        text="お世話になっております。",
        html="<p>お世話になっております。</p>",
        attachments=(attachment,),
        defects=("a defect",),
        auto_submitted=True,
        list_id="<list.example.jp>",
        headers=(("Thread-Index", "AQHZ"),),
    )


def test_it_keeps_every_field_of_a_parsed_mail_through_pickle() -> None:
    parsed = _everything_set()
    defaults = ParsedMessage(None, None, (), None, (), (), (), "", None, "", None, (), ())
    # The example sets every field to something other than its default...
    assert all(
        getattr(parsed, field.name) != getattr(defaults, field.name)
        for field in dataclasses.fields(ParsedMessage)
    )
    # ...and all of it comes back, with the same classes inside.
    again = pickle.loads(pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == parsed
    assert type(again.from_) is Address and type(again.attachments[0]) is Attachment
    assert again.attachments[0].payload == b"pdf" and again.attachments[0].inline
