"""Which conversation a mail joins, for the shapes real mailers produce."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from mailmaker import BASE_TIME, make_mail

from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch
from madoguchi.actions.prepare import prepare_mail
from madoguchi.models import Conversation, Status

pytestmark = pytest.mark.django_db


def ingest(session: IngestSession, *raws: bytes) -> None:
    items = [
        (
            IncomingMail(raw=raw, source=f"test:{i}"),
            prepare_mail(raw, Path(settings.ATTACHMENT_DIR)),
        )
        for i, raw in enumerate(raws)
    ]
    ingest_batch(session, items)


def conversation_of(message_id: str) -> Conversation:
    return Conversation.objects.get(messages__message_id=message_id)


def test_it_threads_a_reply_by_in_reply_to(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<a@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            message_id="<b@acme.co.jp>",
            subject="全く別の件名",
            in_reply_to="<a@acme.co.jp>",
            date=BASE_TIME + timedelta(hours=1),
        ),
    )
    assert conversation_of("<a@acme.co.jp>") == conversation_of("<b@acme.co.jp>")


def test_it_threads_by_references_when_in_reply_to_is_missing_or_broken(
    session: IngestSession,
) -> None:
    ingest(session, make_mail(message_id="<root@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            message_id="<c@acme.co.jp>",
            in_reply_to="garbage without brackets",
            # Broken References: folded oddly, an id without brackets, junk in between.
            references="<unknown@elsewhere> junk <root@acme.co.jp>",
        ),
    )
    assert conversation_of("<root@acme.co.jp>") == conversation_of("<c@acme.co.jp>")


def test_it_threads_outlook_replies_without_in_reply_to_by_thread_index(
    session: IngestSession,
) -> None:
    root = "AdmzL2pQqfl3NQ4fQ5W3x1yDp3Tpvw=="
    ingest(session, make_mail(message_id="<o1@acme.co.jp>", extra_headers={"Thread-Index": root}))
    ingest(
        session,
        make_mail(
            message_id="<o2@acme.co.jp>",
            subject="RE: 返金について",
            extra_headers={"Thread-Index": "AdmzL2pQqfl3NQ4fQ5W3x1yDp3TpvwAAMK1g"},
            date=BASE_TIME + timedelta(hours=2),
        ),
    )
    assert conversation_of("<o1@acme.co.jp>") == conversation_of("<o2@acme.co.jp>")


@pytest.mark.parametrize(
    "subject",
    [
        "Re: 返金について",
        "RE: Re: 返金について",
        "返信: 返金について",
        "Ｒｅ：返金について",
        "Fw: 返金について",
        "【再送】Re: 返金について",
    ],
)
def test_it_threads_japanese_reply_prefixes_from_the_same_customer(
    session: IngestSession, subject: str
) -> None:
    ingest(session, make_mail(message_id="<s1@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            message_id="<s2@acme.co.jp>", subject=subject, date=BASE_TIME + timedelta(days=1)
        ),
    )
    assert conversation_of("<s1@acme.co.jp>") == conversation_of("<s2@acme.co.jp>")


def test_it_never_joins_by_subject_alone_without_a_reply_prefix(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<n1@acme.co.jp>", subject="ログインできません"))
    ingest(
        session,
        make_mail(
            message_id="<n2@acme.co.jp>",
            subject="ログインできません",
            date=BASE_TIME + timedelta(days=1),
        ),
    )
    first, second = conversation_of("<n1@acme.co.jp>"), conversation_of("<n2@acme.co.jp>")
    assert first != second
    # …but the fresh mail offers the earlier one for merging.
    assert list(second.likely_predecessors.all()) == [first]


def test_it_does_not_join_a_reply_prefix_from_another_customer(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<p1@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            message_id="<p2@other.co.jp>", sender="hanako@other.co.jp", subject="Re: 返金について"
        ),
    )
    assert conversation_of("<p1@acme.co.jp>") != conversation_of("<p2@other.co.jp>")


def test_it_threads_by_conversation_tag_in_the_subject(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<t1@acme.co.jp>"))
    conversation = conversation_of("<t1@acme.co.jp>")
    ingest(
        session,
        make_mail(
            message_id="<t2@acme.co.jp>",
            subject=f"追加の質問 ［＃{conversation.pk}］",
            date=BASE_TIME + timedelta(days=40),
        ),
    )
    assert conversation_of("<t2@acme.co.jp>") == conversation


def test_replies_from_different_people_to_one_announcement_stay_apart(
    session: IngestSession,
) -> None:
    announcement = make_mail(
        sender="news@example.com",
        sender_name="Example News",
        message_id="<news@example.com>",
        subject="11月のメンテナンスのお知らせ",
        to="undisclosed-recipients:;",
        extra_headers={"Precedence": "bulk", "List-Id": "<news.example.com>"},
    )
    ingest(session, announcement)
    for number, customer in enumerate(["a@one.co.jp", "b@two.co.jp"]):
        ingest(
            session,
            make_mail(
                sender=customer,
                message_id=f"<r{number}@x>",
                subject="Re: 11月のメンテナンスのお知らせ",
                in_reply_to="<news@example.com>",
            ),
        )
    assert conversation_of("<r0@x>") != conversation_of("<r1@x>")
    assert conversation_of("<r0@x>") != conversation_of("<news@example.com>")


def test_a_forged_in_reply_to_cannot_join_another_customers_conversation(
    session: IngestSession,
) -> None:
    ingest(session, make_mail(message_id="<private@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            sender="attacker@evil.example",
            message_id="<evil@evil.example>",
            subject="Re: 返金について",
            in_reply_to="<private@acme.co.jp>",
        ),
    )
    assert conversation_of("<private@acme.co.jp>") != conversation_of("<evil@evil.example>")


def test_a_colleague_in_cc_may_reply_but_never_becomes_the_customer(
    session: IngestSession,
) -> None:
    ingest(session, make_mail(message_id="<cc1@acme.co.jp>", cc="jiro@acme.co.jp"))
    conversation = conversation_of("<cc1@acme.co.jp>")
    customer = conversation.customer
    ingest(
        session,
        make_mail(
            sender="jiro@acme.co.jp",
            sender_name="Jiro",
            message_id="<cc2@acme.co.jp>",
            subject="Re: 返金について",
            in_reply_to="<cc1@acme.co.jp>",
        ),
    )
    conversation.refresh_from_db()
    assert conversation_of("<cc2@acme.co.jp>") == conversation
    assert conversation.customer == customer


def test_a_customer_reply_reopens_a_resolved_conversation(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<z1@acme.co.jp>"))
    Conversation.objects.update(status=Status.RESOLVED)
    ingest(
        session,
        make_mail(
            message_id="<z2@acme.co.jp>",
            subject="Re: 返金について",
            in_reply_to="<z1@acme.co.jp>",
            date=BASE_TIME + timedelta(days=2),
        ),
    )
    conversation = conversation_of("<z1@acme.co.jp>")
    assert conversation.status == Status.OPEN
    assert conversation.events.filter(verb="status_changed").exists()


def test_an_auto_reply_does_not_reopen(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<q1@acme.co.jp>"))
    Conversation.objects.update(status=Status.WAITING)
    ingest(
        session,
        make_mail(
            message_id="<q2@acme.co.jp>",
            subject="自動応答: 返金について",
            in_reply_to="<q1@acme.co.jp>",
            extra_headers={"Auto-Submitted": "auto-replied"},
        ),
    )
    assert conversation_of("<q1@acme.co.jp>").status == Status.WAITING


def test_a_forwarded_mail_starts_its_own_conversation(session: IngestSession) -> None:
    ingest(session, make_mail(message_id="<f1@acme.co.jp>"))
    ingest(
        session,
        make_mail(
            sender="boss@partner.co.jp",
            message_id="<f2@partner.co.jp>",
            subject="Fwd: 返金について",
            body="転送します。\n\n---------- Forwarded message ---------\n先日の注文の返金…",
        ),
    )
    assert conversation_of("<f1@acme.co.jp>") != conversation_of("<f2@partner.co.jp>")


def test_mail_fetched_from_our_own_address_needs_our_signature(mailbox: object) -> None:
    from madoguchi.actions.replies import message_id_secret
    from madoguchi.mail.ids import make_message_id
    from madoguchi.models import Direction, Message

    fetched = IngestSession(mailbox, trust_own_address=False)  # type: ignore[arg-type]
    ingest(
        fetched,
        make_mail(sender="support@example.com", sender_name="Support", message_id="<forged@x>"),
        make_mail(
            sender="support@example.com",
            sender_name="Support",
            message_id=make_message_id(1, "example.com", message_id_secret()),
            subject="本物の返信",
        ),
    )
    directions = dict(Message.objects.values_list("message_id", "direction"))
    assert directions["<forged@x>"] == Direction.INCOMING
    assert sorted(directions.values()) == [Direction.INCOMING, Direction.OUTGOING]


def test_a_reply_in_the_same_import_batch_joins_its_conversation(session: IngestSession) -> None:
    ingest(
        session,
        make_mail(message_id="<b1@acme.co.jp>"),
        make_mail(
            message_id="<b2@acme.co.jp>",
            in_reply_to="<b1@acme.co.jp>",
            subject="Re: 返金について",
            date=BASE_TIME + timedelta(hours=1),
        ),
        make_mail(
            message_id="<b3@acme.co.jp>",
            subject="RE: 返金について",
            date=BASE_TIME + timedelta(hours=2),
        ),
    )
    conversation = conversation_of("<b1@acme.co.jp>")
    assert conversation_of("<b2@acme.co.jp>") == conversation == conversation_of("<b3@acme.co.jp>")
    conversation.refresh_from_db()
    assert conversation.message_count == 3
    assert conversation.events.filter(verb="created").count() == 1


def test_a_reply_by_subject_to_a_merged_conversation_joins_the_one_it_was_merged_into(
    session: IngestSession, admin_user: object
) -> None:
    """Walk 12, F-21: "Re: 二重に請求されています" with no In-Reply-To, after that conversation
    was merged into the customer's follow-up, opened a new unassigned conversation."""
    from madoguchi.actions.conversations import merge

    ingest(session, make_mail(message_id="<old@acme.co.jp>", subject="二重に請求されています"))
    ingest(
        session,
        make_mail(
            message_id="<follow@acme.co.jp>",
            subject="昨日の件、まだ返事がないのですが",
            date=BASE_TIME + timedelta(days=1),
        ),
    )
    kept = merge(
        admin_user, conversation_of("<old@acme.co.jp>"), conversation_of("<follow@acme.co.jp>")
    )

    ingest(
        session,
        make_mail(
            message_id="<again@acme.co.jp>",
            subject="Re: 二重に請求されています",
            date=BASE_TIME + timedelta(days=2),
        ),
    )

    assert conversation_of("<again@acme.co.jp>") == kept
    assert Conversation.objects.filter(merged_into__isnull=True).count() == 1


def test_an_out_of_office_answer_joins_the_conversation_it_answers(
    session: IngestSession,
) -> None:
    ingest(session, make_mail(message_id="<q@acme.co.jp>", subject="Charged twice this month?"))
    conversation = conversation_of("<q@acme.co.jp>")
    Conversation.objects.filter(pk=conversation.pk).update(status=Status.WAITING)  # answered

    ingest(
        session,
        make_mail(
            message_id="<ooo@acme.co.jp>",
            subject="Automatic reply: Charged twice this month?",
            body="I am out of the office until December 7.",
            date=BASE_TIME + timedelta(hours=1),
            extra_headers={"Auto-Submitted": "auto-replied"},
        ),
    )

    assert conversation_of("<ooo@acme.co.jp>") == conversation
    assert Conversation.objects.get(pk=conversation.pk).status == Status.WAITING
