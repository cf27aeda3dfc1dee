"""An audit of what a reply looks like at the customer's server (aiosmtpd on loopback) and in
the mailbox's Sent folder (Dovecot): every header a mail client reads, the body byte for
byte, lines within RFC 5322's 998 octets, and a connection lost after DATA never making a
second copy."""

from __future__ import annotations

import re
from datetime import timedelta
from email import message_from_bytes, policy
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, parsedate_to_datetime
from typing import Any

import pytest
from django.contrib.auth.models import User

from madoguchi.actions import sla
from madoguchi.actions.approval import approve
from madoguchi.actions.base import now
from madoguchi.actions.outbound import acknowledge_new_conversations, set_auto_acknowledgement
from madoguchi.actions.replies import send_reply
from madoguchi.actions.sla import check_reminders
from madoguchi.mail.parse import parse_message
from madoguchi.models import (
    Acknowledged,
    Agent,
    ApprovalPolicy,
    Conversation,
    Event,
    Mailbox,
    OutboxItem,
    OutboxState,
    Role,
    SlaPolicy,
    Status,
    Template,
)
from madoguchi.models.mailboxes import QuoteStyle
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, folder_message_ids, imap_client, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

CUSTOMER_ID = "<question-1@customer.example>"
EARLIER_ID = "<first-1@customer.example>"
# A comma to quote, and too long for one RFC 2047 encoded word.
MAILBOX_NAME = "株式会社サンプル, カスタマーサポート窓口 東京本社"


def customer_mail(
    mailbox: Mailbox,
    body: str = "返金はいつになりますか？\n",
    sender: str = "taro@customer.example",
    reply_to: str = "",
    sender_name: str = "山田 太郎",
) -> bytes:
    message = MIMEText(body, "plain", "utf-8")
    message["From"] = formataddr((str(Header(sender_name, "utf-8")), sender))
    if reply_to:
        message["Reply-To"] = reply_to
    message["To"] = mailbox.address
    message["Cc"] = "boss@customer.example"
    message["Subject"] = Header("返金について", "utf-8")
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = CUSTOMER_ID
    message["References"] = EARLIER_ID
    return message.as_bytes()


@pytest.fixture
def audited(mailbox: Mailbox) -> Mailbox:
    """A mailbox whose display name needs encoding and quoting, both signatures, no quote."""
    Mailbox.objects.filter(pk=mailbox.pk).update(
        name=MAILBOX_NAME,
        signature="株式会社サンプル サポート窓口",
        signature_en="Sample Inc. Customer Support",
        quote_style=QuoteStyle.NONE,
        confirm_before_send="never",
    )
    mailbox.refresh_from_db()
    return mailbox


@pytest.fixture
def agent(audited: Mailbox) -> User:
    user = User.objects.create_user("carol", "carol@example.test", "pw")
    user.is_superuser = True
    user.save()
    Agent.objects.create(user=user, display_name="Carol")
    return user


def conversation_for(dovecot: Dovecot, mailbox: Mailbox, **mail: str) -> Conversation:
    dovecot.deliver(mailbox.address, customer_mail(mailbox, **mail))
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def sent_folder_copies(mailbox: Mailbox) -> list[bytes]:
    client = imap_client(mailbox)
    try:
        client.select_folder(mailbox.sent_folder, readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        return [data[b"BODY[]"] for data in fetched.values()]
    finally:
        client.logout()


def encoded_words(data: bytes) -> list[bytes]:
    header_block = data.split(b"\r\n\r\n", 1)[0]
    return re.findall(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", header_block)


def lines_of(data: bytes) -> list[bytes]:
    assert b"\n" not in data.replace(b"\r\n", b""), "a bare LF on the wire"
    return data.split(b"\r\n")


def test_a_reply_carries_every_header_a_mail_client_reads_and_the_sent_copy_is_the_same(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    text = "山田様\n\n明日返金いたします。"
    item = send_reply(agent, conversation, text, seen_at=now(), bcc="lead@example.test")

    assert send_round().sent == 1

    [mail] = sink.messages
    headers = message_from_bytes(mail.data, policy=policy.default)
    # Read as RFC 2047 6.2 says (no space between adjacent encoded words), as mail clients
    # and madoguchi's parser do; the stdlib's policy.default adds one inside a phrase.
    parsed = parse_message(mail.data)
    assert parsed.from_ is not None
    assert (parsed.from_.name, parsed.from_.address) == (MAILBOX_NAME, audited.address)
    assert [a.addr_spec for a in headers["To"].addresses] == ["taro@customer.example"]
    assert headers["To"].addresses[0].display_name == "山田 太郎"
    assert [a.addr_spec for a in headers["Cc"].addresses] == ["boss@customer.example"]
    assert headers["Subject"].startswith("Re: 返金について [#")  # the ticket number tag
    assert headers["In-Reply-To"] == CUSTOMER_ID
    assert headers["References"].split() == [EARLIER_ID, CUSTOMER_ID]
    assert headers["Message-ID"] == item.message.message_id
    assert headers["Message-ID"].endswith("@" + audited.address.rpartition("@")[2] + ">")
    assert headers["MIME-Version"] == "1.0"
    assert abs((parsedate_to_datetime(headers["Date"]) - now()).total_seconds()) < 120
    assert headers.get_content_type() == "text/plain"
    assert headers.get_content_charset() == "utf-8"
    assert headers["Content-Transfer-Encoding"] == "base64"
    assert "Auto-Submitted" not in headers  # a person wrote it (RFC 3834 5)
    assert headers.get_content() == text + "\n\n-- \n株式会社サンプル サポート窓口\n"
    # Bcc: in the envelope, nowhere in the bytes; the mailbox's own copy rides the envelope.
    assert set(mail.recipients) == {
        "taro@customer.example",
        "boss@customer.example",
        "lead@example.test",
        audited.address,
    }
    assert b"lead@example.test" not in mail.data
    assert all(len(line) <= 998 for line in lines_of(mail.data))
    # RFC 2047 2: an encoded word is at most 75 characters (the long name is split).
    assert encoded_words(mail.data) and all(len(word) <= 75 for word in encoded_words(mail.data))
    # What the team keeps in Sent is what the customer got, byte for byte.
    assert sent_folder_copies(audited) == [mail.data]
    item.refresh_from_db()
    assert item.state == OutboxState.SENT and item.message.raw.data == mail.data
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING


def test_an_english_reply_with_a_from_line_and_a_2000_character_line_arrives_unchanged(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    paragraph = "Thank you for your patience. " * 70  # a paragraph typed as one line
    link = "https://example.test/refunds?token=" + "a1b2" * 300  # no space to break at
    text = f"Dear Taro,\n\nFrom Monday your refund is on its way.\n{paragraph}\n{link}"

    send_reply(agent, conversation, text, seen_at=now())
    assert send_round().sent == 1

    [mail] = sink.messages
    # RFC 5322 2.1.1: relays break or refuse longer lines.
    assert all(len(line) <= 998 for line in lines_of(mail.data))
    # compat32's mbox habit once turned the line into ">From Monday".
    assert parse_message(mail.data).text == (
        text.rstrip() + "\n\n-- \nSample Inc. Customer Support\n"
    )
    assert b"\r\n>From" not in mail.data


def test_a_long_japanese_line_in_iso_2022_jp_stays_jis_and_within_the_line_limit(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    Mailbox.objects.filter(pk=audited.pk).update(outgoing_charset="iso-2022-jp")
    conversation = conversation_for(dovecot, audited)
    # 2,000 full-width characters on one line are over 4,000 octets in JIS.
    text = "山田様\n\n" + "ご返金の手続きを進めております。" * 125 + "\nFrom 佐藤"

    send_reply(agent, conversation, text, seen_at=now())
    assert send_round().sent == 1

    [mail] = sink.messages
    assert all(len(line) <= 998 for line in lines_of(mail.data))
    headers = message_from_bytes(mail.data, policy=policy.default)
    assert headers.get_content_charset() == "iso-2022-jp"
    parsed = parse_message(mail.data)
    assert parsed.from_ is not None and parsed.from_.name == MAILBOX_NAME
    assert b"=?iso-2022-jp?b?" in mail.data  # the name and subject in JIS encoded words
    assert all(len(word) <= 75 for word in encoded_words(mail.data))
    assert parse_message(mail.data).text == text + "\n\n-- \n株式会社サンプル サポート窓口\n"


def test_a_short_iso_2022_jp_reply_stays_7bit_as_rfc_1468_has_it(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    Mailbox.objects.filter(pk=audited.pk).update(outgoing_charset="iso-2022-jp")
    conversation = conversation_for(dovecot, audited)

    send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    send_round()

    [mail] = sink.messages
    assert b"Content-Transfer-Encoding: 7bit" in mail.data
    assert b"\x1b$B" in mail.data  # JIS X 0208 in the body itself
    assert parse_message(mail.data).text.startswith("山田様\n\n承知しました。\n\n-- \n")


def drop_after_data(sink: SmtpSink, *, accept: bool) -> None:
    """The next DATA is answered by a dropped connection: after the server accepted the
    mail (delivered and recorded, like an MTA whose "250" was lost on the way) or before."""
    handler = sink.controller.handler
    original = handler.handle_DATA

    async def handle_data(server: Any, session: Any, envelope: Any) -> str:
        handler.handle_DATA = original  # once
        if accept:
            await original(server, session, envelope)
        server.transport.abort()
        return "250 2.0.0 Ok: queued"  # never reaches the client

    handler.handle_DATA = handle_data


def due_for_check(item: OutboxItem) -> None:
    OutboxItem.objects.filter(pk=item.pk).update(lease_until=now() - timedelta(seconds=1))


def test_a_reply_the_server_accepted_before_the_connection_dropped_is_not_sent_twice(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    drop_after_data(sink, accept=True)

    assert send_round().retried == 1
    assert len(sink.messages) == 1  # the customer has it once already
    item.refresh_from_db()
    assert item.state == OutboxState.SENDING and "may have been accepted" in item.last_error

    due_for_check(item)
    assert send_round().recovered == 1

    assert len(sink.messages) == 1
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    assert folder_message_ids(audited, "Sent") == [item.message.message_id]


def test_a_reply_lost_with_the_connection_before_acceptance_goes_once_with_one_message_id(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    drop_after_data(sink, accept=False)

    assert send_round().retried == 1
    assert sink.messages == []
    due_for_check(item)
    assert send_round().sent == 1

    [mail] = sink.messages
    assert mail.message_id == item.message.message_id
    item.refresh_from_db()
    assert item.state == OutboxState.SENT
    conversation.refresh_from_db()
    assert conversation.status == Status.WAITING


def test_a_dropped_connection_without_imap_to_check_fails_visibly_instead_of_resending(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    conversation = conversation_for(dovecot, audited)
    Mailbox.objects.filter(pk=audited.pk).update(imap_host="")
    item = send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    drop_after_data(sink, accept=True)

    assert send_round().failed == 1

    assert len(sink.messages) == 1
    item.refresh_from_db()
    assert item.state == OutboxState.FAILED
    assert "check before resending" in item.last_error
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN  # the team sees it still owes an answer


def test_a_reply_to_a_contact_forms_mail_goes_to_its_reply_to_not_the_forms_no_reply(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    customer = formataddr((str(Header("山田 太郎", "utf-8")), "taro@customer.example"))
    conversation = conversation_for(
        dovecot,
        audited,
        sender="no-reply@form.example",
        reply_to=f"{customer}, {audited.address}",  # our own address is never a recipient
    )

    send_reply(agent, conversation, "山田様\n\n承知しました。", seen_at=now())
    send_round()

    [mail] = sink.messages
    headers = message_from_bytes(mail.data, policy=policy.default)
    assert [str(address) for address in headers["To"].addresses] == [
        "山田 太郎 <taro@customer.example>"
    ]
    assert "no-reply@form.example" not in mail.recipients
    assert set(mail.recipients) == {
        "taro@customer.example",
        "boss@customer.example",
        audited.address,  # the envelope-only copy for the exactly-once check
    }


def test_the_follow_up_to_a_contact_forms_mail_goes_to_its_reply_to_too(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    template = Template.objects.create(name="フォローアップ", body="その後いかがでしょうか。")
    SlaPolicy.objects.create(name="標準", remind_after_days=1, followup_template=template)
    sla.forget_setup()
    conversation = conversation_for(
        dovecot, audited, sender="no-reply@form.example", reply_to="taro@customer.example"
    )
    send_reply(agent, conversation, "確認いたします。", seen_at=now(), cc="")
    assert send_round().sent == 1
    conversation.refresh_from_db()
    assert conversation.reminder_at is not None

    assert check_reminders(conversation.reminder_at) == 1
    assert send_round().sent == 1

    reply, followup = sink.messages
    assert "no-reply@form.example" not in reply.recipients + followup.recipients
    headers = message_from_bytes(followup.data, policy=policy.default)
    assert [a.addr_spec for a in headers["To"].addresses] == ["taro@customer.example"]
    assert headers["In-Reply-To"] == CUSTOMER_ID


def test_an_approver_edits_a_reply_quoting_the_customers_masked_card_number_and_it_goes(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, alice: User, agent: User
) -> None:
    Mailbox.objects.filter(pk=audited.pk).update(quote_style=QuoteStyle.JAPANESE)
    Agent.objects.filter(user=agent).update(role=Role.LEAD)
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    conversation = conversation_for(
        dovecot, audited, body="カード XXXX-XXXX-1234 の〇〇円の返金はいつですか？\n"
    )
    item = send_reply(alice, conversation, "山田様\n\n返金いたします。", seen_at=now())
    item.refresh_from_db()
    assert item.state == OutboxState.AWAITING_APPROVAL
    edited = item.message.text.replace("返金いたします。", "本日返金いたしました。")

    approve(agent, item, text=edited.replace("\n", "\r\n"))  # as a browser posts it
    assert send_round().sent == 1

    [mail] = sink.messages
    received = parse_message(mail.data).text
    assert received == edited
    assert received.count("-- \n佐藤 アリス") == 1  # the author's signature, once
    assert received.count("> カード XXXX-XXXX-1234") == 1  # the quote, once


def test_an_autoresponder_that_marks_nothing_gets_one_acknowledgement_not_a_loop(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    # RFC 3834 5.1: one automatic answer per sender for a while. An old 自動応答 that sets
    # no Auto-Submitted, no Precedence and no In-Reply-To answers every acknowledgement
    # with a new mail, which starts a new conversation each time.
    Agent.objects.filter(user=agent).update(role=Role.LEAD)
    set_auto_acknowledgement(agent, audited, enabled=True, subject="", text="受け付けました。")
    dovecot.deliver(audited.address, sample_mail(1, sender="info@old-shop.example"))
    fetch(audited)
    assert acknowledge_new_conversations() == 1
    assert send_round().sent == 1

    for number in (2, 3):  # the autoresponder's answers to our acknowledgements
        dovecot.deliver(
            audited.address,
            sample_mail(
                number,
                sender="info@old-shop.example",
                subject="自動応答：お問い合わせありがとうございます",
                body="このメールは自動応答です。\n",
            ),
        )
        fetch(audited)
        acknowledge_new_conversations()
        send_round()

    # The autoresponder's second answer joins its first: 「自動応答：」 is an out-of-office
    # prefix, so "自動応答：お問い合わせありがとうございます" is a reply to that subject.
    assert Conversation.objects.filter(mailbox=audited).count() == 2
    assert [m.recipients[0] for m in sink.messages] == ["info@old-shop.example"]
    skipped = Acknowledged.objects.exclude(skipped_because="").values_list(
        "skipped_because", flat=True
    )
    assert len(skipped) == 1 and all("info@old-shop.example" in text for text in skipped)


def test_a_follow_up_never_greets_a_customer_without_a_name_as_just_sama(
    dovecot: Dovecot, sink: SmtpSink, audited: Mailbox, agent: User
) -> None:
    body = "{customer_name}様\n\nその後いかがでしょうか。"
    template = Template.objects.create(name="フォローアップ", body=body)
    SlaPolicy.objects.create(name="標準", remind_after_days=1, followup_template=template)
    sla.forget_setup()
    conversation = conversation_for(dovecot, audited, sender_name="")  # From: a bare address
    assert conversation.customer is not None and conversation.customer.name == ""
    send_reply(agent, conversation, "確認いたします。", seen_at=now(), cc="")
    assert send_round().sent == 1
    conversation.refresh_from_db()

    check_reminders(conversation.reminder_at)
    send_round()

    assert len(sink.messages) == 1  # the agent's reply only; no mail starting "様"
    assert Event.objects.filter(conversation=conversation, verb="followup_not_sent").exists()
