"""Every path that sends passes the same checks (actions/sending.py SEND_PATHS): an
unfilled placeholder and the team's blocking rules stop each of them, approval applies to
the retry too, and each bumps the version and re-indexes what it queued."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.utils import timezone

from madoguchi.actions.base import visible_conversations  # noqa: E402
from madoguchi.actions.lint_policy import LintBlocked
from madoguchi.actions.outbound import forward, start_conversation
from madoguchi.actions.replies import approve_reply, retry_reply, send_reply
from madoguchi.actions.sending import (
    BLOCKING_RULES,
    PLACEHOLDERS,
    SEND_PATHS,
    VERSION_BUMP,
    PlaceholdersLeft,
)
from madoguchi.models import (
    ApprovalPolicy,
    ApprovalRequest,
    Conversation,
    LintMode,
    LintPolicy,
    OutboxItem,
    OutboxState,
)
from madoguchi.search import search_conversations
from tests.web.conftest import World, make_conversation

GOOD = "ご連絡ありがとうございます。返金の手続きを本日いたしました。"
PLACEHOLDER = "〇〇様\n\n〇月〇日に返金いたします。"
BLOCKED = "明日までに書類を返送してください。"  # imperative, set to block below

# The worker's own paths, tested against a real SMTP server in tests/transport/test_outbound.py
# tests/transport/test_satisfaction.py, tests/transport/test_followup.py and
# tests/transport/test_digest.py (the digest goes to a lead, outside the customer gate) and
# tests/transport/test_notification_mail.py (to the staff member, outside it too).
ELSEWHERE = {"auto_ack", "csat", "followup", "digest", "notification_mail"}


def _queued(world: World, text: str = GOOD) -> OutboxItem:
    conversation = make_conversation(world.support)
    return send_reply(world.alice, conversation, text, seen_at=timezone.now(), force=True)


# The conversation's version right before each path's action ran.
VERSION_BEFORE: dict[str, int] = {}


def _version(conversation_id: int) -> int:
    return Conversation.objects.get(pk=conversation_id).version


def via_reply(world: World, text: str) -> OutboxItem:
    conversation = make_conversation(world.support)
    VERSION_BEFORE["reply"] = conversation.version
    return send_reply(world.alice, conversation, text, seen_at=timezone.now(), force=True)


def via_retry(world: World, text: str) -> OutboxItem:
    item = _queued(world)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED, last_error="550")
    VERSION_BEFORE["retry"] = _version(item.conversation_id)
    return retry_reply(world.alice, item, body=text)


def via_approve(world: World, text: str) -> OutboxItem:
    item = _queued(world)
    # It waited for approval while the text (or the policy) changed.
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.AWAITING_APPROVAL, own_text=text)
    VERSION_BEFORE["approve"] = _version(item.conversation_id)
    return approve_reply(world.lead, item)


def via_forward(world: World, text: str) -> OutboxItem:
    conversation = make_conversation(world.support)
    VERSION_BEFORE["forward"] = conversation.version
    return forward(world.alice, conversation, "partner@outside.example", text)


def via_new_mail(world: World, text: str) -> OutboxItem:
    VERSION_BEFORE["new_mail"] = 1  # the conversation it starts
    return start_conversation(
        world.alice, world.support, to="new@customer.example", subject="ご案内", body=text
    )


PATHS: dict[str, Callable[[World, str], OutboxItem]] = {
    "reply": via_reply,
    "retry": via_retry,
    "approve": via_approve,
    "forward": via_forward,
    "new_mail": via_new_mail,
}


def _owing(check: str) -> list[str]:
    return [path for path in PATHS if check in SEND_PATHS[path].checks]


def test_every_listed_path_is_covered_here_or_built_elsewhere_against_the_gate() -> None:
    assert set(SEND_PATHS) == set(PATHS) | ELSEWHERE


@pytest.mark.parametrize("path", _owing(PLACEHOLDERS))
def test_an_unfilled_placeholder_stops_every_path(world: World, path: str) -> None:
    with pytest.raises(PlaceholdersLeft, match="〇月〇日"):
        PATHS[path](world, PLACEHOLDER)


def test_a_blank_in_a_new_mails_subject_stops_it_before_anything_is_made(world: World) -> None:
    conversations = Conversation.objects.count()
    with pytest.raises(PlaceholdersLeft, match=r"件名の空欄 「【?\[店舗名\]"):
        start_conversation(
            world.alice,
            world.support,
            to="new@customer.example",
            subject="【[店舗名]】ご来店予約の確認",
            body=GOOD,
        )
    assert Conversation.objects.count() == conversations
    assert not OutboxItem.objects.filter(conversation__subject__contains="店舗名").exists()


@pytest.mark.parametrize("path", _owing(BLOCKING_RULES))
def test_the_teams_blocking_rules_stop_every_path(world: World, path: str) -> None:
    LintPolicy.objects.create(rule="imperative", mode=LintMode.BLOCK)
    with pytest.raises(LintBlocked):
        PATHS[path](world, BLOCKED)


@pytest.mark.parametrize("path", _owing(VERSION_BUMP))
def test_every_path_bumps_the_version(world: World, path: str) -> None:
    # The send-time collision check (Traffic Cop) compares versions: a send must move it.
    item = PATHS[path](world, GOOD)
    assert _version(item.conversation_id) == VERSION_BEFORE[path] + 1


def test_a_retry_by_an_agent_who_needs_approval_goes_to_approval(world: World) -> None:
    item = _queued(world)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED, last_error="550")
    ApprovalPolicy.objects.create(name="新人チェック").agents.add(world.alice)

    retried = retry_reply(world.alice, item, body="宛先を直しました。")

    assert retried.state == OutboxState.AWAITING_APPROVAL
    assert ApprovalRequest.objects.filter(outbox_item=retried).exists()  # on /approvals/


def test_an_edited_retry_is_found_by_search(world: World) -> None:
    item = _queued(world)
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.FAILED, last_error="550")

    retry_reply(world.alice, item, body="振込先口座を訂正いたしました。")

    found = search_conversations(visible_conversations(world.alice), world.alice, "振込先口座")
    assert [conversation.pk for conversation in found.conversations] == [item.conversation_id]
