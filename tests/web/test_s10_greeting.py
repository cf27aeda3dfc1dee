"""A reply greeting someone who is not in the conversation is asked about before it goes
(walk 10: "Hi Grace," on Hannah Wright's conversation and 「田中様」 on 山本さん's left
unquestioned)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from madoguchi.models import Message, OutboxItem
from tests.web.conftest import World, make_conversation

HTMX = {"HTTP_HX_REQUEST": "true"}


def post_reply(world: World, conversation_id: int, body: str, **fields: Any) -> Any:
    data = {"body": body, "seen_at": timezone.now().isoformat(), **fields}
    return world.client(world.alice).post(f"/c/{conversation_id}/reply/", data, **HTMX)


def test_a_greeting_to_someone_else_is_asked_about_once(world: World) -> None:
    conversation = make_conversation(world.support)  # 山田 太郎
    body = "田中様\n\nお問い合わせありがとうございます。返金は明日までに完了いたします。"

    asked = post_reply(world, conversation.pk, body)

    html = asked.content.decode()
    assert asked.headers["HX-Retarget"] == "#send-confirm"
    assert 'data-question="greeting"' in html and "田中" in html and "山田 太郎" in html
    assert not OutboxItem.objects.exists()
    sent = post_reply(world, conversation.pk, body, confirmed="greeting")
    assert sent.status_code == 204 and OutboxItem.objects.count() == 1


def test_the_customer_or_a_generic_greeting_goes_without_a_question(world: World) -> None:
    conversation = make_conversation(world.support)
    for body in (
        "山田様\n\nお問い合わせありがとうございます。",
        "山田 太郎 様\n\nお問い合わせありがとうございます。",
        "Customer Inc.\n山田様\n\nお問い合わせありがとうございます。",
        "お客様各位\n\nお問い合わせありがとうございます。",
        "いつもお世話になっております。返金の件でご連絡いたします。",
    ):
        answered = post_reply(world, conversation.pk, body)
        assert answered.status_code == 204, body


def test_english_greetings_are_checked_against_everyone_in_the_thread(world: World) -> None:
    conversation = make_conversation(
        world.support,
        "Refund",
        "Please refund my order.",
        sender="hannah.wright@customer.example",
        name="Hannah Wright",
    )
    Message.objects.filter(conversation=conversation).update(
        cc=[{"name": "Ken Ito", "address": "ken@customer.example"}]
    )
    wrong = post_reply(world, conversation.pk, "Hi Grace,\n\nThe refund was sent today.")
    assert 'data-question="greeting"' in wrong.content.decode()
    for body in (
        "Hi Hannah,\n\nThe refund was sent today.",
        "Dear Ms. Wright,\n\nThe refund was sent today.",
        "Hi Ken,\n\nThe refund was sent today.",
        "Hi there,\n\nThe refund was sent today.",
        "山田様\n\n返金いたしました。",  # a Japanese name for a customer known in Latin: no basis
    ):
        assert post_reply(world, conversation.pk, body).status_code == 204, body


def test_a_name_signed_in_the_customers_mail_is_someone_in_the_thread(world: World) -> None:
    # A shared department address: the From says the department, the signature the person.
    conversation = make_conversation(
        world.support,
        text="請求書の再発行をお願いします。\n\nミナト商事 経理部\n山田 花子",
        sender="keiri@minato.example",
        name="ミナト商事 経理部",
    )
    answered = post_reply(world, conversation.pk, "山田様\n\n再発行いたしました。")
    assert answered.status_code == 204
    asked = post_reply(world, conversation.pk, "田中様\n\n再発行いたしました。")
    assert 'data-question="greeting"' in asked.content.decode()
