"""Walk 13, F19: a satisfaction survey answered 不満 reaches people. The owner and the
mailbox's lead are notified (once), a resolved conversation is back in 対応中, and its queue
row and header say 「評価：不満」 with the customer's comment."""

from __future__ import annotations

from django.test import Client

from madoguchi.actions.conversations import assign, set_status
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.models import (
    Conversation,
    Notification,
    NotificationKind,
    SatisfactionSurvey,
    Status,
)
from tests.web.conftest import World, make_conversation

COMPLAINT = "直っていないのに対応済にされました。"


def _resolved_and_asked(world: World) -> tuple[Conversation, str]:
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    conversation = make_conversation(world.support)
    assign(world.alice, conversation, world.alice)
    set_status(world.alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    return conversation, SatisfactionSurvey.objects.get(conversation=conversation).token


def _answer(token: str, rating: str, comment: str = "") -> None:
    response = Client().post(f"/satisfaction/{token}/", {"rating": rating, "comment": comment})
    assert response.status_code == 200


def test_a_bad_answer_with_a_comment_reopens_notifies_and_is_flagged(world: World) -> None:
    conversation, token = _resolved_and_asked(world)

    _answer(token, "bad")  # the link in the mail, then the comment sent with it
    _answer(token, "bad", COMPLAINT)

    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN and conversation.resolved_at is None
    told = Notification.objects.filter(kind=NotificationKind.RATED_BAD, conversation=conversation)
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(
        [world.alice.pk, world.lead.pk]
    )
    alice = world.client(world.alice)
    bell = alice.get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "お客様が満足度アンケートに「不満」と回答しました。" in bell
    queue = alice.get("/q/open/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    row = queue.split(f'data-href="/c/{conversation.pk}/"')[1].split("</tr>")[0]
    assert "評価：不満" in row and COMPLAINT in row
    header = alice.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    flag = header.split("data-rated-bad>")[1].split("</div>")[0]
    assert "Rated: Bad" in flag and COMPLAINT in flag


def test_a_bad_answer_without_a_comment_is_flagged_too(world: World) -> None:
    conversation, token = _resolved_and_asked(world)

    _answer(token, "bad")

    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN
    assert Notification.objects.filter(
        kind=NotificationKind.RATED_BAD, recipient=world.lead
    ).exists()
    page = world.client(world.lead).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "評価：不満" in page.content.decode().split("data-rated-bad>")[1].split("</div>")[0]


def test_a_good_answer_leaves_the_conversation_resolved_and_quiet(world: World) -> None:
    conversation, token = _resolved_and_asked(world)

    _answer(token, "great", "ありがとうございました。")

    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED
    assert not Notification.objects.filter(kind=NotificationKind.RATED_BAD).exists()
    page = world.client(world.alice).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "data-rated-bad" not in page.content.decode()
