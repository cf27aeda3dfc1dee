"""An empty template variable in the middle of a sentence: "… from {organization}." for a
customer with no company rendered "… from." and left so. It now stays visible as a blank
in the compose box, the reply check marks it, and sending refuses it naming it, until the
agent fills it or rewrites the line. A variable that opens a line and can go (「{organization}」
above the name) still goes, and automatic sends keep refusing any unfilled variable."""

from __future__ import annotations

from django.utils import timezone

from madoguchi.actions.followup import send_followup
from madoguchi.models import Conversation, Customer, Event, OutboxItem, Template
from tests.web.conftest import World, make_conversation

BODY = (
    "Dear {customer_name},\n\n"
    "Thank you for writing to us from {organization}.\n"
    "We are checking your order now."
)


def no_company(world: World) -> Conversation:
    conversation = make_conversation(world.support, sender="john@freemail.example", name="John")
    Customer.objects.filter(pk=conversation.customer_id).update(organization=None)
    return conversation


def test_it_keeps_a_mid_sentence_blank_visible_and_refuses_to_send_it(world: World) -> None:
    conversation = no_company(world)
    template = Template.objects.create(name="Order", language="en", body=BODY)
    alice = world.client(world.alice)
    box = alice.get(f"/c/{conversation.pk}/template/", {"template": template.pk})
    text = box.content.decode()
    assert "Thank you for writing to us from {organization}." in text
    assert "from." not in text and "Dear John," in text

    typed = "Dear John,\n\nThank you for writing to us from {organization}.\nWe are checking."
    panel = alice.post(f"/c/{conversation.pk}/lint/", {"body": typed}, HTTP_ACCEPT_LANGUAGE="ja")
    assert 'data-rule="placeholder_left"' in panel.content.decode()

    page = alice.post(
        f"/c/{conversation.pk}/reply/",
        {"body": typed, "seen_at": timezone.now().isoformat()},
        HTTP_ACCEPT_LANGUAGE="ja",
        follow=True,
    ).content.decode()
    assert "「{organization}」" in page
    assert not OutboxItem.objects.filter(conversation=conversation).exists()


def test_a_blank_that_opens_a_line_still_goes_quietly(world: World) -> None:
    conversation = no_company(world)
    template = Template.objects.create(
        name="挨拶", body="{organization} {customer_name}様\n\nお問い合わせありがとうございます。"
    )
    text = world.client(world.alice).get(
        f"/c/{conversation.pk}/template/", {"template": template.pk}
    )
    assert "John様\n\nお問い合わせありがとうございます。" in text.content.decode()
    assert "{organization}" not in text.content.decode()


def test_an_automatic_follow_up_with_the_blank_is_not_sent(world: World) -> None:
    conversation = no_company(world)
    Conversation.objects.filter(pk=conversation.pk).update(owner=world.alice)
    conversation.refresh_from_db()
    template = Template.objects.create(name="Follow-up", language="en", body=BODY)
    assert not send_followup(conversation, template.pk)
    assert not OutboxItem.objects.filter(conversation=conversation).exists()
    refused = Event.objects.get(conversation=conversation, verb="followup_not_sent")
    assert "{organization}" in refused.after["why"]
