"""Every way a mail leaves madoguchi, read at the real SMTP server: what the customer (or
the colleague a forward goes to) receives.

One case per path (actions/sending.py's SEND_PATHS and the flows around them: reply,
reply-all, forward, new mail, a reply sent back and re-sent, an approved reply, a reply
held by the undo window, a follow-up, a rule's automatic reply, a template that signs off
itself, English and Japanese with and without an English signature). Every case asserts
the same things on the bytes: the signature exactly once (or none where the agent agreed
to none), the customer's words quoted at most once, no blank left, the right From, To,
Cc and Subject (Japanese subjects RFC 2047 encoded, "Re: " once), In-Reply-To and
References on a reply, one Message-ID per mail, and each mail delivered once — also after
a worker that died mid-send was replaced.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.header import decode_header, make_header
from email.mime.text import MIMEText
from email.utils import formataddr, formatdate, getaddresses

import pytest
from django.contrib.auth.models import User
from django.test import Client

from madoguchi.actions.approval import approve, send_back
from madoguchi.actions.base import now
from madoguchi.actions.conversations import set_status
from madoguchi.actions.followup import send_followup
from madoguchi.actions.outbound import (
    acknowledge_new_conversations,
    forward,
    set_auto_acknowledgement,
    start_conversation,
)
from madoguchi.actions.outbox import cancel_reply
from madoguchi.actions.replies import UploadedFile, compose_template, retry_reply, send_reply
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.actions.sending import NeedsConfirmation
from madoguchi.mail.compose import compose
from madoguchi.mail.parse import parse_message
from madoguchi.models import (
    Agent,
    ApprovalPolicy,
    Conversation,
    Draft,
    Event,
    Mailbox,
    OutboxItem,
    OutboxState,
    Role,
    RuleReply,
    Status,
    Template,
)
from madoguchi.models.mailboxes import QuoteStyle
from madoguchi.transport import smtp
from madoguchi.transport.endpoints import smtp_endpoint
from madoguchi.transport.outbox import OutboxConfig, claim_due
from madoguchi.worker.sending import outgoing_mail
from tests.support.servers import Dovecot, SmtpSink, free_port
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch, send_round

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

CUSTOMER = "taro@customer.example"
COLLEAGUE = "hanako@customer.example"  # on the customer's Cc: reply-all keeps her
JA_QUESTION = "注文した商品の返金はいつになりますか？"
EN_QUESTION = "When will I get my refund?"
JA_SIGNATURE = "佐藤 アリス\n株式会社サンプル"
EN_SIGNATURE = "Alice Sato\nSample Inc. Support"
MAILBOX_SIGNATURE = "株式会社サンプル サポート窓口"
JA_TEXT = "山田様\n\n返金は来週になります。"
_TAG = re.compile(r" \[#\d+\]$")  # the conversation's number, added on purpose
_BLANK = re.compile(r"\{[a-z_]+\}|〇〇|○○")


@dataclass
class World:
    dovecot: Dovecot
    sink: SmtpSink
    mailbox: Mailbox
    alice: User
    lead: User

    def customer_mail(
        self, *, english: bool = False, subject: str = "", signature: str = ""
    ) -> Conversation:
        text = EN_QUESTION if english else JA_QUESTION
        if signature:  # the customer's own, under their "-- " line
            text += "\n\n-- \n" + signature
        message = MIMEText(text + "\n", "plain", "utf-8")
        message["From"] = formataddr(("John Smith" if english else "山田 太郎", CUSTOMER))
        message["To"] = self.mailbox.address
        message["Cc"] = COLLEAGUE
        message["Subject"] = subject or ("Refund" if english else "返金について")
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = "<refund-1@customer.example>"
        self.dovecot.deliver(self.mailbox.address, message.as_bytes())
        fetch(self.mailbox)
        return Conversation.objects.get(mailbox=self.mailbox)


@dataclass(frozen=True)
class Expected:
    to: tuple[str, ...]
    subject: str
    signature: str | None  # the signature under the text; None: the mail goes unsigned
    own_words: str  # a line of the text written for this mail, there once
    cc: tuple[str, ...] = ()
    reply: bool = True  # In-Reply-To and References to the customer's mail
    quoted: str = ""  # the customer's words, at most once ("" = not checked)
    absent: tuple[str, ...] = ()  # must not be anywhere in the text
    automatic: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def ja_reply(world: World) -> Expected:
    conversation = world.customer_mail()
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def ja_reply_all(world: World) -> Expected:
    conversation = world.customer_mail()
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now())
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "返金は来週になります。",
        cc=(COLLEAGUE,),
        quoted=JA_QUESTION,
    )


def reply_to_a_re_subject(world: World) -> Expected:
    conversation = world.customer_mail(subject="Re: 返金について")
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def forwarded(world: World) -> Expected:
    conversation = world.customer_mail()
    forward(world.alice, conversation, "keiri@partner.example", "経理ご担当様\n\nご確認ください。")
    # The team's note, signed as a reply is, then the thread.
    return Expected(
        ("keiri@partner.example",),
        "Fwd: 返金について",
        JA_SIGNATURE,
        "ご確認ください。",
        reply=False,
        quoted=JA_QUESTION,
    )


def forwarded_with_the_customers_signature(world: World) -> Expected:
    """The customer's mail ends with their "-- " signature: that is theirs, not ours; ours
    still goes under the note, once, above the forwarded mail."""
    conversation = world.customer_mail(signature="山田 太郎\n山田商事株式会社")
    forward(world.alice, conversation, "keiri@partner.example", "経理ご担当様\n\nご確認ください。")
    return Expected(
        ("keiri@partner.example",),
        "Fwd: 返金について",
        JA_SIGNATURE,
        "ご確認ください。",
        reply=False,
        quoted="山田商事株式会社",
        extra={"signed_above": "山田商事株式会社", "their_separators": "1"},
    )


def forwarded_without_a_note_in_english(world: World) -> Expected:
    Agent.objects.filter(user=world.alice).update(signature_en=EN_SIGNATURE)
    conversation = world.customer_mail(english=True)
    forward(world.alice, conversation, "billing@partner.example")
    # No note: signed all the same, in the forwarded mail's language.
    return Expected(
        ("billing@partner.example",),
        "Fwd: Refund",
        EN_SIGNATURE,
        EN_QUESTION,
        reply=False,
        absent=("佐藤", "株式会社"),
        extra={"signed_above": EN_QUESTION},
    )


def new_mail(world: World) -> Expected:
    start_conversation(
        world.alice,
        world.mailbox,
        to="新規 顧客 <new@client.example>",
        subject="お見積りのご案内",
        body="新規様\n\nお見積りをお送りします。",
    )
    return Expected(
        ("new@client.example",),
        "お見積りのご案内",
        JA_SIGNATURE,
        "お見積りをお送りします。",
        reply=False,
    )


def sent_back_and_resent(world: World) -> Expected:
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    conversation = world.customer_mail()
    item = send_reply(world.alice, conversation, JA_TEXT, seen_at=now())
    assert send_round().sent == 0  # held for the lead
    send_back(world.lead, item, "日付を書いてください")
    draft = Draft.objects.get(conversation=conversation, author=world.alice)
    again = send_reply(
        world.alice,
        conversation,
        draft.body.replace("来週", "12月8日").replace("\n", "\r\n"),
        seen_at=now(),
        cc=draft.cc,
    )
    approve(world.lead, again)
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "返金は12月8日になります。",
        cc=(COLLEAGUE,),
        quoted=JA_QUESTION,
        absent=("来週",),
    )


def approved_as_edited(world: World) -> Expected:
    ApprovalPolicy.objects.create(name="返金チェック", words="返金")
    conversation = world.customer_mail()
    item = send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    # The approver edits the mail as the customer will read it (signature and quote shown).
    edited = item.message.text.replace("来週", "12月8日")
    approve(world.lead, item, edited.replace("\n", "\r\n"))
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "返金は12月8日になります。",
        quoted=JA_QUESTION,
        absent=("来週",),
    )


def held_by_the_undo_window(world: World) -> Expected:
    """There is no "send at" in madoguchi: the only deferred send is the undo window."""
    Mailbox.objects.filter(pk=world.mailbox.pk).update(send_delay_seconds=60)
    conversation = world.customer_mail()
    item = send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    assert send_round().sent == 0 and world.sink.messages == []
    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=now() - timedelta(seconds=1))
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def followup(world: World) -> Expected:
    conversation = world.customer_mail()
    template = Template.objects.create(
        name="その後", body="{customer_name}様\n\nその後いかがでしょうか。", language="ja"
    )
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    conversation.refresh_from_db()
    assert send_followup(conversation, template.pk)
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "その後いかがでしょうか。",
        quoted=JA_QUESTION,
    )


def rule_auto_reply(world: World) -> Expected:
    conversation = world.customer_mail()
    template = Template.objects.create(
        name="返金の自動返信",
        body="{customer_name}様\n\n返金のお問い合わせを受け付けました。",
        language="ja",
    )
    RuleReply.objects.create(
        conversation=conversation, template=template, rule_name="返金", created_at=now()
    )
    assert acknowledge_new_conversations() == 1
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        MAILBOX_SIGNATURE,
        "返金のお問い合わせを受け付けました。",
        quoted=JA_QUESTION,
        automatic=True,
    )


def template_with_the_signature(world: World) -> Expected:
    conversation = world.customer_mail()
    template = Template.objects.create(
        name="返金のご案内",
        body="{customer_name}様\n\n返金は来週になります。\n\n佐藤 アリス\n株式会社サンプル",
        language="ja",
    )
    text = compose_template(template, conversation, world.alice)
    send_reply(world.alice, conversation, text, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def english_with_an_english_signature(world: World) -> Expected:
    Agent.objects.filter(user=world.alice).update(signature_en=EN_SIGNATURE)
    conversation = world.customer_mail(english=True)
    send_reply(
        world.alice,
        conversation,
        "Hello John,\n\nYour refund was sent today.",
        seen_at=now(),
        cc="",
    )
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        EN_SIGNATURE,
        "Your refund was sent today.",
        quoted=EN_QUESTION,
        absent=("佐藤", "株式会社"),
    )


def japanese_with_an_english_signature_too(world: World) -> Expected:
    Agent.objects.filter(user=world.alice).update(signature_en=EN_SIGNATURE)
    conversation = world.customer_mail()
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "返金は来週になります。",
        quoted=JA_QUESTION,
        absent=("Alice Sato",),
    )


def english_with_only_a_japanese_signature(world: World) -> Expected:
    Mailbox.objects.filter(pk=world.mailbox.pk).update(signature="")
    conversation = world.customer_mail(english=True)
    text = "Hello John,\n\nYour refund was sent today."
    with pytest.raises(NeedsConfirmation) as asked:
        send_reply(world.alice, conversation, text, seen_at=now(), cc="")
    assert [question.kind for question in asked.value.questions] == ["signature"]
    send_reply(world.alice, conversation, text, seen_at=now(), cc="", confirmed=["signature"])
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        None,
        "Your refund was sent today.",
        quoted=EN_QUESTION,
        absent=("佐藤", "株式会社", "-- "),
    )


def iso_2022_jp_mailbox(world: World) -> Expected:
    Mailbox.objects.filter(pk=world.mailbox.pk).update(outgoing_charset="iso-2022-jp")
    conversation = world.customer_mail()
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def reply_to_a_doubled_prefix(world: World) -> Expected:
    conversation = world.customer_mail(subject="RE: Re: 返金について")
    send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    return Expected(
        (CUSTOMER,), "Re: 返金について", JA_SIGNATURE, "返金は来週になります。", quoted=JA_QUESTION
    )


def acknowledgement(world: World) -> Expected:
    set_auto_acknowledgement(
        world.lead, world.mailbox, enabled=True, subject="", text="お問い合わせを受け付けました。"
    )
    world.customer_mail()
    assert acknowledge_new_conversations() == 1
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        MAILBOX_SIGNATURE,
        "お問い合わせを受け付けました。",
        quoted=JA_QUESTION,
        automatic=True,
    )


def new_mail_sent_back_and_resent(world: World) -> Expected:
    ApprovalPolicy.objects.create(name="見積チェック", words="見積")
    item = start_conversation(
        world.alice,
        world.mailbox,
        to="新規 顧客 <new@client.example>",
        subject="お見積りのご案内",
        body="新規様\n\nお見積りをお送りします。",
    )
    assert item.state == OutboxState.AWAITING_APPROVAL
    send_back(world.lead, item, "金額を書いてください")
    conversation = Conversation.objects.get(pk=item.conversation_id)
    draft = Draft.objects.get(conversation=conversation, author=world.alice)
    send_reply(
        world.alice,
        conversation,
        draft.body.replace("お見積り", "5万円のお見積り"),
        seen_at=now(),
        cc=draft.cc,  # To as the reply box fills it: the customer the mail was for
    )
    again = OutboxItem.objects.get(conversation=conversation)
    approve(world.lead, again)
    return Expected(
        ("new@client.example",),
        "お見積りのご案内",
        JA_SIGNATURE,
        "5万円のお見積りをお送りします。",
        reply=False,
    )


def new_mail_to_several_sent_back_and_resent(world: World) -> Expected:
    """Sent back, the mail comes back to the reply box with every To and Cc it had (it
    came back with the first To only), and re-sent goes to each of them once."""
    ApprovalPolicy.objects.create(name="見積チェック", words="見積")
    item = start_conversation(
        world.alice,
        world.mailbox,
        to="新規 顧客 <new@client.example>, keiri@client.example、buchou@client.example",
        cc="eigyo@client.example",
        subject="お見積りのご案内",
        body="新規様\n\nお見積りをお送りします。",
    )
    send_back(world.lead, item, "金額を書いてください")
    conversation = Conversation.objects.get(pk=item.conversation_id)
    client = Client()
    client.force_login(world.alice)
    page = client.get(f"/c/{conversation.pk}/").content.decode()
    [to_field] = re.findall(r'<input type="text" name="to" value="([^"]*)"', page)
    shown = html.unescape(to_field)
    for address in ("new@client.example", "keiri@client.example", "buchou@client.example"):
        assert shown.count(address) == 1, shown
    draft = Draft.objects.get(conversation=conversation, author=world.alice)
    send_reply(
        world.alice,
        conversation,
        draft.body.replace("お見積り", "5万円のお見積り"),
        seen_at=now(),
        to=shown,  # as the reply box posts it
        cc=draft.cc,
    )
    approve(world.lead, OutboxItem.objects.get(conversation=conversation))
    return Expected(
        ("new@client.example", "keiri@client.example", "buchou@client.example"),
        "お見積りのご案内",
        JA_SIGNATURE,
        "5万円のお見積りをお送りします。",
        cc=("eigyo@client.example",),
        reply=False,
    )


def new_mail_mentioning_an_attachment(world: World) -> Expected:
    """「添付」 with nothing attached: asked once, as in the reply box; sent when answered."""
    fields = {
        "to": "new@client.example",
        "subject": "お見積りのご案内",
        "body": "新規様\n\n添付の見積書をご確認ください。",
    }
    with pytest.raises(NeedsConfirmation) as asked:
        start_conversation(world.alice, world.mailbox, **fields)
    assert [question.kind for question in asked.value.questions] == ["attachment"]
    assert not Conversation.objects.exists()
    start_conversation(world.alice, world.mailbox, **fields, confirmed=["attachment"])
    return Expected(
        ("new@client.example",),
        "お見積りのご案内",
        JA_SIGNATURE,
        "添付の見積書をご確認ください。",
        reply=False,
    )


def new_mail_approved(world: World) -> Expected:
    ApprovalPolicy.objects.create(name="見積チェック", words="見積")
    item = start_conversation(
        world.alice,
        world.mailbox,
        to="new@client.example",
        subject="お見積りのご案内",
        body="新規様\n\nお見積りをお送りします。",
    )
    assert item.state == OutboxState.AWAITING_APPROVAL
    approve(world.lead, item)
    return Expected(
        ("new@client.example",),
        "お見積りのご案内",
        JA_SIGNATURE,
        "お見積りをお送りします。",
        reply=False,
    )


def failed_then_retried_edited(world: World) -> Expected:
    conversation = world.customer_mail()
    Mailbox.objects.filter(pk=world.mailbox.pk).update(smtp_port=free_port())  # nobody there
    item = send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    assert send_round().failed == 1
    Mailbox.objects.filter(pk=world.mailbox.pk).update(smtp_port=world.sink.port)
    retry_reply(world.alice, item, JA_TEXT.replace("来週", "12月8日"))
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "返金は12月8日になります。",
        quoted=JA_QUESTION,
        absent=("来週",),
    )


def with_an_attachment(world: World) -> Expected:
    conversation = world.customer_mail()
    upload = UploadedFile("見積書.pdf", "application/pdf", b"%PDF-1.4 test")
    send_reply(
        world.alice,
        conversation,
        "山田様\n\n添付の見積書をご確認ください。",
        seen_at=now(),
        cc="",
        attachments=[upload],
    )
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "添付の見積書をご確認ください。",
        quoted=JA_QUESTION,
    )


def taken_back_and_sent_again(world: World) -> Expected:
    Mailbox.objects.filter(pk=world.mailbox.pk).update(send_delay_seconds=60)
    conversation = world.customer_mail()
    item = send_reply(world.alice, conversation, JA_TEXT, seen_at=now(), cc="")
    draft = cancel_reply(world.alice, item)
    assert send_round().claimed == 0
    again = send_reply(
        world.alice,
        conversation,
        draft.body + "\r\nよろしくお願いいたします。",
        seen_at=now(),
        cc="",
    )
    OutboxItem.objects.filter(pk=again.pk).update(next_attempt_at=now() - timedelta(seconds=1))
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        JA_SIGNATURE,
        "よろしくお願いいたします。",
        quoted=JA_QUESTION,
    )


def satisfaction_survey(world: World) -> Expected:
    set_satisfaction_survey(world.lead, world.mailbox, enabled=True)
    conversation = world.customer_mail()
    set_status(world.alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    return Expected(
        (CUSTOMER,),
        "Re: 返金について",
        MAILBOX_SIGNATURE,
        "この度はお問い合わせいただき、ありがとうございました。",
        absent=(JA_QUESTION,),  # the survey never quotes the customer
        automatic=True,
    )


EN_MAILBOX_SIGNATURE = "Sample Inc. Support Desk"
FOLLOWUP_EN = (
    "Dear {customer_name},\n\nWe would like to check whether the refund has reached your "
    "account.\nIf anything is still unclear, please reply to this mail and we will help."
)


def _unsigned_recorded(verb: str) -> bool:
    return bool(Event.objects.get(verb=verb).after.get("unsigned"))


def english_acknowledgement_with_only_japanese_signatures(world: World) -> Expected:
    """Nobody to ask: it goes without a signature (never the Japanese one), and the
    conversation's event says so."""
    set_auto_acknowledgement(
        world.lead,
        world.mailbox,
        enabled=True,
        subject="",
        text="Thank you for contacting us. We will get back to you shortly.",
    )
    world.customer_mail(english=True)
    assert acknowledge_new_conversations() == 1
    assert _unsigned_recorded("auto_acknowledged")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        None,
        "We will get back to you shortly.",
        quoted=EN_QUESTION,
        absent=("株式会社", "サポート窓口"),
        automatic=True,
    )


def english_acknowledgement_with_the_mailboxs_english_signature(world: World) -> Expected:
    Mailbox.objects.filter(pk=world.mailbox.pk).update(signature_en=EN_MAILBOX_SIGNATURE)
    set_auto_acknowledgement(
        world.lead,
        world.mailbox,
        enabled=True,
        subject="",
        text="Thank you for contacting us. We will get back to you shortly.",
    )
    world.customer_mail(english=True)
    assert acknowledge_new_conversations() == 1
    assert not _unsigned_recorded("auto_acknowledged")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        EN_MAILBOX_SIGNATURE,
        "We will get back to you shortly.",
        quoted=EN_QUESTION,
        absent=("株式会社", "サポート窓口"),
        automatic=True,
    )


def english_rule_auto_reply_with_only_japanese_signatures(world: World) -> Expected:
    conversation = world.customer_mail(english=True)
    template = Template.objects.create(
        name="Refund auto-reply",
        body="Dear {customer_name},\n\nWe have received your refund request.",
        language="en",
    )
    RuleReply.objects.create(
        conversation=conversation, template=template, rule_name="refund", created_at=now()
    )
    assert acknowledge_new_conversations() == 1
    assert _unsigned_recorded("rule_reply")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        None,
        "We have received your refund request.",
        quoted=EN_QUESTION,
        absent=("株式会社", "サポート窓口", "佐藤"),
        automatic=True,
    )


def english_followup_with_only_japanese_signatures(world: World) -> Expected:
    conversation = world.customer_mail(english=True)
    template = Template.objects.create(
        name="Checking in",
        body=FOLLOWUP_EN,
        language="en",
    )
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    conversation.refresh_from_db()
    assert send_followup(conversation, template.pk), Event.objects.filter(
        verb="followup_not_sent"
    ).values_list("after", flat=True)
    assert _unsigned_recorded("followup_queued")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        None,
        "check whether the refund has reached your account.",
        quoted=EN_QUESTION,
        absent=("株式会社", "サポート窓口", "佐藤"),
    )


def english_followup_with_the_owners_english_signature(world: World) -> Expected:
    Agent.objects.filter(user=world.alice).update(signature_en=EN_SIGNATURE)
    conversation = world.customer_mail(english=True)
    template = Template.objects.create(
        name="Checking in",
        body=FOLLOWUP_EN,
        language="en",
    )
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    conversation.refresh_from_db()
    assert send_followup(conversation, template.pk)
    assert not _unsigned_recorded("followup_queued")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        EN_SIGNATURE,
        "check whether the refund has reached your account.",
        quoted=EN_QUESTION,
        absent=("株式会社", "サポート窓口", "佐藤"),
    )


def english_survey_with_only_a_japanese_signature(world: World) -> Expected:
    set_satisfaction_survey(world.lead, world.mailbox, enabled=True)
    conversation = world.customer_mail(english=True)
    set_status(world.alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    assert _unsigned_recorded("satisfaction_asked")
    return Expected(
        (CUSTOMER,),
        "Re: Refund",
        None,
        "Thank you for contacting us",
        absent=(EN_QUESTION, "株式会社", "サポート窓口"),
        automatic=True,
    )


CASES: dict[str, Callable[[World], Expected]] = {
    case.__name__: case
    for case in (
        ja_reply,
        ja_reply_all,
        reply_to_a_re_subject,
        forwarded,
        forwarded_with_the_customers_signature,
        forwarded_without_a_note_in_english,
        new_mail,
        sent_back_and_resent,
        approved_as_edited,
        held_by_the_undo_window,
        followup,
        rule_auto_reply,
        template_with_the_signature,
        english_with_an_english_signature,
        japanese_with_an_english_signature_too,
        english_with_only_a_japanese_signature,
        iso_2022_jp_mailbox,
        reply_to_a_doubled_prefix,
        acknowledgement,
        new_mail_sent_back_and_resent,
        new_mail_to_several_sent_back_and_resent,
        new_mail_approved,
        new_mail_mentioning_an_attachment,
        failed_then_retried_edited,
        with_an_attachment,
        taken_back_and_sent_again,
        satisfaction_survey,
        english_acknowledgement_with_only_japanese_signatures,
        english_acknowledgement_with_the_mailboxs_english_signature,
        english_rule_auto_reply_with_only_japanese_signatures,
        english_followup_with_only_japanese_signatures,
        english_followup_with_the_owners_english_signature,
        english_survey_with_only_a_japanese_signature,
    )
}


@pytest.fixture
def world(dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User) -> World:
    Mailbox.objects.filter(pk=mailbox.pk).update(
        quote_style=QuoteStyle.JAPANESE, confirm_before_send="never"
    )
    Agent.objects.filter(user=alice).update(signature=JA_SIGNATURE)
    lead = User.objects.create_user("lead", "lead@example.test", "pw", is_superuser=True)
    Agent.objects.create(user=lead, role=Role.LEAD, display_name="Lead")
    mailbox.refresh_from_db()
    return World(dovecot, sink, mailbox, alice, lead)


def header(data: bytes, name: str) -> list[str]:
    headers = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    unfolded = re.sub(r"\r\n[ \t]+", " ", headers)
    return [
        line.split(":", 1)[1].strip()
        for line in unfolded.split("\r\n")
        if line.lower().startswith(name.lower() + ":")
    ]


def addresses(values: list[str]) -> tuple[str, ...]:
    return tuple(address for _name, address in getaddresses(values))


@pytest.mark.parametrize("case", list(CASES))
def test_it_sends_each_path_right_and_once(world: World, case: str) -> None:
    expected = CASES[case](world)
    assert send_round().sent == 1
    assert send_round().claimed == 0  # nothing left to go a second time
    [mail] = world.sink.messages
    data = mail.data
    text = parse_message(data).text

    assert text.count(expected.own_words) == 1
    if expected.signature is None:
        assert "\n-- \n" not in "\n" + text
    else:
        assert text.count(expected.signature) == 1, text
        # none when the text signs off itself (a forwarded mail may carry its own)
        theirs = int(expected.extra.get("their_separators", "0"))
        assert text.count("\n-- \n") <= 1 + theirs, text
    if "signed_above" in expected.extra:  # our signature comes before that text
        assert expected.signature is not None
        assert text.index(expected.signature) < text.index(expected.extra["signed_above"])
    if expected.quoted:
        assert text.count(expected.quoted) <= 1, text
    assert not _BLANK.search(text), text
    for word in expected.absent:
        assert word not in text, text

    [from_] = header(data, "From")
    assert addresses([from_]) == (world.mailbox.address,)
    assert addresses(header(data, "To")) == expected.to
    assert addresses(header(data, "Cc")) == expected.cc
    [subject] = header(data, "Subject")
    assert _TAG.sub("", str(make_header(decode_header(subject)))) == expected.subject
    if not expected.subject.isascii():
        assert subject.startswith("=?")  # RFC 2047
    assert len(header(data, "Message-ID")) == 1
    if expected.reply:
        assert header(data, "In-Reply-To") == ["<refund-1@customer.example>"]
        assert "<refund-1@customer.example>" in header(data, "References")[0]
    else:
        assert header(data, "In-Reply-To") == []
    assert header(data, "Auto-Submitted") == (["auto-replied"] if expected.automatic else [])
    for address in (*expected.to, *expected.cc):  # the envelope: each recipient once
        assert mail.recipients.count(address) == 1, mail.recipients


def test_it_sends_once_when_a_worker_died_before_or_after_the_smtp_server_took_it(
    world: World,
) -> None:
    """Two replies claimed by a worker that then died: one it had handed to the server, one
    it had not. The next worker sends the second and only records the first."""
    conversation = world.customer_mail()
    first = send_reply(world.alice, conversation, "山田様\n\n一通目です。", seen_at=now(), cc="")
    second = send_reply(world.alice, conversation, "山田様\n\n二通目です。", seen_at=now(), cc="")
    claims = claim_due("dead-worker", OutboxConfig())
    assert {claim.item_id for claim in claims} == {first.pk, second.pk}
    handed = OutboxItem.objects.select_related("message", "conversation__mailbox").get(pk=first.pk)
    composed = compose(outgoing_mail(handed))
    client = smtp.connect(smtp_endpoint(world.mailbox))
    smtp.send(
        client,
        world.mailbox.address,
        composed.recipients,
        composed.data,
        own_copy=world.mailbox.address,
    )
    smtp.close(client)  # ... and the worker died before recording it
    OutboxItem.objects.filter(pk__in=[first.pk, second.pk]).update(
        lease_until=now() - timedelta(seconds=1)
    )

    result = send_round()
    assert (result.recovered, result.sent) == (1, 1)
    assert send_round().claimed == 0
    texts = [parse_message(mail.data).text for mail in world.sink.messages]
    assert sorted(text.count("一通目です。") for text in texts) == [0, 1]
    assert sorted(text.count("二通目です。") for text in texts) == [0, 1]
    ids = [header(mail.data, "Message-ID")[0] for mail in world.sink.messages]
    assert len(set(ids)) == 2
    assert set(OutboxItem.objects.values_list("state", flat=True)) == {OutboxState.SENT}
