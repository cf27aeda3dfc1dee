"""Templates in the compose box as an agent meets them: empty variables render empty (no
literal {organization}, no lone 様), and {agent_name} in English mail is the agent's name
in Latin letters when they gave one in their preferences."""

from __future__ import annotations

import re

from madoguchi.models import Agent, Customer, Label, Template
from tests.web.conftest import World, make_conversation


def inserted(world: World, conversation_pk: int, template: Template) -> str:
    response = world.client(world.alice).get(
        f"/c/{conversation_pk}/template/", {"template": template.pk}
    )
    assert response.status_code == 200
    return response.content.decode()


def test_it_leaves_out_a_missing_company_and_greets_a_nameless_customer_as_okyakusama(
    world: World,
) -> None:
    conversation = make_conversation(world.support, sender="anon@freemail.example", name="")
    Customer.objects.filter(pk=conversation.customer_id).update(name="", organization=None)
    template = Template.objects.create(
        name="お詫び", body="{organization}\n{customer_name} 様\n\nご不便をおかけしております。"
    )
    body = inserted(world, conversation.pk, template)
    assert "{organization}" not in body and "{customer_name}" not in body
    assert "お客様\n\nご不便をおかけしております。" in body
    assert "様\n\n" not in body.replace("お客様\n\n", "")


def test_it_keeps_the_company_and_name_when_the_customer_has_them(world: World) -> None:
    conversation = make_conversation(world.support)
    template = Template.objects.create(name="挨拶", body="{organization}\n{customer_name} 様")
    assert "Customer Inc.\n山田 太郎 様" in inserted(world, conversation.pk, template)


def test_it_greets_a_nameless_customer_with_hello_in_english(world: World) -> None:
    conversation = make_conversation(world.support, sender="anon@freemail.example", name="")
    Customer.objects.filter(pk=conversation.customer_id).update(name="")
    template = Template.objects.create(
        name="Sorry", language="en", body="Dear {customer_name},\n\nSorry for the wait."
    )
    body = inserted(world, conversation.pk, template)
    assert "Hello,\n\nSorry for the wait." in body
    assert "Dear ," not in body


def test_it_signs_english_templates_with_the_name_in_latin_letters_from_preferences(
    world: World,
) -> None:
    response = world.client(world.alice).post(
        "/preferences/",
        {"display_name": "佐藤 アリス", "name_en": "Alice Sato", "language": "ja"},
    )
    assert response.status_code == 303
    assert Agent.objects.get(user=world.alice).name_en == "Alice Sato"
    conversation = make_conversation(world.support)
    english = Template.objects.create(
        name="Intro", language="en", body="I'm {agent_name}.\n\nBest regards,\n{agent_name}"
    )
    japanese = Template.objects.create(name="名乗り", body="{agent_name}です。")

    assert "I&#x27;m Alice Sato." in inserted(world, conversation.pk, english)
    assert "佐藤 アリス" not in inserted(world, conversation.pk, english)
    assert "佐藤 アリスです。" in inserted(world, conversation.pk, japanese)


def test_the_preferences_page_offers_the_latin_name_in_japanese(world: World) -> None:
    page = world.client(world.alice).get("/preferences/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "ローマ字の名前" in page.content.decode()


def template_post(world: World, body: str, **fields: str) -> tuple[int, str]:
    data = {"name": "お詫び", "scope": "personal", "language": "ja", "kind": "reply", "body": body}
    data.update(fields)
    response = world.client(world.alice).post(
        "/templates/new/", data, HTTP_ACCEPT_LANGUAGE=fields.get("language", "ja")
    )
    return response.status_code, response.content.decode()


def test_it_refuses_a_misspelt_variable_naming_it_and_the_valid_ones(world: World) -> None:
    status, page = template_post(world, "{customer_nmae} 様\n\nお問い合わせありがとうございます。")
    assert status == 200  # the form again, nothing saved
    assert not Template.objects.filter(name="お詫び").exists()
    assert "不明な変数 {customer_nmae}" in page
    assert "{customer_name}" in page and "{organization}" in page


def test_it_refuses_an_unknown_variable_in_english_too(world: World) -> None:
    status, page = template_post(world, "Dear {name},", language="en")
    assert status == 200
    assert "Unknown variable {name}. The variables are: {agent_name}" in page


def test_it_saves_a_template_with_only_known_variables(world: World) -> None:
    status, _page = template_post(world, "{organization}\n{customer_name} 様\n{agent_name}です。")
    assert status == 303
    assert Template.objects.filter(name="お詫び").exists()


def test_it_refuses_a_global_template_setting_one_teams_private_label(world: World) -> None:
    private = Label.objects.create(name="B社対応", team=world.team_b)
    data = {"name": "共通", "scope": "global", "language": "ja", "kind": "reply", "body": "本文"}
    admin = world.client(world.admin)
    form = admin.get("/templates/new/").content.decode()
    # a new global template is not offered it (s8 walk; the sidebar may list it)
    assert f'name="add_labels" value="{private.pk}"' not in form
    refused = admin.post("/templates/new/", {**data, "add_labels": [private.pk]})
    assert refused.status_code == 200  # a forged choice: the form comes back, nothing saved
    assert not Template.objects.filter(name="共通").exists()

    saved = admin.post("/templates/new/", {**data, "add_labels": [world.label.pk]})
    assert saved.status_code == 303
    template = Template.objects.get(name="共通")
    page = admin.get(f"/templates/{template.pk}/").content.decode()
    offered = re.findall(r'name="add_labels" value="(\d+)"', page)
    assert offered == [str(world.label.pk)]  # only what it may set is offered
