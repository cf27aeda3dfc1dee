"""A company's page starts with what is open for it, marks who has nobody and what is
snoozed, and keeps the name/notes form last (walk 12, F-13: it opened on the edit form)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from madoguchi.models import Conversation
from tests.web.conftest import World, make_conversation


def test_the_company_page_shows_open_work_before_the_form(world: World) -> None:
    unowned = make_conversation(world.support, subject="CSVの文字化け", sender="a@hikari.example")
    snoozed = make_conversation(world.support, subject="更新の件", sender="b@hikari.example")
    Conversation.objects.filter(pk=snoozed.pk).update(
        owner=world.alice, status="waiting", snoozed_until=timezone.now() + timedelta(days=2)
    )
    organization = unowned.customer.organization
    page = (
        world.client(world.lead)
        .get(f"/organizations/{organization.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
        .content.decode()
    )
    assert page.index("record-conversations") < page.index('<form method="post" class="form card">')
    row = page.split(f"#{unowned.pk}</span>", 1)[1].split("</li>", 1)[0]
    assert "未割り当て" in row
    row = page.split(f"#{snoozed.pk}</span>", 1)[1].split("</li>", 1)[0]
    assert "スヌーズ期限" in row
