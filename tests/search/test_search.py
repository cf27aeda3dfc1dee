"""Searching conversations: Japanese words of any length, English, filters, permissions."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from django.conf import settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "core"))
from mailmaker import make_mail  # noqa: E402

from madoguchi.actions.base import visible_conversations  # noqa: E402
from madoguchi.actions.ingest import IncomingMail, IngestSession, ingest_batch  # noqa: E402
from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from madoguchi.models import Conversation, Mailbox  # noqa: E402
from madoguchi.search import search_conversations  # noqa: E402

pytestmark = pytest.mark.django_db

MAILS = {
    "refund": ("返金について", "先日の注文の返金をお願いします。"),
    "cancel": ("解約したい", "来月で解約させてください。"),
    "login": ("ログインできません", "パスワードを入れてもログインできません。Error 500"),
    "english": ("Double charge", "I was charged twice for the same invoice."),
    "single": ("金曜日の件", "金曜日に電話します。"),
}


@pytest.fixture
def conversations(db: None) -> dict[str, Conversation]:
    mailbox = Mailbox.objects.create(name="Support", address="support@example.com")
    session = IngestSession(mailbox)
    found = {}
    for key, (subject, body) in MAILS.items():
        raw = make_mail(
            message_id=f"<{key}@x>", subject=subject, body=body, sender=f"{key}@customer{key}.co.jp"
        )
        ingest_batch(
            session, [(IncomingMail(raw, key), prepare_mail(raw, Path(settings.ATTACHMENT_DIR)))]
        )
        found[key] = Conversation.objects.get(messages__message_id=f"<{key}@x>")
    return found


@pytest.fixture
def admin(db: None):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_superuser("admin", "a@example.com", "pw")


def keys(result: list[Conversation], conversations: dict[str, Conversation]) -> set[str]:
    by_pk = {c.pk: k for k, c in conversations.items()}
    return {by_pk[c.pk] for c in result}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("返金", {"refund"}),
        ("解約", {"cancel"}),
        ("ログイン", {"login"}),
        ("ﾛｸﾞｲﾝ", {"login"}),
        ("注文の返金", {"refund"}),
        ("charged", {"english"}),
        ("CHARGED twice", {"english"}),
        ('"same invoice"', {"english"}),
        ('"invoice same"', set()),
        ("error 500", {"login"}),
        ("金", {"refund", "single"}),
        ("返金 解約", set()),
        ("存在しない言葉", set()),
    ],
)
def test_it_finds_words_of_any_length(
    conversations: dict[str, Conversation], admin: object, query: str, expected: set[str]
) -> None:
    assert (
        keys(
            search_conversations(visible_conversations(admin), admin, query).conversations,
            conversations,
        )
        == expected
    )


def test_filters_narrow_the_results(conversations: dict[str, Conversation], admin: object) -> None:
    conversations["refund"].status = "resolved"
    conversations["refund"].save()
    assert keys(
        search_conversations(visible_conversations(admin), admin, "status:resolved").conversations,
        conversations,
    ) == {"refund"}
    assert keys(
        search_conversations(
            visible_conversations(admin), admin, "status:未対応 ログイン"
        ).conversations,
        conversations,
    ) == {"login"}
    assert keys(
        search_conversations(visible_conversations(admin), admin, "from:cancel@").conversations,
        conversations,
    ) == {"cancel"}


def test_relevance_order_returns_the_matches(
    conversations: dict[str, Conversation], admin: object
) -> None:
    page = search_conversations(visible_conversations(admin), admin, "金", order="relevance")
    assert keys(page.conversations, conversations) == {"refund", "single"}


def test_it_finds_a_rare_filtered_match_by_relevance_beyond_the_ranked_candidates(
    conversations: dict[str, Conversation], admin: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Relevance ranks a bounded set of the word's matches before the filters: with room
    for one candidate, one of the two 金 conversations is not ranked, and a filter naming
    it must still find it (newest first after the ranked ones), never an empty page."""
    import madoguchi.search as search

    monkeypatch.setattr(search, "RELEVANCE_CANDIDATES", 1)
    for key in ("refund", "single"):
        page = search_conversations(
            visible_conversations(admin), admin, f"金 from:{key}@", order="relevance"
        )
        assert keys(page.conversations, conversations) == {key}


def test_an_agent_of_another_team_finds_nothing(
    conversations: dict[str, Conversation],
) -> None:
    from django.contrib.auth.models import User

    from madoguchi.models import Agent, Team

    charlie = User.objects.create_user("charlie", "c@example.com", "pw")
    Agent.objects.create(user=charlie).teams.add(Team.objects.create(name="Other"))
    assert search_conversations(visible_conversations(charlie), charlie, "返金").conversations == []


def test_pages_follow_each_other_without_gaps(
    conversations: dict[str, Conversation], admin: object
) -> None:
    first = search_conversations(visible_conversations(admin), admin, "", limit=2)
    second = search_conversations(
        visible_conversations(admin), admin, "", limit=2, cursor=first.next_cursor
    )
    third = search_conversations(
        visible_conversations(admin), admin, "", limit=2, cursor=second.next_cursor
    )
    seen = [c.pk for page in (first, second, third) for c in page.conversations]
    assert sorted(seen) == sorted(c.pk for c in conversations.values())
    assert third.next_cursor is None
