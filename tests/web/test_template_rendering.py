"""Templates and the clarifying reply are filled by variable name only: a customer's name,
subject or text can never steer the rendering (issue 16, finding 1)."""

from __future__ import annotations

import html

import pytest

from madoguchi.actions.assist import clarifying_reply_for
from madoguchi.actions.replies import render_template
from madoguchi.models import Agent, Conversation, Template
from madoguchi.quality.triage import triage
from tests.web.conftest import World, make_conversation

HOSTILE = [
    "{tag:>150000000}",
    "{subject.__class__.__mro__}",
    "{agent_name.x}",
    "{customer_name[0]}",
    "{mailbox_name}",
    "{0}",
    "{}",
]
TERSE = "キャンペーンの応募ができません！"
EVERY_VARIABLE = (
    "{customer_name}|{organization}|{agent_name}|{tag}|{subject}|{mailbox_name}|{customer}"
)


def _terse(world: World, hostile: str) -> Conversation:
    conversation = make_conversation(
        world.support, subject=f"件名 {hostile}", text=f"{TERSE}\n{hostile}", name=hostile
    )
    message = conversation.messages.get()
    # Terse whatever the hostile line does to triage: the panel then offers the reply.
    message.triage = {**triage(message.text, subject=message.subject).to_dict(), "terse": True}
    message.save(update_fields=["triage"])
    conversation.terse = True
    conversation.save(update_fields=["terse"])
    customer = conversation.customer
    assert customer is not None and customer.organization is not None
    customer.organization.name = hostile
    customer.organization.save()
    return conversation


def _hostile_staff(world: World, hostile: str) -> None:
    Agent.objects.filter(user=world.alice).update(display_name=hostile)
    world.support.name = hostile
    world.support.save()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_it_inserts_hostile_names_and_subjects_as_text(world: World, hostile: str) -> None:
    conversation = _terse(world, hostile)
    filled = render_template(Template(body=EVERY_VARIABLE), conversation, world.alice)
    assert filled == (
        f"{hostile}|{hostile}|佐藤 アリス|{conversation.tag}|件名 {hostile}|Support|{{customer}}"
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_agent_and_mailbox_names_are_text_too(world: World, hostile: str) -> None:
    _hostile_staff(world, hostile)
    conversation = _terse(world, "山田")
    conversation.mailbox.refresh_from_db()
    filled = render_template(
        Template(body="{agent_name}/{mailbox_name}/{tag}"), conversation, world.alice
    )
    assert filled == f"{hostile}/{hostile}/{conversation.tag}"
    clarify = Template.objects.create(
        name="[general] 確認",
        kind=Template.Kind.CLARIFY,
        language="ja",
        body="{customer}\n{agent_name}\n{mailbox_name}\n{questions}",
    )
    reply = clarifying_reply_for(conversation, world.alice)
    assert reply is not None and clarify.pk
    assert reply.text.startswith(f"山田 様\n{hostile}\n{hostile}\n・")


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_clarifying_reply_keeps_a_hostile_name_as_written(world: World, hostile: str) -> None:
    conversation = _terse(world, hostile)
    reply = clarifying_reply_for(conversation, world.alice)
    assert reply is not None
    assert reply.text.startswith(f"{hostile} 様\n")
    assert len(reply.text) < 2000
    assert "__mro__" not in reply.text or hostile == "{subject.__class__.__mro__}"
    assert "<class" not in reply.text


def test_the_clarifying_reply_fills_the_ordinary_variables_too(world: World) -> None:
    conversation = _terse(world, "山田 太郎")
    clarify = Template.objects.create(
        name="[campaign] 確認",
        kind=Template.Kind.CLARIFY,
        language="ja",
        body="{customer}\n{agent_name}です。{situation}の件、{questions}\n{nonsense}",
    )
    reply = clarifying_reply_for(conversation, world.alice)
    assert reply is not None and clarify.body != reply.text
    assert reply.text.startswith("山田 太郎 様\n佐藤 アリスです。キャンペーンへのご応募の件、・")
    assert reply.text.endswith("\n{nonsense}")  # unknown: left for the agent to see


@pytest.mark.parametrize("hostile", HOSTILE)
def test_the_assist_panel_and_template_insert_answer_normally(world: World, hostile: str) -> None:
    conversation = _terse(world, hostile)
    template = Template.objects.create(name="返信", body="{customer_name} 様\n{subject}")
    client = world.client(world.alice)
    panel = client.get(f"/c/{conversation.pk}/assist/")
    assert panel.status_code == 200
    assert len(panel.content) < 200_000
    assert "&lt;class" not in panel.content.decode()
    insert = client.get(f"/c/{conversation.pk}/template/", {"template": template.pk})
    assert insert.status_code == 200
    assert f"{hostile} 様\n件名 {hostile}" in html.unescape(insert.content.decode())
