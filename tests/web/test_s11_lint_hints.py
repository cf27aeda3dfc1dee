# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""The compose box's reply check shows hints (weaker findings of the draft-level decision)
apart from and quieter than warnings, in ja and en; a hint never blocks nor asks to be ticked."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.models import LintPolicy, OutboxItem
from tests.web.conftest import World, make_conversation

# "Just reply …" opens like a bare command; in this mail it is a hint, not a warning.
BODY = "Hello Ms Lee,\n\nI have refunded the 24.00 EUR for the broken mug today; it will show on your card within 5 business days.\n\nJust reply to this mail if it has not arrived by 20 June.\n\nKind regards,\nTom"


def test_the_json_check_lists_the_hint_apart_from_the_findings(world: World) -> None:
    conversation = make_conversation(world.support, subject="Refund")
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/lint/?format=json", {"body": BODY}
    )
    data = response.json()
    assert data["findings"] == []
    (hint,) = data["hints"]
    assert hint["rule"] == "imperative" and hint["mode"] == "hint"


def test_the_panel_shows_a_hint_quietly_in_the_ui_language(world: World) -> None:
    conversation = make_conversation(world.support, subject="Refund")
    client = world.client(world.alice)
    english = client.post(
        f"/c/{conversation.pk}/lint/", {"body": BODY}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Reply check: nothing to point out." in english
    assert 'class="lint-finding mode-hint"' in english
    assert "1 hint: worth a look, not a problem" in english
    assert "Must be acknowledged" not in english and 'name="lint_ack"' not in english
    japanese = client.post(
        f"/c/{conversation.pk}/lint/", {"body": BODY}, HTTP_ACCEPT_LANGUAGE="ja"
    ).content.decode()
    assert "返信チェック：指摘はありません。" in japanese
    assert "ヒント 1 件" in japanese and ">ヒント</span>" in japanese


def test_a_hint_does_not_block_a_rule_set_to_block(world: World) -> None:
    LintPolicy.objects.create(rule="imperative", mode="block")
    conversation = make_conversation(
        world.support, subject="Refund", sender="mina@customer.example", name="Mina Lee"
    )
    response = world.client(world.alice).post(
        f"/c/{conversation.pk}/reply/", {"body": BODY, "seen_at": timezone.now().isoformat()}
    )
    assert response.status_code == 303
    assert OutboxItem.objects.filter(conversation=conversation).count() == 1


def test_a_hint_does_not_hold_a_reply_for_approval(world: World) -> None:
    from madoguchi.actions.approval import Recipients, approval_reasons
    from madoguchi.models import ApprovalPolicy

    ApprovalPolicy.objects.create(name="ルール", lint_rules=["imperative"])
    conversation = make_conversation(world.support, subject="Refund")
    recipients = Recipients(("taro@customer.example",))
    assert approval_reasons(world.alice, conversation, BODY, (), recipients) == []
    held = approval_reasons(
        world.alice, conversation, "Send us the form by Friday.", (), recipients
    )
    assert [reason.code for reason in held] == ["lint"]
