"""迷惑メール: the upstream filter's verdict and the team's block list send new mail to the
spam folder, where no sorting rule (and so no automatic reply) touches it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from mailmaker import make_mail

from madoguchi.actions.base import ActionError
from madoguchi.actions.ingest import IngestSession
from madoguchi.actions.spam import mark_not_spam, mark_spam
from madoguchi.mail.spam import BlockList, marked_as_spam
from madoguchi.models import BlockedSender, Conversation, Rule, Status
from tests.core.test_rules import ingest

pytestmark = pytest.mark.django_db


def test_it_reads_spamassassin_and_rspamd_headers() -> None:
    assert marked_as_spam("YES", None)
    assert marked_as_spam(None, "Yes, score=7.9 required=5.0 tests=BAYES_99")
    assert not marked_as_spam("NO", "No, score=-0.1 required=5.0")
    assert not marked_as_spam(None, None)


def test_a_domain_entry_blocks_its_subdomains_only() -> None:
    blocks = BlockList.of(["promo@shop.example", "spam.example"])
    assert blocks.blocks("PROMO@shop.example")
    assert not blocks.blocks("support@shop.example")
    assert blocks.blocks("a@news.spam.example") and blocks.blocks("a@spam.example")
    assert not blocks.blocks("a@notspam.example")


def test_flagged_mail_goes_to_spam_and_gets_no_rules(session: IngestSession) -> None:
    Rule.objects.create(name="全部", conditions={}, actions={"label": "受付"})
    flagged = b"X-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.1\n" + make_mail(
        sender="win@prize.example", subject="当選しました", message_id="<s1@prize.example>"
    )
    ingest(session, flagged, make_mail(message_id="<ok1@acme.co.jp>"))
    spam = Conversation.objects.get(messages__message_id="<s1@prize.example>")
    real = Conversation.objects.get(messages__message_id="<ok1@acme.co.jp>")
    assert spam.status == Status.SPAM and not spam.labels.exists()
    assert not spam.events.filter(verb="rule_applied").exists()
    assert real.status == Status.NEW and [label.name for label in real.labels.all()] == ["受付"]


def test_marking_spam_teaches_the_block_list(session: IngestSession, alice: object) -> None:
    ingest(session, make_mail(sender="deals@shop.example", message_id="<p1@shop.example>"))
    first = Conversation.objects.get(messages__message_id="<p1@shop.example>")
    mark_spam(alice, first, "sender")
    first.refresh_from_db()
    assert first.status == Status.SPAM
    assert list(BlockedSender.objects.values_list("pattern", flat=True)) == ["deals@shop.example"]
    assert first.events.filter(verb="marked_spam").exists()

    later = make_mail(
        sender="deals@shop.example",
        subject="別のセール",
        message_id="<p2@shop.example>",
        date=timezone.now() + timedelta(days=30),
    )
    ingest(session, later)
    again = Conversation.objects.get(messages__message_id="<p2@shop.example>")
    assert again.status == Status.SPAM

    mark_not_spam(alice, again)
    assert not BlockedSender.objects.exists()
    assert Conversation.objects.get(pk=again.pk).status == Status.NEW


def test_it_refuses_to_block_a_free_mail_domain(session: IngestSession, alice: object) -> None:
    ingest(session, make_mail(sender="someone@gmail.com", message_id="<g1@gmail.com>"))
    conversation = Conversation.objects.get(messages__message_id="<g1@gmail.com>")
    with pytest.raises(ActionError, match="gmail.com"):
        mark_spam(alice, conversation, "domain")
    assert not BlockedSender.objects.exists()
    assert Conversation.objects.get(pk=conversation.pk).status == Status.NEW
