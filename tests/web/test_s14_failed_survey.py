"""Walk 12 F-17 (second part): a satisfaction survey that failed to send is shown as a
survey that did not go, with resend and discard, never as a reply the customer is missing
(no 送信失敗 folder, no 「返信がお客様に届いていません」 banner)."""

from __future__ import annotations

from madoguchi.actions.conversations import set_status
from madoguchi.actions.outbox import record_failed
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.models import Conversation, OutboxItem, OutboxState, Status
from tests.web.conftest import World, make_conversation


def _failed_survey(world: World) -> tuple[Conversation, OutboxItem]:
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    conversation = make_conversation(world.support)
    set_status(world.alice, conversation, Status.RESOLVED)
    assert send_satisfaction_surveys() == 1
    item = OutboxItem.objects.get(conversation=conversation)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w1")
    assert record_failed(item.pk, "w1", "554 relay access denied")
    return conversation, item


def test_a_failed_survey_is_shown_as_a_survey_not_a_missing_reply(world: World) -> None:
    conversation, _item = _failed_survey(world)
    alice = world.client(world.alice)
    page = alice.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "data-survey-failed" in page and "満足度アンケートを送信できませんでした" in page
    assert "お客様に届いていません" not in page
    folder = alice.get("/q/send_failed/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert f"/c/{conversation.pk}/" not in folder
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED


def test_a_failed_survey_is_sent_again_or_discarded(world: World) -> None:
    conversation, item = _failed_survey(world)
    alice = world.client(world.alice)
    alice.post(f"/c/{conversation.pk}/outbox/{item.pk}/retry/")
    item.refresh_from_db()
    conversation.refresh_from_db()
    assert item.state == OutboxState.PENDING and conversation.status == Status.RESOLVED

    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w1")
    assert record_failed(item.pk, "w1", "554 relay access denied")
    alice.post(f"/c/{conversation.pk}/outbox/{item.pk}/discard/")
    assert not OutboxItem.objects.filter(pk=item.pk).exists()
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED


def test_the_failure_notice_and_the_discard_message_name_the_survey_not_a_reply(
    world: World,
) -> None:
    """Session 15: the 送信失敗 notification and the discard message said 「返信」/"reply"
    for a failed satisfaction survey."""
    conversation, item = _failed_survey(world)
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    alice = world.client(world.alice)
    # A second failure, now that the conversation has an owner to tell.
    alice.post(f"/c/{conversation.pk}/outbox/{item.pk}/retry/")
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENDING, lease_owner="w1")
    assert record_failed(item.pk, "w1", "554 relay access denied")

    ja = alice.get("/notifications/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "満足度アンケートを送信できませんでした" in ja and "返信を送信できませんでした" not in ja
    en = alice.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "A satisfaction survey could not be sent." in en
    assert "A reply could not be sent." not in en

    page = alice.post(
        f"/c/{conversation.pk}/outbox/{item.pk}/discard/", HTTP_ACCEPT_LANGUAGE="ja", follow=True
    ).content.decode()
    assert "送信に失敗した満足度アンケートを破棄しました" in page
    assert "送信に失敗した返信を破棄しました" not in page
