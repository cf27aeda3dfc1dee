"""A lead marks a customer or a company as VIP on its page, and their conversations say so
in the queue row and the header (walk 13, F8: VIP came only from a label on older
conversations, and a lead could not tell where it came from or how to give it)."""

from __future__ import annotations

from madoguchi.models import Organization
from tests.web.conftest import World, make_conversation


def vip_badges(page: str) -> int:
    return page.count('class="badge vip" data-vip')


def test_a_lead_marks_a_company_vip_and_its_mail_shows_it(world: World) -> None:
    conversation = make_conversation(world.support)
    colleague = make_conversation(world.support, sender="jiro@customer.example", name="山田 次郎")
    company = Organization.objects.get(domain="customer.example")
    lead = world.client(world.lead)
    assert vip_badges(lead.get("/q/new/").content.decode()) == 0

    form = lead.get(f"/organizations/{company.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert 'name="vip"' in form
    saved = lead.post(
        f"/organizations/{company.pk}/", {"name": company.name, "notes": "", "vip": "on"}
    )
    assert saved.status_code in (302, 303)
    company.refresh_from_db()
    assert company.vip is True

    queue = lead.get("/q/new/").content.decode()
    assert vip_badges(queue) == 2  # both people of the company
    header = lead.get(f"/c/{conversation.pk}/").content.decode()
    assert vip_badges(header) == 1
    assert colleague.pk != conversation.pk

    lead.post(f"/organizations/{company.pk}/", {"name": company.name, "notes": ""})
    assert vip_badges(lead.get("/q/new/").content.decode()) == 0


def test_a_lead_marks_one_customer_vip(world: World) -> None:
    conversation = make_conversation(world.support)
    make_conversation(world.support, sender="jiro@customer.example", name="山田 次郎")
    customer = conversation.customer
    assert customer is not None
    lead = world.client(world.lead)
    lead.post(f"/customers/{customer.pk}/", {"name": customer.name, "notes": "", "vip": "on"})
    assert vip_badges(lead.get("/q/new/").content.decode()) == 1


def test_an_agent_cannot_mark_vip(world: World) -> None:
    conversation = make_conversation(world.support)
    company = Organization.objects.get(domain="customer.example")
    alice = world.client(world.alice)
    assert 'name="vip"' not in alice.get(f"/organizations/{company.pk}/").content.decode()
    alice.post(f"/organizations/{company.pk}/", {"name": company.name, "notes": "", "vip": "on"})
    company.refresh_from_db()
    assert not company.vip
    assert vip_badges(alice.get(f"/c/{conversation.pk}/").content.decode()) == 0
