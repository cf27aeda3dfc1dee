"""What walk 10 found in the search page: numerals written two ways, relevance ending at 25,
facets that could only be added."""

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


def _mail(mailbox: Mailbox, key: str, subject: str, body: str) -> Conversation:
    raw = make_mail(
        message_id=f"<{key}@x>",
        subject=subject,
        body=body,
        sender=f"{key}@customer.test",
        sender_name=key,
    )
    prepared = prepare_mail(raw, Path(settings.ATTACHMENT_DIR))
    ingest_batch(IngestSession(mailbox), [(IncomingMail(raw, key), prepared)])
    return Conversation.objects.get(messages__message_id=f"<{key}@x>")


@pytest.fixture
def admin(db: None):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_superuser("admin", "a@example.com", "pw")


@pytest.fixture
def mailbox(db: None) -> Mailbox:
    return Mailbox.objects.create(name="Support", address="support@example.com")


def test_a_numeral_finds_both_ways_of_writing_it(admin, mailbox) -> None:  # type: ignore[no-untyped-def]
    kanji = _mail(mailbox, "kanji", "二段階認証の設定", "二段階認証のコードが届きません。")
    digit = _mail(mailbox, "digit", "2段階認証", "2段階認証を有効にしたらログインできない。")
    _mail(mailbox, "other", "請求書", "請求書をください。")
    for typed in ("2段階認証", "２段階認証", "二段階認証"):
        page = search_conversations(visible_conversations(admin), admin, typed)
        assert {c.pk for c in page.conversations} == {kanji.pk, digit.pk}, typed


def test_relevance_pages_on_past_the_first_25(admin, mailbox) -> None:  # type: ignore[no-untyped-def]
    for n in range(30):
        _mail(mailbox, f"r{n}", f"返金 {n}", "返金をお願いします。" * (1 + n % 3))
    visible = visible_conversations(admin)
    first = search_conversations(visible, admin, "返金", order="relevance")
    assert len(first.conversations) == 25 and first.next_cursor
    second = search_conversations(
        visible, admin, "返金", order="relevance", cursor=first.next_cursor
    )
    assert len(second.conversations) == 5 and second.next_cursor is None
    shown = {c.pk for c in first.conversations} | {c.pk for c in second.conversations}
    assert len(shown) == 30


def test_an_applied_facet_is_marked_and_takes_itself_away(admin, mailbox, client) -> None:  # type: ignore[no-untyped-def]
    _mail(mailbox, "a", "返金", "返金をお願いします。")
    client.force_login(admin)
    # The chips come with the counts the page asks for as it loads (part=counts).
    page = client.get("/search/", {"q": "返金 status:new", "part": "counts"})
    html = page.content.decode()
    assert 'class="chip active"' in html
    assert 'href="?q=%E8%BF%94%E9%87%91"' in html  # 返金 alone: the filter taken away
    plain = client.get("/search/", {"q": "返金", "part": "counts"}).content.decode()
    assert 'class="chip" ' in plain and 'class="chip active"' not in plain
    assert "status%3Anew" in plain
