"""A customer who answered the survey 不満 and then chose 満足 or 普通 (another link of the
same mail) has taken the complaint back (session 19; walk 13 F19 left it standing): the
flag goes, the bell's 不満 notices are read, and the conversation goes back to 対応済 — unless
somebody has acted on it since the reopen, when it stays where they put it."""

from __future__ import annotations

from django.test import Client

from madoguchi.actions.notes import add_note
from madoguchi.actions.notify import unread_count
from madoguchi.models import Conversation, Notification, NotificationKind, Status
from tests.web.conftest import World
from tests.web.test_s17_bad_rating import _answer, _resolved_and_asked


def _header(world: World, conversation: Conversation) -> str:
    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    return page.content.decode()


def test_a_better_answer_takes_back_what_the_bad_one_did(world: World) -> None:
    conversation, token = _resolved_and_asked(world)
    _answer(token, "bad")
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN
    assert unread_count(world.lead) == 1

    _answer(token, "great")  # the customer clicks 満足 in the same mail

    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED and conversation.resolved_at is not None
    assert unread_count(world.lead) == 0 and unread_count(world.alice) == 0
    assert Notification.objects.filter(kind=NotificationKind.RATED_BAD).count() == 2  # kept
    page = _header(world, conversation)
    assert "data-rated-bad" not in page
    # The timeline keeps both answers, and says who moved the conversation (the system is not
    # a colleague: 「システム さんが…」 before).
    assert "お客様の評価: 不満" in page and "お客様の評価: 満足" in page
    assert "システムがステータスを「対応中」にしました" in page
    assert "システムがステータスを「対応済」にしました" in page
    assert "システム さん" not in page
    assert "佐藤 アリス さんがステータスを「対応済」にしました" in page


def test_it_stays_open_when_somebody_has_acted_since_the_reopen(world: World) -> None:
    conversation, token = _resolved_and_asked(world)
    _answer(token, "bad")
    add_note(world.alice, conversation, "お電話で状況を確認します。")

    _answer(token, "okay")

    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN  # alice is on it
    assert "data-rated-bad" not in _header(world, conversation)
    assert unread_count(world.lead) == 0


def test_a_comment_with_the_bad_answer_makes_it_final(world: World) -> None:
    conversation, token = _resolved_and_asked(world)
    _answer(token, "bad", "まだ直っていません。")

    late = Client().post(f"/satisfaction/{token}/", {"rating": "great"})
    assert late.status_code == 400
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN
    assert "data-rated-bad" in _header(world, conversation)
