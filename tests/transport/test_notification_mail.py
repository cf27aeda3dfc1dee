"""Notifications by e-mail (issue 13 item 2), checked on the bytes a real SMTP server
(aiosmtpd on loopback) received: only the kinds a person chose, in their language, with a
link to the conversation, a short snippet and no more, and batched (a burst of mentions is
one mail, not twenty)."""

from __future__ import annotations

from datetime import date, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import F
from django.test import Client
from django.utils import translation

from madoguchi.actions.absence import set_absence
from madoguchi.actions.conversations import assign
from madoguchi.actions.notes import add_note
from madoguchi.actions.notification_mail import BATCH_WINDOW, set_notification_mail
from madoguchi.actions.notify import notify
from madoguchi.models import (
    Agent,
    Conversation,
    Mailbox,
    NotificationKind,
    NotificationMail,
    Role,
)
from madoguchi.worker.notification_mail import send_notification_mails
from tests.support.servers import Dovecot, SmtpSink, sample_mail
from tests.transport.conftest import TRANSACTIONAL
from tests.transport.helpers import fetch

pytestmark = [pytest.mark.servers, TRANSACTIONAL]

LONG_BODY = "お世話になっております。" + "返金の件で至急ご連絡ください。" * 20 + "最後の一文。\n"


def person(mailbox: Mailbox, name: str, role: str = Role.AGENT, language: str = "") -> User:
    user = User.objects.create_user(name, f"{name}@example.test", "pw")
    agent = Agent.objects.create(user=user, role=role, language=language, display_name=name.title())
    agent.teams.add(*mailbox.teams.all())
    return user


def a_conversation(dovecot: Dovecot, mailbox: Mailbox) -> Conversation:
    dovecot.deliver(mailbox.address, sample_mail(7, body=LONG_BODY))
    fetch(mailbox)
    return Conversation.objects.get(mailbox=mailbox)


def mails_to(sink: SmtpSink, address: str) -> list[tuple[EmailMessage, str]]:
    found = []
    for received in sink.messages:
        if address not in received.recipients:
            continue
        mail: EmailMessage = message_from_bytes(received.data, policy=policy.default)  # type: ignore[assignment]
        body = mail.get_body(("plain",))
        assert body is not None
        found.append((mail, body.get_content()))
    return found


def test_an_assignment_is_mailed_in_japanese_with_the_link_and_a_short_snippet(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    conversation = a_conversation(dovecot, mailbox)
    assign(boss, conversation, alice)

    assert send_notification_mails() == 1
    [(mail, text)] = mails_to(sink, "alice@example.test")
    assert mail["From"].addresses[0].addr_spec == mailbox.address
    assert [a.addr_spec for a in mail["To"].addresses] == ["alice@example.test"]
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["Subject"] == f"[あなたに割り当て] {conversation.subject}"
    assert "通知元: Boss" in text
    assert f"{settings.PUBLIC_URL}/c/{conversation.pk}/\n" in text
    assert "お客様のメール: お世話になっております。返金の件で至急ご連絡ください。" in text
    assert "最後の一文" not in text  # never more of the customer's mail than a snippet
    quoted = next(line for line in text.splitlines() if line.startswith("お客様のメール: "))
    assert len(quoted) <= len("お客様のメール: ") + 81
    # Nobody else, and never the customer.
    assert [list(r.recipients) for r in sink.messages] == [["alice@example.test"]]
    # The next round sends nothing more.
    assert send_notification_mails() == 0
    assert len(sink.messages) == 1


def test_an_english_member_reads_it_in_english(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    person(mailbox, "bob", language="en")
    conversation = a_conversation(dovecot, mailbox)
    add_note(boss, conversation, "@bob could you check the refund?")

    assert send_notification_mails() == 1
    [(mail, text)] = mails_to(sink, "bob@example.test")
    assert mail["Subject"] == f"[Mentioned you] {conversation.subject}"
    assert "By: Boss\n" in text
    assert "The customer wrote: " in text
    assert f"{settings.PUBLIC_URL}/c/{conversation.pk}/" in text


def test_a_member_on_browser_default_reads_it_in_the_language_of_their_browser(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    """Walk 24 H12: 小林 on 「ブラウザの設定に従う」 works in an en-US browser, and her
    notification mails came in Japanese (the site's language): a mail has no browser."""
    boss = person(mailbox, "boss", Role.LEAD)
    bob = person(mailbox, "bob")  # language "": the browser's
    client = Client()
    client.force_login(bob)
    client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    conversation = a_conversation(dovecot, mailbox)
    add_note(boss, conversation, "@bob could you check the refund?")

    assert send_notification_mails() == 1
    [(mail, text)] = mails_to(sink, "bob@example.test")
    assert mail["Subject"] == f"[Mentioned you] {conversation.subject}"
    assert "The customer wrote: " in text
    preferences = client.get("/preferences/", HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert "Also the language of your notification mails" in preferences


def test_a_burst_of_twenty_mentions_is_one_mail_then_one_more_after_the_window(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    conversation = a_conversation(dovecot, mailbox)
    add_note(boss, conversation, "@alice 見てください")
    assert send_notification_mails() == 1
    for number in range(19):
        add_note(boss, conversation, f"@alice 追記 {number}")
    # Within the window: nothing more goes, whatever the worker does.
    assert send_notification_mails() == 0
    assert send_notification_mails() == 0
    assert len(mails_to(sink, "alice@example.test")) == 1

    [waiting] = NotificationMail.objects.filter(sent_at__isnull=True)
    first = NotificationMail.objects.get(sent_at__isnull=False)
    assert waiting.count == 19
    assert waiting.due_at >= first.due_at + BATCH_WINDOW
    # The window ends (the clock is moved by moving the due time back).
    NotificationMail.objects.filter(pk=waiting.pk).update(due_at=first.due_at)
    assert send_notification_mails() == 1
    mails = mails_to(sink, "alice@example.test")
    assert len(mails) == 2
    assert "この数分間に同じ種類の通知が19件ありました。" in mails[1][1]


def test_no_mail_for_a_kind_the_member_turned_off_or_never_turned_on(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    conversation = a_conversation(dovecot, mailbox)
    set_notification_mail(alice, [NotificationKind.ASSIGNED])  # mentions off
    add_note(boss, conversation, "@alice 見てください")
    # Off by default: a timer's SLA warning.
    notify([alice], NotificationKind.SLA_DUE_SOON, conversation)
    assert send_notification_mails() == 0
    assert mails_to(sink, "alice@example.test") == []

    set_notification_mail(alice, [NotificationKind.SLA_DUE_SOON])
    notify([alice], NotificationKind.SLA_DUE_SOON, conversation)
    assert send_notification_mails() == 1
    [(mail, _text)] = mails_to(sink, "alice@example.test")
    assert mail["Subject"].startswith("[期限間近] ")


def test_an_absent_members_mail_goes_to_the_substitute_only(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    carol = person(mailbox, "carol")
    today = date.today()
    set_absence(
        alice,
        away_from=today,
        away_until=today + timedelta(days=3),
        substitute=carol,
        hand_over=False,
    )
    conversation = a_conversation(dovecot, mailbox)
    add_note(boss, conversation, "@alice 見てください")

    assert send_notification_mails() == 1
    assert mails_to(sink, "alice@example.test") == []
    [(mail, text)] = mails_to(sink, "carol@example.test")
    assert mail["Subject"] == f"[あなたへのメンション] {conversation.subject}"
    assert "（不在のAliceさんの代理）" in text


def test_the_choice_is_on_the_preferences_page(mailbox: Mailbox, alice: User) -> None:
    client = Client()
    client.force_login(alice)
    page = client.get("/preferences/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "メールでも受け取る通知" in page
    assert 'name="kinds" value="mentioned" checked' in page
    assert 'name="kinds" value="sla_breached">' in page
    response = client.post(
        "/preferences/notification-mail/", {"kinds": ["sla_breached"]}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 303
    page = client.get("/preferences/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'name="kinds" value="sla_breached" checked' in page
    assert 'name="kinds" value="mentioned">' in page
    bad = client.post("/preferences/notification-mail/", {"kinds": ["everything"]})
    assert bad.status_code == 400


def conversations(dovecot: Dovecot, mailbox: Mailbox, how_many: int) -> list[Conversation]:
    for number in range(how_many):
        dovecot.deliver(
            mailbox.address, sample_mail(20 + number, subject=f"問い合わせ {number}", body="本文\n")
        )
    fetch(mailbox)
    return list(Conversation.objects.filter(mailbox=mailbox).order_by("pk"))


def test_a_hand_over_of_five_conversations_is_one_digest_mail_listing_each(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    """Walk 8 finding 19: the substitute got one mail per handed-over conversation."""
    boss = person(mailbox, "boss", Role.LEAD)
    carol = person(mailbox, "carol")
    five = conversations(dovecot, mailbox, 5)
    for conversation in five:
        assign(boss, conversation, alice)
    assert send_notification_mails() == 1  # alice's own digest of five assignments
    today = date.today()
    set_absence(
        alice,
        away_from=today,
        away_until=today + timedelta(days=2),
        substitute=carol,
        hand_over=True,
    )
    # A mention on another conversation in the same minute joins the same digest.
    add_note(boss, five[0], "@carol 至急お願いします")

    assert send_notification_mails() == 1
    [(mail, text)] = mails_to(sink, "carol@example.test")
    assert mail["Subject"] == "[madoguchi] 通知6件"
    assert text.startswith("この数分間にあなた宛ての通知が6件あります:\n")
    assert text.count("■ あなたに割り当て\n") == 5
    assert text.count("■ あなたへのメンション\n") == 1
    for conversation in five:
        assert f"問い合わせ: {conversation.subject}\n" in text
        assert f"{settings.PUBLIC_URL}/c/{conversation.pk}/\n" in text
    assert text.count("通知元: Alice\n") == 5  # she handed them over herself
    # Nothing more: every notification of the digest is marked sent.
    assert send_notification_mails() == 0
    assert len(mails_to(sink, "carol@example.test")) == 1
    # In the app, each notification is still its own row.
    assert carol.notifications.count() == 6  # type: ignore[attr-defined]


def test_a_single_notification_after_a_quiet_window_is_not_delayed(
    dovecot: Dovecot, sink: SmtpSink, mailbox: Mailbox, alice: User
) -> None:
    boss = person(mailbox, "boss", Role.LEAD)
    bob = person(mailbox, "bob", language="en")
    first, second = conversations(dovecot, mailbox, 2)
    assign(boss, first, bob)
    add_note(boss, second, "@bob please look")
    assert send_notification_mails() == 1
    [(mail, text)] = mails_to(sink, "bob@example.test")
    assert mail["Subject"] == "[madoguchi] 2 notifications"
    assert "■ Assigned to you\n" in text and "■ Mentioned you\n" in text

    # Within the window after that mail, a new one waits (and would join a digest) ...
    assign(boss, second, bob)
    assert send_notification_mails() == 0
    waiting = NotificationMail.objects.get(sent_at__isnull=True)
    last = NotificationMail.objects.filter(sent_at__isnull=False).latest("sent_at")
    assert last.sent_at is not None and waiting.due_at >= last.sent_at + BATCH_WINDOW
    # ... but after a quiet window, the very next round mails it on its own.
    NotificationMail.objects.update(sent_at=F("sent_at") - BATCH_WINDOW)
    NotificationMail.objects.filter(pk=waiting.pk).delete()
    add_note(boss, first, "@bob urgent: the customer is on the phone")
    assert send_notification_mails() == 1
    mail, text = mails_to(sink, "bob@example.test")[-1]
    assert mail["Subject"] == f"[Mentioned you] {first.subject}"


def test_without_a_public_address_the_links_point_where_the_server_listens(
    dovecot: Dovecot,
    sink: SmtpSink,
    mailbox: Mailbox,
    alice: User,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Walk 23 H5: `madoguchi run --port 8190` without MADOGUCHI_PUBLIC_URL mailed agents
    links to http://localhost:8000/c/50/, which nobody could open, and said nothing. Now the
    links point where the server listens, it says so on starting, and the survey (mailed to
    customers) stays held until the address is set."""
    from madoguchi.actions.satisfaction import public_url_problem
    from madoguchi.management.commands.web import guess_public_url

    monkeypatch.delenv("MADOGUCHI_PUBLIC_URL", raising=False)
    monkeypatch.setattr(settings, "PUBLIC_URL", settings.PUBLIC_URL)  # put back afterwards
    monkeypatch.setattr(settings, "PUBLIC_URL_GUESSED", False)
    said = guess_public_url("127.0.0.1", 8190)
    assert said is not None and "http://127.0.0.1:8190/" in said and "MADOGUCHI_PUBLIC_URL" in said
    with translation.override("en"):
        assert "MADOGUCHI_PUBLIC_URL is not set" in public_url_problem()

    conversation = a_conversation(dovecot, mailbox)
    assign(person(mailbox, "boss", Role.LEAD), conversation, alice)
    assert send_notification_mails() == 1
    [(_mail, text)] = mails_to(sink, "alice@example.test")
    assert f"http://127.0.0.1:8190/c/{conversation.pk}/\n" in text
    assert "localhost:8000" not in text

    monkeypatch.setenv("MADOGUCHI_PUBLIC_URL", "https://support.example.jp")
    assert guess_public_url("127.0.0.1", 8190) is None  # a set address is never guessed over
