"""Approval by policy: each condition a lead can set holds a reply, and only then."""

from __future__ import annotations

import pytest
from django.utils import timezone

from madoguchi.actions.approval import Recipients, amounts_in, approval_reasons
from madoguchi.actions.replies import UploadedFile, send_reply
from madoguchi.models import (
    ApprovalPolicy,
    ApprovalRequest,
    Direction,
    Event,
    Message,
    OutboxItem,
    OutboxState,
)
from tests.web.conftest import World, make_conversation

PLAIN = "お問い合わせありがとうございます。確認いたします。"


def reasons(world: World, text: str = PLAIN, **kwargs: object) -> list[str]:
    conversation = kwargs.pop("conversation", None) or make_conversation(world.support)
    found = approval_reasons(
        kwargs.pop("user", world.alice),
        conversation,  # type: ignore[arg-type]
        text,
        kwargs.pop("attachments", ()),  # type: ignore[arg-type]
        kwargs.pop("recipients", Recipients(("taro@customer.example",))),  # type: ignore[arg-type]
    )
    return [reason.code for reason in found]


def policy(**fields: object) -> ApprovalPolicy:
    return ApprovalPolicy.objects.create(name="ルール", **fields)


def test_it_holds_nothing_without_a_policy(world: World) -> None:
    assert reasons(world, "返金いたします。30,000円です。") == []


def test_it_holds_a_chosen_agents_replies(world: World) -> None:
    policy().agents.add(world.alice)
    assert reasons(world) == ["agent"]
    assert reasons(world, user=world.bob) == []


def test_it_holds_only_the_first_replies_of_a_new_hire(world: World) -> None:
    policy(first_replies=1).agents.add(world.alice)
    assert reasons(world) == ["first_replies"]
    conversation = make_conversation(world.support)
    item = send_reply(world.alice, conversation, PLAIN, seen_at=timezone.now(), force=True)
    # Still within the first reply until one has actually gone out.
    assert item.state == OutboxState.AWAITING_APPROVAL
    OutboxItem.objects.filter(pk=item.pk).update(state=OutboxState.SENT)
    assert reasons(world) == []


def test_it_holds_conversations_with_a_label(world: World) -> None:
    policy().labels.add(world.label)
    conversation = make_conversation(world.support)
    assert reasons(world, conversation=conversation) == []
    conversation.labels.add(world.label)
    assert reasons(world, conversation=conversation) == ["label"]


@pytest.mark.parametrize(
    ("field", "attribute", "value", "code"),
    [("on_anger", "emotion", "angry", "anger"), ("on_high_urgency", "urgency", "high", "urgency")],
)
def test_it_holds_angry_or_urgent_conversations(
    world: World, field: str, attribute: str, value: str, code: str
) -> None:
    policy(**{field: True})
    conversation = make_conversation(world.support)
    assert reasons(world, conversation=conversation) == []
    setattr(conversation, attribute, value)
    conversation.save()
    assert reasons(world, conversation=conversation) == [code]


def test_it_holds_a_reply_the_chosen_reply_check_rule_flags(world: World) -> None:
    policy(lint_rules=["imperative"])
    assert reasons(world, "至急、書類を送ってください。") == ["lint"]
    assert reasons(world, PLAIN) == []


def test_it_holds_chosen_words_in_the_agents_own_text_only(world: World) -> None:
    policy(words="返金\n解約, 値引き")
    assert reasons(world, "ご解約の手続きを承りました。") == ["word"]
    assert reasons(world, "全額を返金いたします。") == ["word"]
    # The signature is not the agent's wording.
    assert reasons(world, PLAIN + "\n-- \n返金窓口") == []


def test_it_reads_yen_amounts(world: World) -> None:
    assert amounts_in("30,000円と¥1,200、３万円") == [30000, 1200, 30000]
    policy(amount_at_least=10000)
    assert reasons(world, "5,000円をご返金します。") == []
    assert reasons(world, "１２，０００円をご返金します。") == ["amount"]
    assert reasons(world, "2万円を値引きします。") == ["amount"]


def test_it_holds_replies_with_attachments(world: World) -> None:
    policy(on_attachments=True)
    assert reasons(world) == []
    assert reasons(world, attachments=[UploadedFile("見積書.pdf", "application/pdf", b"%PDF")]) == [
        "attachment" + "s"
    ]


def test_it_holds_a_cc_to_an_outside_domain(world: World) -> None:
    policy(on_external_cc=True)
    # The customer's own domain and ours are not outside.
    inside = Recipients(("taro@customer.example",), ("hanako@customer.example",))
    assert reasons(world, recipients=inside) == []
    outside = Recipients(("taro@customer.example",), ("someone@elsewhere.example",))
    assert reasons(world, recipients=outside) == ["external_cc"]


def test_a_policy_applies_only_to_its_team_or_mailbox(world: World) -> None:
    policy(team=world.team_b, words="返金")
    assert reasons(world, "返金します。") == []
    policy(mailbox=world.support, words="解約")
    assert reasons(world, "解約します。") == ["word"]


def test_leads_replies_are_not_held(world: World) -> None:
    policy(words="返金")
    assert reasons(world, "返金します。", user=world.lead) == []


def test_sending_a_held_reply_says_so_and_records_the_reasons(world: World) -> None:
    policy(words="返金")
    conversation = make_conversation(world.support)
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/",
        {"body": "全額を返金いたします。", "seen_at": timezone.now().isoformat()},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    page = response.content.decode()
    assert "Sent to approval" in page and "返金" in page
    assert "Reply queued for sending" not in page
    request = ApprovalRequest.objects.get()
    assert request.outbox_item is not None
    assert request.outbox_item.state == OutboxState.AWAITING_APPROVAL
    assert [reason["code"] for reason in request.reasons] == ["word"]
    assert Event.objects.filter(verb="reply_awaiting_approval").exists()
    # The waiting reply in the timeline says why it waits.
    timeline = world.client(world.bob).get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert "the reply mentions “返金”" in timeline.content.decode()


def test_the_compose_box_tells_before_sending(world: World) -> None:
    policy(words="返金")
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    url = f"/c/{conversation.pk}/approval-check/"
    held = client.post(url, {"body": "返金いたします。"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert "承認" in held.content.decode() and "返金" in held.content.decode()
    free = client.post(url, {"body": PLAIN}, HTTP_ACCEPT_LANGUAGE="ja")
    assert free.content.decode().strip() == ""
    assert world.client(world.charlie).post(url, {"body": "返金"}).status_code == 404


def test_the_author_finds_a_held_reply_on_the_approvals_page(world: World) -> None:
    """Walk 12, F-9: the header's Approvals link led an author whose reply nobody had
    decided on yet to 「このページは存在しないか…」."""
    policy(words="返金").approvers.add(world.bob)
    conversation = make_conversation(world.support, subject="返金の件")
    send_reply(world.alice, conversation, "返金します。", seen_at=timezone.now(), force=True)
    page = world.client(world.alice).get("/approvals/", HTTP_ACCEPT_LANGUAGE="ja")
    assert page.status_code == 200
    text = page.content.decode()
    assert "承認待ちのあなたの返信" in text and "返金の件" in text and "返金" in text
    # Still no approving for an author who is not an approver.
    assert "承認して送信" not in text
    assert world.client(world.charlie).get("/approvals/").status_code == 404


def test_an_approver_edits_and_the_author_sees_the_difference(world: World) -> None:
    rule = policy(words="返金")
    rule.approvers.add(world.bob)
    conversation = make_conversation(world.support)
    item = send_reply(world.alice, conversation, "返金します。", seen_at=timezone.now(), force=True)
    version = type(conversation).objects.get(pk=conversation.pk).version
    assert "data-approval-count" in world.client(world.bob).get("/q/new/").content.decode()
    response = world.client(world.bob).post(
        f"/c/{conversation.pk}/outbox/{item.pk}/review/",
        {"decision": "edit", "text": "全額を返金いたします。"},
    )
    assert response.status_code == 303
    item.refresh_from_db()
    assert item.state == OutboxState.PENDING and item.message.text == "全額を返金いたします。"
    conversation.refresh_from_db()
    assert conversation.version > version
    page = world.client(world.alice).get("/approvals/").content.decode()
    assert "- 返金します。" in page and "+ 全額を返金いたします。" in page


def test_an_approver_sends_a_reply_back_with_a_comment(world: World) -> None:
    policy(words="返金")
    conversation = make_conversation(world.support)
    item = send_reply(world.alice, conversation, "返金します。", seen_at=timezone.now(), force=True)
    # The comment is required.
    world.client(world.lead).post(
        f"/c/{conversation.pk}/outbox/{item.pk}/review/", {"decision": "return", "comment": ""}
    )
    assert OutboxItem.objects.filter(pk=item.pk).exists()
    world.client(world.lead).post(
        f"/c/{conversation.pk}/outbox/{item.pk}/review/",
        {"decision": "return", "comment": "金額を明記してください"},
    )
    assert not OutboxItem.objects.filter(pk=item.pk).exists()
    assert not Message.objects.filter(conversation=conversation, direction=Direction.OUTGOING)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "金額を明記してください" in page and "返金します。" in page
    assert Event.objects.filter(verb="reply_returned", conversation=conversation).exists()


def test_an_agent_may_not_approve_without_the_right_nor_their_own_reply(world: World) -> None:
    rule = policy(words="返金")
    rule.approvers.add(world.alice)
    conversation = make_conversation(world.support)
    item = send_reply(world.alice, conversation, "返金します。", seen_at=timezone.now(), force=True)
    for user in (world.alice, world.charlie):
        world.client(user).post(
            f"/c/{conversation.pk}/outbox/{item.pk}/review/", {"decision": "approve"}
        )
    item.refresh_from_db()
    assert item.state == OutboxState.AWAITING_APPROVAL


def test_leads_define_policies_in_the_app(world: World) -> None:
    assert world.client(world.alice).get("/approval-rules/").status_code == 404
    client = world.client(world.lead)
    assert "/approval-rules/" in client.get("/q/new/").content.decode()
    response = client.post(
        "/approval-rules/new/",
        {
            "name": "返金チェック",
            "team": world.team_a.pk,  # a lead's policy is for their own team
            "is_active": "on",
            "words": "返金",
            "first_replies": "0",
            "agents": [world.alice.pk],
            "lint_rules": ["imperative"],
            "approvers": [world.bob.pk],
        },
    )
    assert response.status_code == 303
    saved = ApprovalPolicy.objects.get(name="返金チェック")
    assert list(saved.agents.all()) == [world.alice] and saved.lint_rules == ["imperative"]
    assert Event.objects.filter(verb="approval_policy_saved").exists()
    assert "返金チェック" in client.get("/approval-rules/").content.decode()


def test_approvers_of_every_policy_that_holds_a_reply_may_decide_it(world: World) -> None:
    first = policy(words="返金")
    first.approvers.add(world.bob)
    second = ApprovalPolicy.objects.create(name="別のルール", words="返金")
    second.approvers.add(world.lead)
    conversation = make_conversation(world.support)
    item = send_reply(world.alice, conversation, "返金します。", seen_at=timezone.now(), force=True)
    assert item.approval.reasons == [{"code": "word", "detail": "返金", "policy": "ルール"}]
    assert set(item.approval.policies.all()) == {first, second}


def test_the_compose_box_knows_about_attachments_before_they_are_uploaded(world: World) -> None:
    policy(on_attachments=True)
    conversation = make_conversation(world.support)
    client = world.client(world.alice)
    url = f"/c/{conversation.pk}/approval-check/"
    none = client.post(url, {"body": PLAIN, "attachment_count": "0"})
    assert none.content.decode().strip() == ""
    one = client.post(url, {"body": PLAIN, "attachment_count": "1"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "the reply has attachments" in one.content.decode()
