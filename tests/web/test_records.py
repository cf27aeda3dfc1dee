"""Customer and company records: editable names and notes, custom fields a lead defines,
shown beside the conversation and searchable; the company is not shown as its domain twice."""

from __future__ import annotations

from madoguchi.models import CustomField, CustomFieldValue, Event
from tests.web.conftest import World, make_conversation


def test_a_lead_defines_a_field_and_an_agent_fills_it_in(world: World) -> None:
    conversation = make_conversation(world.support)
    customer = conversation.customer
    assert customer is not None
    lead = world.client(world.lead)
    lead.post("/customers/fields/", {"name": "契約プラン", "applies_to": "customer"})
    plan = CustomField.objects.get(name="契約プラン")
    # Agents may not define fields.
    assert world.client(world.alice).get("/customers/fields/").status_code == 404

    alice = world.client(world.alice)
    form = alice.get(f"/customers/{customer.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "契約プラン" in form
    response = alice.post(
        f"/customers/{customer.pk}/",
        {
            "name": "山田 太郎（経理）",
            "notes": "請求書は郵送希望",
            f"custom_{plan.pk}": "エンタープライズ",
            "next": f"/c/{conversation.pk}/",
        },
    )
    assert response.status_code == 303 and response.url == f"/c/{conversation.pk}/"
    customer.refresh_from_db()
    assert customer.name == "山田 太郎（経理）" and customer.notes == "請求書は郵送希望"
    assert CustomFieldValue.objects.get(customer=customer).value == "エンタープライズ"
    event = Event.objects.get(verb="customer_updated")
    assert event.actor == world.alice and event.after["契約プラン"] == ["", "エンタープライズ"]

    side = alice.get(f"/c/{conversation.pk}/").content.decode()
    assert "山田 太郎（経理）" in side and "請求書は郵送希望" in side
    assert "<dt>契約プラン</dt><dd>エンタープライズ</dd>" in side


def test_it_edits_the_company_and_shows_it_once(world: World) -> None:
    conversation = make_conversation(world.support, sender="kana@acme.example")
    organization = conversation.customer.organization
    organization.name = "acme.example"  # as ingest names a new company: its domain
    organization.save()
    alice = world.client(world.alice)
    side = alice.get(f"/c/{conversation.pk}/").content.decode()
    assert "acme.example · acme.example" not in side
    alice.post(f"/organizations/{organization.pk}/", {"name": "株式会社アクメ", "notes": ""})
    side = alice.get(f"/c/{conversation.pk}/").content.decode()
    assert "株式会社アクメ · acme.example" in side


def test_it_finds_customers_by_field_value_notes_and_company(world: World) -> None:
    conversation = make_conversation(world.support)
    customer = conversation.customer
    field = CustomField.objects.create(name="顧客ID", applies_to="customer")
    CustomFieldValue.objects.create(field=field, customer=customer, value="C-20931")
    customer.notes = "年間契約、更新は4月"
    customer.save()
    alice = world.client(world.alice)
    for query in ("C-20931", "更新は4月", "Customer Inc", "taro@customer"):
        body = alice.get("/customers/", {"q": query}).content.decode()
        assert f"/customers/{customer.pk}/" in body, query
    assert (
        "/customers/" + str(customer.pk)
        not in alice.get("/customers/", {"q": "存在しない"}).content.decode()
    )


def test_other_teams_neither_see_nor_edit_the_record(world: World) -> None:
    conversation = make_conversation(world.support)
    customer = conversation.customer
    charlie = world.client(world.charlie)
    assert charlie.get(f"/customers/{customer.pk}/").status_code == 404
    assert charlie.post(f"/customers/{customer.pk}/", {"name": "x"}).status_code == 404
    assert (
        f"/customers/{customer.pk}/"
        not in charlie.get("/customers/", {"q": "山田"}).content.decode()
    )
    customer.refresh_from_db()
    assert customer.name == "山田 太郎"
