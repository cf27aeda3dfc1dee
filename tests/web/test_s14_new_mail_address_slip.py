"""Walk 12 F-23: a new mail (/new/) to an address one slip off a known customer's asks
"did you mean …?" before it goes, with the known address one click away."""

from __future__ import annotations

import pytest

from madoguchi.actions.outbound import start_conversation
from madoguchi.actions.sending import NeedsConfirmation
from madoguchi.models import Conversation, Customer, CustomerAddress, Organization, OutboxItem
from tests.web.conftest import World

GREETING = (
    "青葉物流株式会社 木村 拓也様\n\nいつもお世話になっております。データ統合の手順をご案内します。"
)


def _kimura() -> Customer:
    organization = Organization.objects.create(
        name="青葉物流株式会社", domain="aoba-logistics.example"
    )
    customer = Customer.objects.create(name="木村 拓也", organization=organization)
    CustomerAddress.objects.create(customer=customer, address="kimura@aoba-logistics.example")
    return customer


def _post(world: World, to: str, body: str = GREETING, **extra: str) -> tuple[int, str]:
    response = world.client(world.alice).post(
        "/new/",
        {"mailbox": world.support.pk, "to": to, "subject": "データ統合の手順", "body": body}
        | extra,
        HTTP_ACCEPT_LANGUAGE="ja",
    )
    return response.status_code, response.content.decode()


def test_it_asks_about_a_domain_one_letter_off_and_offers_the_known_address(world: World) -> None:
    _kimura()
    status, page = _post(world, "kimura@aoba-logistcs.example")
    assert status == 409
    assert 'data-question="address"' in page
    assert "kimura@aoba-logistcs.example は新しいアドレスです" in page
    assert "木村 拓也 &lt;kimura@aoba-logistics.example&gt; のことですか？" in page
    assert not OutboxItem.objects.exists() and not Conversation.objects.exists()
    assert not CustomerAddress.objects.filter(address="kimura@aoba-logistcs.example").exists()
    # One click puts the known address in the form; nothing is sent until the agent sends.
    status, page = _post(
        world,
        "kimura@aoba-logistcs.example",
        use_address="kimura@aoba-logistcs.example kimura@aoba-logistics.example",
    )
    assert status == 200 and 'value="kimura@aoba-logistics.example"' in page
    assert "宛先を直しました" in page and not OutboxItem.objects.exists()
    status, page = _post(world, "kimura@aoba-logistics.example")
    assert status == 303
    item = OutboxItem.objects.get()
    assert item.conversation.customer.name == "木村 拓也"


def test_answering_the_question_sends_to_the_new_address(world: World) -> None:
    _kimura()
    status, _page = _post(world, "kimura@aoba-logistcs.example", confirmed="address")
    assert status == 303
    assert OutboxItem.objects.get().message.to[0]["address"] == "kimura@aoba-logistcs.example"


def test_a_new_person_at_a_known_domain_is_not_asked_about(world: World) -> None:
    _kimura()
    status, _page = _post(world, "sato@aoba-logistics.example", body="佐藤様\n\nご案内です。")
    assert status == 303


def test_an_unrelated_new_address_is_not_asked_about(world: World) -> None:
    _kimura()
    status, _page = _post(world, "yamada@minato-shoji.example", body="山田様\n\nご案内です。")
    assert status == 303


def test_the_same_local_part_at_another_domain_and_a_greeting_naming_a_customer(
    world: World,
) -> None:
    _kimura()
    with pytest.raises(NeedsConfirmation) as asked:
        start_conversation(
            world.alice,
            world.support,
            to="kimura@gmail.example",
            subject="ご案内",
            body="木村様\n\nご案内です。",
        )
    assert asked.value.questions[-1].fix == (
        "kimura@gmail.example",
        "kimura@aoba-logistics.example",
    )
    with pytest.raises(NeedsConfirmation) as asked:
        start_conversation(
            world.alice, world.support, to="t.k@home.example", subject="ご案内", body=GREETING
        )
    (question,) = [item for item in asked.value.questions if item.kind == "address"]
    assert "木村 拓也" in question.text
    assert question.fix == ("t.k@home.example", "kimura@aoba-logistics.example")
    assert not Customer.objects.filter(addresses__address="t.k@home.example").exists()
