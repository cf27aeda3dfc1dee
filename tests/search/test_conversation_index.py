"""The conversation-level index (one document per conversation) and the newest-first walk
answer exactly what the message-level index answered: words ANDed stay in one message, a
phrase never spans two messages, merges and deletions move and remove words, and the
facets say when they count only the most recent matches."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from mailmaker import make_mail  # noqa: E402

from madoguchi.actions.base import visible_conversations  # noqa: E402
from madoguchi.actions.conversations import merge, unmerge  # noqa: E402
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch  # noqa: E402
from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from madoguchi.models import Conversation, Mailbox, Message  # noqa: E402
from madoguchi.search import compile as search_compile  # noqa: E402
from madoguchi.search import search_conversations  # noqa: E402

pytestmark = pytest.mark.django_db

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
# key: (sender name, [(subject, body) of each message in the thread])
THREADS = {
    "refund": (
        "佐藤 花子",
        [("返金について", "注文の返金をお願いします。zzz qqq"), ("Re: 返金について", "ありがとう")],
    ),
    "split": ("鈴木 一郎", [("ご相談", "返金の件です。"), ("Re: ご相談", "解約も考えています。")]),
    "cancel": ("Grace Lee", [("Cancel subscription", "We were charged after cancelling.")]),
    "invoices": ("Tom Becker", [("Invoices", "Please resend the invoices for March.")]),
    "money": ("田中 健", [("金曜日", "金曜日に電話します。")]),
}


def ingest(session: IngestSession, key: str, number: int, subject: str, body: str, name: str):  # type: ignore[no-untyped-def]
    raw = make_mail(
        message_id=f"<{key}{number}@x>",
        in_reply_to=f"<{key}{number - 1}@x>" if number else None,
        references=f"<{key}{number - 1}@x>" if number else None,
        subject=subject,
        body=body,
        sender=f"{key}@abc.jp",  # words without a stem: nothing after the body
        sender_name=name,
        date=START + timedelta(hours=list(THREADS).index(key) * 10 + number),
    )
    prepared = prepare_mail(raw, Path(settings.ATTACHMENT_DIR))
    ingest_batch(session, [(IncomingMail(raw, f"{key}{number}"), prepared)])


@pytest.fixture
def threads(db: None) -> dict[str, Conversation]:
    mailbox = Mailbox.objects.create(name="Support", address="support@example.com")
    session = IngestSession(mailbox)
    for key, (name, mails) in THREADS.items():
        for number, (subject, body) in enumerate(mails):
            ingest(session, key, number, subject, body, name)
    return {key: Conversation.objects.get(messages__message_id=f"<{key}0@x>") for key in THREADS}


@pytest.fixture
def admin(db: None):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_superuser("admin", "a@example.com", "pw")


def found(
    admin: object, text: str, threads: dict[str, Conversation], **options: object
) -> list[str]:
    by_pk = {c.pk: k for k, c in threads.items()}
    page = search_conversations(visible_conversations(admin), admin, text, **options)  # type: ignore[arg-type]
    return [by_pk[c.pk] for c in page.conversations]


QUERIES = [
    ("返金", ["split", "refund"]),
    ("金", ["money", "split", "refund"]),
    ("-返金", ["money", "invoices", "cancel"]),
    ("返金 -解約", ["refund"]),
    ("返金 OR charged", ["cancel", "split", "refund"]),
    ('"charged after cancelling"', ["cancel"]),
    ("invoice", ["invoices"]),
    ('"invoice"', []),
    ("from:佐藤", ["refund"]),
    ("from:ｻﾄｳ", []),
    ("-from:佐藤", ["money", "invoices", "cancel", "split"]),
    # Two words ANDed must be in one message: 返金 and 解約 are in two of split's.
    ("返金 解約", []),
    # A phrase never runs from the end of one message into the start of the next.
    ('"qqq re"', []),
    ('"zzz qqq"', ["refund"]),
    # A word and negated words are one match of the conversation's document (SQLite):
    # excluded when any of its messages has them, phrases and stems included.
    ('返金 -"zzz qqq"', ["split"]),
    ("返金 -解約 -ありがとう", []),
    ("-(返金 -解約)", ["money", "invoices", "cancel", "split"]),
    ("charged -invoice", ["cancel"]),
    ("invoices -charged", ["invoices"]),
    ("返金 -解約 from:佐藤", ["refund"]),
    # A word and a status (PostgreSQL: one match with the status lexeme, walked when common).
    ("返金 status:new", ["split", "refund"]),
    ("返金 status:open", []),
]


@pytest.mark.parametrize(("text", "expected"), QUERIES)
def test_it_answers_the_same_walking_newest_first_or_sorting(
    threads: dict[str, Conversation],
    admin: object,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    expected: list[str],
) -> None:
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 10**9)  # never walks
    sorted_all = found(admin, text, threads)
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 1)  # walks for any match
    walked = found(admin, text, threads)
    assert sorted_all == walked == expected


def test_it_pages_through_a_walk_without_gaps(
    threads: dict[str, Conversation], admin: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", 1)
    first = search_conversations(visible_conversations(admin), admin, "金", limit=2)
    second = search_conversations(
        visible_conversations(admin), admin, "金", limit=2, cursor=first.next_cursor
    )
    pages = [c.pk for page in (first, second) for c in page.conversations]
    assert pages == [threads[k].pk for k in ("money", "split", "refund")]
    assert second.next_cursor is None


def test_it_moves_the_words_with_a_merge_and_back(
    threads: dict[str, Conversation], admin: object
) -> None:
    merge(admin, threads["invoices"], threads["money"])
    assert found(admin, "invoices", threads) == ["money"]
    unmerge(admin, threads["invoices"])
    assert found(admin, "invoices", threads) == ["invoices"]


def test_it_forgets_the_words_of_a_deleted_message(
    threads: dict[str, Conversation], admin: object
) -> None:
    Message.objects.get(message_id="<split1@x>").delete()
    assert found(admin, "解約", threads) == []
    assert found(admin, "返金", threads) == ["split", "refund"]


def test_the_facets_say_when_they_count_only_the_most_recent(
    threads: dict[str, Conversation], admin: object, monkeypatch: pytest.MonkeyPatch, client
) -> None:  # type: ignore[no-untyped-def]
    import madoguchi.search as search
    import madoguchi.web.views.search as view

    monkeypatch.setattr(search, "FACET_LIMIT", 2)
    monkeypatch.setattr(view, "FACET_LIMIT", 2)
    page = search_conversations(visible_conversations(admin), admin, "金", with_facets=True)
    assert page.facets_capped
    assert sum(n for _status, n in page.facets["status"]) == 2  # type: ignore[index]
    client.force_login(admin)
    # The counts the search page asks for as it loads (part=counts).
    counts = {"q": "金", "part": "counts"}
    html = client.get("/search/", counts, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "2 件以上: 件数は新しい 2 件の内訳です。" in html
    exact = search_conversations(visible_conversations(admin), admin, "invoices", with_facets=True)
    assert not exact.facets_capped
    counts = {"q": "invoices", "part": "counts"}
    html = client.get("/search/", counts, HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "件以上" not in html and "件の問い合わせ" in html


def test_a_common_label_walks_to_the_same_answer(
    threads: dict[str, Conversation], admin: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from madoguchi.models import Label

    billing = Label.objects.create(name="請求")
    for key in ("refund", "money", "cancel"):
        threads[key].labels.add(billing)
    for threshold in (10**9, 1):  # sorting, then walking
        monkeypatch.setattr(search_compile, "MIN_WALK_MATCHES", threshold)
        assert found(admin, "label:請求", threads) == ["money", "cancel", "refund"]
        assert found(admin, "金 label:請求", threads) == ["money", "refund"]
        assert found(admin, "-label:請求", threads) == ["invoices", "split"]
