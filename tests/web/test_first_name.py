"""English greetings use the first name (walk 8 finding 22: "Hi Grace Lee,"): the template
variable {customer_first_name}, used by the demo's English templates; Japanese templates
keep {customer_name} 様 (姓＋名＋様) unchanged."""

from __future__ import annotations

import re

import pytest

from madoguchi.demo.knowledge import TEMPLATES
from madoguchi.models import Customer, Template
from madoguchi.quality.placeholders import first_name
from tests.web.conftest import World, make_conversation


def inserted(world: World, conversation_pk: int, template: Template) -> str:
    response = world.client(world.alice).get(
        f"/c/{conversation_pk}/template/", {"template": template.pk}
    )
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Grace Lee", "Grace"),
        ("  Grace   Lee ", "Grace"),
        ("Lee, Grace", "Grace"),
        ("Dr. Anna Schmidt", "Anna"),
        ("Ms Olivia Harris", "Olivia"),
        ("Mike O'Brien", "Mike"),
        ("José García", "José"),
        ("山田 太郎", "山田 太郎"),  # which part is the given name cannot be told: whole
        ("grace@pinecrest.example", ""),
        ("", ""),
    ],
)
def test_it_takes_the_first_name_an_english_greeting_uses(name: str, first: str) -> None:
    assert first_name(name) == first


def test_an_english_template_greets_by_first_name_and_a_japanese_one_by_full_name(
    world: World,
) -> None:
    conversation = make_conversation(
        world.support, "Appointment reminders", sender="grace@pinecrest.example", name="Grace Lee"
    )
    english = Template.objects.create(
        name="Hi", language="en", body="Hi {customer_first_name},\n\nThanks for writing."
    )
    assert "Hi Grace,\n\nThanks for writing." in inserted(world, conversation.pk, english)
    japanese = Template.objects.create(name="挨拶", body="{customer_name} 様")
    assert "Grace Lee 様" in inserted(world, conversation.pk, japanese)

    # No name known: "Hello," rather than "Hi ,".
    Customer.objects.filter(pk=conversation.customer_id).update(name="")
    assert "Hello,\n\nThanks for writing." in inserted(world, conversation.pk, english)


def test_an_agent_may_save_a_template_with_the_first_name_variable(world: World) -> None:
    response = world.client(world.alice).post(
        "/templates/new/",
        {
            "name": "Hi",
            "scope": "personal",
            "language": "en",
            "kind": "reply",
            "body": "Hi {customer_first_name},",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    errors = re.findall(r"errorlist[^>]*><li>(.*?)<", response.content.decode())
    assert response.status_code in (302, 303), errors
    assert Template.objects.get(name="Hi").body == "Hi {customer_first_name},"


def test_the_demos_english_templates_greet_by_first_name() -> None:
    english = [body for _name, language, _kind, body in TEMPLATES if language == "en"]
    assert english and all("{customer_name}" not in body for body in english)
    assert sum("Hi {customer_first_name}," in body for body in english) >= 2
