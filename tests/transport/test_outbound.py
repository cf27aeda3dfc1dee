"""Forward, new mail and the auto-acknowledgement, checked on the bytes a real SMTP server
(aiosmtpd on loopback) received."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formatdate

import pytest
from django.contrib.auth.models import User

from madoguchi.actions.outbound import (
    acknowledge_new_conversations,
    forward,
    set_auto_acknowledgement,
    start_conversation,
)
from madoguchi.actions.replies import UploadedFile
from madoguchi.models import (
    Agent,
    Conversation,
    Direction,
    Event,
    Mailbox,
    Message,
    Role,
    Status,
    Template,
)
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

PDF = b"%PDF-1.4\n% invoice for order 1\n" + bytes(range(256)) * 4


def received(sink: SmtpSink, index: int = -1) -> EmailMessage:
    return message_from_bytes(sink.messages[index].data, policy=policy.default)  # type: ignore[return-value]


def text_of(mail: EmailMessage) -> str:
    body = mail.get_body(("plain",))
    assert body is not None
    return body.get_content()  # type: ignore[no-any-return]


def mail_with_attachment(sender: str) -> bytes:
    root = MIMEMultipart("mixed")
    root["From"] = sender
    root["To"] = "support@example.test"
    root["Subject"] = "請求書の件"
    root["Message-ID"] = "<invoice.1@example.jp>"
    root["Date"] = formatdate(localtime=True)
    root.attach(MIMEText("請求書を添付します。金額をご確認ください。\n", "plain", "utf-8"))
    pdf = MIMEApplication(PDF, "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "請求書.pdf"))
    root.attach(pdf)
    return root.as_bytes().replace(b"\n", b"\r\n")


def test_it_forwards_one_message_with_its_attachment_and_records_it(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, mail_with_attachment("customer@example.jp"))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    incoming = conversation.messages.get()
    status = conversation.status

    forward(
        alice,
        conversation,
        "経理 <accounting@partner.example>",
        "経理ご担当者様\n金額のご確認をお願いします。",
        message=incoming,
    )
    assert send_round().sent == 1

    mail = received(sink)
    assert mail["To"] == "経理 <accounting@partner.example>"
    assert mail["Subject"] == "Fwd: 請求書の件"
    assert "accounting@partner.example" in sink.messages[-1].recipients
    text = text_of(mail)
    assert text.startswith("経理ご担当者様\n金額のご確認をお願いします。\n")
    assert "From: customer@example.jp" in text
    assert "請求書を添付します。金額をご確認ください。" in text
    files = list(mail.iter_attachments())
    assert [part.get_filename() for part in files] == ["請求書.pdf"]
    assert files[0].get_content() == PDF
    # Recorded on the conversation: the event and the outgoing message; status untouched.
    conversation.refresh_from_db()
    assert conversation.status == status
    event = Event.objects.get(conversation=conversation, verb="forwarded")
    assert event.after["to"] == "accounting@partner.example" and event.after["attachments"] == 1
    sent = Message.objects.get(conversation=conversation, direction=Direction.OUTGOING)
    assert sent.attachments.get().filename == "請求書.pdf"


def test_a_forward_whose_file_is_gone_fails_visibly_and_sends_nothing(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    from pathlib import Path

    from django.conf import settings

    from madoguchi.actions.prepare import attachment_path
    from madoguchi.models import OutboxItem, OutboxState

    dovecot.deliver(mailbox.address, mail_with_attachment("customer@example.jp"))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    item = forward(alice, conversation, "accounting@partner.example")
    sha256 = item.message.attachments.get().sha256
    attachment_path(Path(settings.ATTACHMENT_DIR), sha256).unlink()

    assert send_round().failed == 1
    item.refresh_from_db()
    assert item.state == OutboxState.FAILED and "請求書.pdf" in item.last_error
    assert sink.messages == []
    assert OutboxItem.objects.filter(state=OutboxState.SENDING).count() == 0


def test_it_forwards_the_whole_conversation(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(1))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    forward(alice, conversation, "legal@partner.example")
    assert send_round().sent == 1
    text = text_of(received(sink))
    assert "注文番号 1 の返金について教えてください" in text


def test_a_forward_to_a_bad_address_is_refused_with_its_name(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> None:
    from madoguchi.actions.base import ActionError

    dovecot.deliver(mailbox.address, sample_mail(1))
    fetch(mailbox)
    conversation = Conversation.objects.get(mailbox=mailbox)
    with pytest.raises(ActionError, match="not-an-address"):
        forward(alice, conversation, "not-an-address")
    assert not Message.objects.filter(direction=Direction.OUTGOING).exists()


def test_a_new_mail_starts_a_conversation_and_is_delivered(
    sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    start_conversation(
        alice,
        mailbox,
        to="田中 <tanaka@client.example>",
        cc="boss@client.example",
        subject="お見積りのご案内",
        body="田中様\n\nお見積りをお送りします。",
        attachments=[UploadedFile("見積書.pdf", "application/pdf", PDF)],
    )
    assert send_round().sent == 1
    mail = received(sink)
    assert mail["Subject"] == "お見積りのご案内"
    assert mail["To"] == "田中 <tanaka@client.example>" and mail["Cc"] == "boss@client.example"
    assert text_of(mail).startswith("田中様\n\nお見積りをお送りします。\n")
    assert [part.get_content() for part in mail.iter_attachments()] == [PDF]
    conversation = Conversation.objects.get(mailbox=mailbox)
    assert conversation.status == Status.WAITING and conversation.owner == alice
    assert Event.objects.filter(conversation=conversation, verb="mail_started").exists()


def test_a_new_mail_only_from_a_mailbox_the_agent_may_use(
    dovecot: Dovecot, mailbox: Mailbox, alice: User
) -> None:
    from madoguchi.actions.base import NotAllowed

    other = Mailbox.objects.create(name="営業", address="sales@example.test")  # no team of hers
    with pytest.raises(NotAllowed):
        start_conversation(alice, other, to="x@client.example", subject="s", body="b")


def lead(mailbox: Mailbox) -> User:
    user = User.objects.create_user("lead", "lead@example.test", "pw")
    agent = Agent.objects.create(user=user, role=Role.LEAD)
    agent.teams.add(*mailbox.teams.all())
    return user


ACK = "お問い合わせを受け付けました。担当者より1営業日以内にご連絡いたします。"


def test_the_acknowledgement_goes_once_per_conversation_with_rfc_3834_headers(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<first.1@example.jp>"))
    fetch(mailbox)
    assert acknowledge_new_conversations() == 1
    assert send_round().sent == 1
    mail = received(sink)
    assert mail["Auto-Submitted"] == "auto-replied"
    assert mail["In-Reply-To"] == "<first.1@example.jp>"
    assert mail["To"].addresses[0].addr_spec == "customer1@example.jp"
    assert mail["Subject"] == "Re: 返金について (注文 1)"
    assert text_of(mail).startswith(ACK + "\n")

    # The customer writes again in the same conversation; the worker runs again: no second.
    dovecot.deliver(
        mailbox.address,
        sample_mail(2, sender="customer1@example.jp", in_reply_to="<first.1@example.jp>"),
    )
    fetch(mailbox)
    assert Conversation.objects.filter(mailbox=mailbox).count() == 1
    assert acknowledge_new_conversations() == 0
    send_round()
    acknowledgements = [m for m in sink.messages if b"Auto-Submitted: auto-replied" in m.data]
    assert len(acknowledgements) == 1


def test_an_acknowledgement_with_a_blank_left_in_it_is_never_sent(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    # The lead's text passes the same gate as every send (actions/sending.py, "auto_ack").
    text = "〇〇様\nお問い合わせを受け付けました。"
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=text)
    dovecot.deliver(mailbox.address, sample_mail(1, message_id="<blank.1@example.jp>"))
    fetch(mailbox)
    assert acknowledge_new_conversations() == 0
    send_round()
    assert not [m for m in sink.messages if b"Auto-Submitted: auto-replied" in m.data]


@pytest.mark.parametrize(
    ("header", "sender"),
    [
        ("Precedence: bulk", "news@shop.example"),
        ("List-Id: <announce.shop.example>", "news@shop.example"),
        ("Auto-Submitted: auto-generated", "system@shop.example"),
        ("", "noreply@shop.example"),
        ("", "MAILER-DAEMON@mx.example"),
    ],
)
def test_no_acknowledgement_to_bulk_automatic_or_no_reply_senders(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User, header: str, sender: str
) -> None:
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    raw = sample_mail(3, sender=sender)
    if header:
        raw = header.encode() + b"\r\n" + raw
    dovecot.deliver(mailbox.address, raw)
    fetch(mailbox)
    assert Conversation.objects.filter(mailbox=mailbox).count() == 1
    assert acknowledge_new_conversations() == 0
    assert send_round().claimed == 0
    assert sink.messages == []


def test_mail_from_before_the_acknowledgement_was_switched_on_is_not_answered(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    dovecot.deliver(mailbox.address, sample_mail(4))
    fetch(mailbox)
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    assert acknowledge_new_conversations() == 0


def test_a_rule_answers_with_its_template_once_instead_of_the_acknowledgement(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    from madoguchi.models import Rule, Template

    # Both would answer this mail: the rule's reply is the more specific, and it is the only one.
    set_auto_acknowledgement(lead(mailbox), mailbox, enabled=True, subject="", text=ACK)
    template = Template.objects.create(
        name="請求書の再発行",
        body="{customer_name} 様\n請求書の再発行は、マイページの「請求書」から"
        "24時間いつでも行えます。",
    )
    Rule.objects.create(
        name="請求書", conditions={"keywords": ["請求書"]}, actions={"auto_reply": template.pk}
    )
    dovecot.deliver(
        mailbox.address,
        sample_mail(
            7,
            subject="請求書の再発行",
            body="請求書を再発行してください。",
            message_id="<r.7@example.jp>",
        ),
    )
    dovecot.deliver(mailbox.address, sample_mail(8, message_id="<r.8@example.jp>"))
    fetch(mailbox)
    assert acknowledge_new_conversations() == 2
    assert send_round().sent == 2
    by_reply = {str(m["In-Reply-To"]): m for m in map(received, [sink] * 2, [0, 1])}
    rule_mail = by_reply["<r.7@example.jp>"]
    assert rule_mail["Auto-Submitted"] == "auto-replied"
    assert text_of(rule_mail).startswith("顧客 7 様\n請求書の再発行は、マイページ")
    assert ACK not in text_of(rule_mail)
    assert text_of(by_reply["<r.8@example.jp>"]).startswith(ACK)
    # The worker runs again: nobody gets a second automatic reply.
    assert acknowledge_new_conversations() == 0
    assert send_round().claimed == 0
    conversation = Conversation.objects.get(messages__message_id="<r.7@example.jp>")
    verbs = set(conversation.events.values_list("verb", flat=True))
    assert {"auto_reply_queued", "rule_reply"} <= verbs and "auto_acknowledged" not in verbs


def test_a_rules_reply_is_never_sent_to_a_no_reply_sender(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    from madoguchi.models import Rule, Template

    template = Template.objects.create(name="受付", body="受け付けました。")
    Rule.objects.create(name="全部", conditions={}, actions={"auto_reply": template.pk})
    dovecot.deliver(mailbox.address, sample_mail(9, sender="noreply@shop.example"))
    fetch(mailbox)
    assert acknowledge_new_conversations() == 0
    assert send_round().claimed == 0
    assert sink.messages == []


def test_a_new_mail_from_the_new_mail_page_reaches_smtp_as_written(
    sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    """/new/ (新規メール) with a template inserted: what aiosmtpd receives."""
    from django.test import Client

    template = Template.objects.create(name="ご案内", body="{agent_name}よりご案内いたします。")
    client = Client()
    client.force_login(alice)
    text = client.get(
        "/new/template/", {"template": template.pk, "mailbox": mailbox.pk, "body": "田中様"}
    ).content.decode()
    body = text.split(">", 1)[1].rsplit("</textarea>", 1)[0]
    assert body == "田中様\n\nAliceよりご案内いたします。"
    response = client.post(
        "/new/",
        {
            "mailbox": mailbox.pk,
            "to": "田中 <tanaka@client.example>",
            "subject": "お見積りのご案内（第2版）",
            "body": body,
        },
    )
    assert response.status_code == 303
    assert send_round().sent == 1
    envelope = sink.messages[-1]
    raw_head = envelope.data.split(b"\r\n\r\n", 1)[0].decode("ascii")  # no 8-bit header
    assert "Subject: =?utf-8?" in raw_head
    mail = received(sink)
    assert mail["Subject"] == "お見積りのご案内（第2版）"
    assert mail["From"].addresses[0].addr_spec == mailbox.address
    assert mail["To"] == "田中 <tanaka@client.example>"
    # The customer, and the envelope copy to our own mailbox (threading our Sent copy).
    assert set(envelope.recipients) == {"tanaka@client.example", mailbox.address}
    assert envelope.sender == mailbox.address
    sent = text_of(mail)
    assert sent.startswith("田中様\n\nAliceよりご案内いたします。\n")
    assert sent.count("佐藤 アリス") == 1  # the agent's signature, once
