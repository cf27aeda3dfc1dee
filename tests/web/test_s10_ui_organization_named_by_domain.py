"""{organization} is the company's name, never its mail domain: an organisation made from
the sender's domain is named after it until someone names it, and the template 請求書の再発行
addressed a new customer as 「sakura-shoten.example\\n山本様」 (s10 walk F19)."""

from __future__ import annotations

from madoguchi.models import Organization, Template
from tests.web.conftest import World, make_conversation

BODY = "{organization}\n{customer_name}様\n\n請求書を再発行いたしました。"


def _inserted(world: World, conversation_pk: int, template: Template) -> str:
    response = world.client(world.alice).get(
        f"/c/{conversation_pk}/template/", {"template": template.pk}
    )
    assert response.status_code == 200
    return response.content.decode()


def test_an_organisation_known_only_by_its_domain_gives_no_company_line(world: World) -> None:
    conversation = make_conversation(
        world.support, "請求書", sender="yamamoto@sakura-shoten.example", name="山本"
    )
    customer = conversation.customer
    assert customer is not None and customer.organization is not None
    # As ingest creates it from the mail: named after its domain.
    Organization.objects.filter(pk=customer.organization.pk).update(
        domain="sakura-shoten.example", name="sakura-shoten.example"
    )
    template = Template.objects.create(name="請求書の再発行", body=BODY)

    box = _inserted(world, conversation.pk, template)
    assert "sakura-shoten.example" not in box
    assert "山本様\n\n請求書を再発行いたしました。" in box

    Organization.objects.filter(pk=customer.organization.pk).update(name="さくら書店")
    box = _inserted(world, conversation.pk, template)
    assert "さくら書店\n山本様" in box
