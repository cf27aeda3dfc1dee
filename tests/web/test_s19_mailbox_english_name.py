"""A lead gives the mailbox a name for English mail on its settings page (walk 13, F20);
it is kept, shown again, and audited; empty stays empty (the mailbox name is used)."""

from __future__ import annotations

from madoguchi.models import Event, Mailbox
from tests.web.conftest import World
from tests.web.test_mailbox_settings import _settings_of


def test_a_lead_sets_the_english_name_and_finds_it_again(world: World) -> None:
    client = world.client(world.lead)
    page = client.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "英語のメールでの差出人名" in page.content.decode()

    response = client.post(
        f"/mailboxes/{world.support.pk}/",
        _settings_of(world.support, name_en="Sample Inc. Support"),
    )
    assert response.status_code == 303
    mailbox = Mailbox.objects.get(pk=world.support.pk)
    assert mailbox.name_en == "Sample Inc. Support"
    assert mailbox.sender_name("en") == "Sample Inc. Support"
    assert mailbox.sender_name("ja") == mailbox.name
    page = client.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'value="Sample Inc. Support"' in page.content.decode()
    assert "Name on English mail" in page.content.decode()
    changed = Event.objects.filter(verb__contains="mailbox").order_by("-id").first()
    assert changed is not None and (changed.after or {}).get("name_en") == "Sample Inc. Support"

    client.post(f"/mailboxes/{world.support.pk}/", _settings_of(mailbox, name_en=""))
    mailbox.refresh_from_db()
    assert not mailbox.name_en and mailbox.sender_name("en") == mailbox.name
